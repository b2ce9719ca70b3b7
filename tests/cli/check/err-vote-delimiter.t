# delimiter: is comma, semicolon or tab, by name or as the character; anything else is an error at its value that lists the choices, with a did-you-mean.
--- file campaign.yaml
bargain: 1
campaign: {name: Delimiters}
votes:
  - {id: a, question: Q, delimiter: semicolom}
  - {id: b, question: Q, delimiter: "|"}
--- file fixed.yaml
bargain: 1
campaign: {name: Delimiters}
votes:
  - {id: a, question: Q, delimiter: semicolon}
  - {id: b, question: Q, delimiter: ";"}
  - {id: c, question: Q, delimiter: "\t"}
  - {id: d, question: Q, delimiter: tab}
--- run
bargain check campaign.yaml; echo "exit $?"
bargain check fixed.yaml
--- stdout
exit 2
fixed.yaml: ok: 0 dated items, 4 votes, 0 ballot and roster files
--- stderr
bargain: campaign.yaml:4:37: delimiter must be comma, semicolon or tab (or the character itself), not 'semicolom'
  |
4 |   - {id: a, question: Q, delimiter: semicolom}
  |                                     ^^^^^^^^^
  = help: did you mean 'semicolon'?
bargain: campaign.yaml:5:37: delimiter must be comma, semicolon or tab (or the character itself), not '|'
  |
5 |   - {id: b, question: Q, delimiter: "|"}
  |                                     ^^^

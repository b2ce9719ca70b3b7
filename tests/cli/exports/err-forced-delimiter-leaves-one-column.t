# A delimiter forced with --delimiter, or with a campaign vote's delimiter:, that leaves the header one column although it holds another delimiter is refused at the header, naming where it was forced; the same for a totals file.
--- file ballots.csv
voter;accept
V1;yes
--- file totals.csv
question;option;votes
accept;yes;5
--- file campaign.yaml
bargain: 1
campaign: {name: Forced}
votes:
  - {id: v, question: Q, ballots: [ballots.csv], delimiter: tab}
--- run
bargain tally ballots.csv --delimiter comma; echo "exit $?"
bargain tally --campaign campaign.yaml --vote v; echo "exit $?"
bargain tally --totals totals.csv --eligible 10 --delimiter comma
--- stdout
exit 2
exit 2
--- stderr
bargain: ballots.csv:1:1: the header is one column, 'voter;accept': the delimiter is forced to comma by --delimiter comma, but the header holds semicolons: is that the file's delimiter?
bargain: ballots.csv:1:1: the header is one column, 'voter;accept': the delimiter is forced to tab by delimiter: tab (campaign.yaml:4), but the header holds semicolons: is that the file's delimiter?
bargain: totals.csv:1:1: the header is one column, 'question;option;votes': the delimiter is forced to comma by --delimiter comma, but the header holds semicolons: is that the file's delimiter?
  |
1 | question;option;votes
  | ^^^^^^^^^^^^^^^^^^^^^
--- exit 2

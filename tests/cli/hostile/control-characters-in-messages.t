# Control characters a file spells out in YAML escapes (a line break, a terminal escape sequence, a tab) cannot split a problem over two lines or drive the reader's terminal: each is shown as a C escape. So are those in a file's name and on the command line.
--- file campaign.yaml
bargain: 1
campaign: {name: x}
events:
  - {id: "a\nb", kind: rally, date: 2026-05-01}
  - {id: "c\e[31md", kind: rally, date: 2026-05-01}
  - {id: e, kind: "ral\tly", date: 2026-05-01}
--- run
bargain check campaign.yaml; echo "exit $?"
cp campaign.yaml "$(printf 'new\nline.yaml')"
bargain check new*line.yaml 2>&1 | head -1
bargain tally --format "$(printf 'a\033[2Jb')" x.csv 2>&1
--- stdout
exit 2
bargain: new\nline.yaml:4:10: id 'a\nb' has a line break; an id is letters, digits, '-', '_' and '.' (like lbo-vote)
bargain: --format: a\x1b[2Jb not in {text,json,yaml,csv,markdown}
Run 'bargain tally --help' for usage.
--- stderr
bargain: campaign.yaml:4:10: id 'a\nb' has a line break; an id is letters, digits, '-', '_' and '.' (like lbo-vote)
  |
4 |   - {id: "a\nb", kind: rally, date: 2026-05-01}
  |          ^^^^^^
bargain: campaign.yaml:5:10: id 'c\x1b[31md' has a control character; an id is letters, digits, '-', '_' and '.' (like lbo-vote)
  |
5 |   - {id: "c\e[31md", kind: rally, date: 2026-05-01}
  |          ^^^^^^^^^^
bargain: campaign.yaml:6:19: event kind must be picket, rally, strike, notice, mediation, deadline, meeting or other, not 'ral\tly'
  |
6 |   - {id: e, kind: "ral\tly", date: 2026-05-01}
  |                   ^^^^^^^^^
  = help: did you mean 'rally'?
--- exit 2

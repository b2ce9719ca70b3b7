# An empty YAML ballot file or roster (or one holding only a comment) is an error at its first line, not zero ballots or zero voters.
--- file ballots.csv
voter,accept
V1,yes
--- file comments.yaml
# exported 2026-03-10
--- run
: > empty.yaml
bargain tally empty.yaml 2>&1; echo "exit $?"
bargain tally comments.yaml 2>&1; echo "exit $?"
bargain tally ballots.csv --roster empty.yaml 2>&1; echo "exit $?"
bargain tally ballots.csv --roster comments.yaml 2>&1; echo "exit $?"
--- stdout
bargain: empty.yaml:1:1: expected a mapping (key: value lines), found nothing
exit 2
bargain: comments.yaml:1:1: expected a mapping (key: value lines), found nothing
exit 2
bargain: empty.yaml:1:1: expected a mapping (key: value lines), found nothing
exit 2
bargain: comments.yaml:1:1: expected a mapping (key: value lines), found nothing
exit 2

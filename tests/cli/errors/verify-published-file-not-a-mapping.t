# --published names a YAML file that is a list, or empty, not key: value totals: refused, with an example of what it expects.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- file list.yaml
- yes: 2
- no: 1
--- file empty.yaml
--- run
bargain tally ballots.csv --certificate c.json > /dev/null
bargain verify c.json --published list.yaml; echo "exit $?"
bargain verify c.json --published empty.yaml; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: list.yaml:1:1: expected published totals as key: value lines (yes: 578, no: 131, ...), found a list
bargain: empty.yaml:1:1: expected published totals as key: value lines (yes: 578, no: 131, ...), found nothing

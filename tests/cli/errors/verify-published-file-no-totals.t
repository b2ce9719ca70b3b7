# --published names a YAML file whose totals were never filled in (yes: and no: with no numbers), or an empty mapping: refused, since there is nothing to compare.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- file blank.yaml
# To fill in when the vendor announces the result.
yes:
no:
--- file braces.yaml
{}
--- run
bargain tally ballots.csv --certificate c.json > /dev/null
bargain verify c.json --published blank.yaml; echo "exit $?"
bargain verify c.json --published braces.yaml; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: blank.yaml:2:1: no totals given: expected keys like yes: 578 and no: 131
bargain: braces.yaml:1:1: no totals given: expected keys like yes: 578 and no: 131

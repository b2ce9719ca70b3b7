# A roster with a header and no voters (or a YAML roster with no entries) is refused at its header (or its roster: key): counting against it would set every ballot aside and still announce a result.
--- file ballots.csv
voter,accept
V1,yes
--- file header-only.csv
voter,unit
--- file no-entries.yaml
# exported 2026-01-05
bargain: 1
roster: []
--- run
bargain tally ballots.csv --roster header-only.csv
echo "exit $?"
bargain tally ballots.csv --roster no-entries.yaml
--- stdout
exit 2
--- stderr
bargain: header-only.csv:1:1: the roster lists no voters: with it every ballot would be set aside as not on the roster
bargain: no-entries.yaml:3:1: the roster lists no voters: with it every ballot would be set aside as not on the roster
--- exit 2

# A roster with a header and no voters (or a YAML roster with no entries) is refused: counting against it would set every ballot aside and still announce a result.
--- file ballots.csv
voter,accept
V1,yes
--- file header-only.csv
voter,unit
--- file no-entries.yaml
roster: []
--- run
bargain tally ballots.csv --roster header-only.csv
echo "exit $?"
bargain tally ballots.csv --roster no-entries.yaml
--- stdout
exit 2
--- stderr
bargain: header-only.csv: the roster lists no voters: with it every ballot would be set aside as not on the roster
bargain: no-entries.yaml: the roster lists no voters: with it every ballot would be set aside as not on the roster
--- exit 2

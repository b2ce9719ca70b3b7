# An empty totals file (an export that failed): refused, with the header it needs.
--- run
: > vendor-totals.csv
bargain tally --totals vendor-totals.csv --eligible 120
--- stderr
bargain: vendor-totals.csv:1:1: empty totals file: expected a header row with question, option and votes columns (and optionally unit)
--- exit 2

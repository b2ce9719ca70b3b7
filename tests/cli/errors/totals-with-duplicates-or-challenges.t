# --duplicates last or --challenge-unlisted with --totals: nothing in a vendor's totals can be a duplicate or unlisted, so each is refused.
--- file vendor-totals.csv
question,option,votes
accept,yes,37
accept,no,70
--- file roster.csv
voter
E00032
E00040
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --duplicates last
bargain tally --totals vendor-totals.csv --roster roster.csv --challenge-unlisted
--- stderr
bargain: --duplicates last does not apply to totals: a vendor's totals have no ballots to set aside
bargain: --challenge-unlisted does not apply to totals: a vendor's totals have no ballots to set aside
--- exit 2

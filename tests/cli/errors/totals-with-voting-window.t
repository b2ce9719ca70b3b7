# --opens or --closes with --totals: a vendor's totals have no ballots to set aside, so a window is refused, not ignored.
--- file vendor-totals.csv
question,option,votes
accept,yes,37
accept,no,70
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --closes 2020-01-17T19:00
--- stderr
bargain: a voting window does not apply to totals: a vendor's totals have no ballots to set aside; leave out --opens and --closes
--- exit 2

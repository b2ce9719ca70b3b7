# Ballot files and --totals given together: one vote is counted from its ballots or from a vendor's totals, never both.
--- file online.csv
voter,accept
E00032,no
E00040,yes
--- file vendor-totals.csv
question,option,votes
accept,yes,37
accept,no,70
--- run
bargain tally online.csv --totals vendor-totals.csv
--- stderr
bargain: ballots and --totals cannot be counted together: a vote is counted from its ballots or from a vendor's totals
--- exit 2

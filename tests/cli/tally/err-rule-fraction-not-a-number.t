# A rule fraction that is not whole numbers (2/x) is refused.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --rule 2/x
--- stderr
bargain: rule '2/x': expected a fraction of whole numbers like 2/3
--- exit 2

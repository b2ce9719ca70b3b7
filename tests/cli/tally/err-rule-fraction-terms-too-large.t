# A rule fraction with terms over 1,000,000 is refused (no one means that, and it keeps the arithmetic exact).
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --rule 1/2000000
--- stderr
bargain: rule '1/2000000': the fraction's terms are too large (at most 1000000)
--- exit 2

# A rule fraction above 1 (3/2) could never carry and is refused.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --rule 3/2
--- stderr
bargain: rule '3/2': the fraction is more than 1: no vote could ever carry
--- exit 2

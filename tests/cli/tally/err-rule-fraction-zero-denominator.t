# A rule fraction with a zero denominator (1/0) is refused.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --rule 1/0
--- stderr
bargain: rule '1/0': the fraction has a zero denominator
--- exit 2

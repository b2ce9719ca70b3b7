# A rule counted 'of' something other than valid, cast or eligible is refused.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --rule '>=2/3 of members'
--- stderr
bargain: rule '>=2/3 of members': 'members' is not valid, cast or eligible
--- exit 2

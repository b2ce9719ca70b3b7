# --question naming a question no ballot file has is an error listing the questions there are.
--- file ballots.csv
voter,accept,strike
V1,yes,no
--- run
bargain tally ballots.csv --question ratify
--- stderr
bargain: ballots.csv:1:1: no ballot file has the question 'ratify' (the ballots have: accept, strike)
--- exit 2

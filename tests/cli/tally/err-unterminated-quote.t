# A quote that is never closed is an error at the opening quote, not a silently swallowed rest of the file.
--- file ballots.csv
voter,accept
V1,yes
"V2,no
V3,yes
V4,yes
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:3:1: this quoted field is never closed (a " is missing)
--- exit 2

# --turnout without a roster is an error that shows the turnout clause needing the eligible count.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --turnout 50%
--- stderr
bargain: the rule 'majority' (more than 1/2 of valid votes; turnout of at least 50% of eligible voters) needs the number of eligible voters: give the roster with --roster, or their number with --eligible N (in a campaign vote: roster: or eligible:)
--- exit 2

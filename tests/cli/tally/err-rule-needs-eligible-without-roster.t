# A rule counted against eligible voters needs a roster; without one it is an error, not a guess.
--- file ballots.csv
voter,strike
V1,yes
--- run
bargain tally ballots.csv --rule chicago-ielra
--- stderr
bargain: the rule 'chicago-ielra' (yes votes from at least 3/4 of eligible voters) needs the number of eligible voters: give the roster with --roster, or their number with --eligible N (in a campaign vote: roster: or eligible:)
--- exit 2

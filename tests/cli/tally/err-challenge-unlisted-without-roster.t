# --challenge-unlisted without --roster is an error: with no roster nobody is unlisted.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --challenge-unlisted
--- stderr
bargain: --challenge-unlisted needs --roster: without a roster no voter is unlisted
--- exit 2

# A directory given as a ballot file is an error, exit 2.
--- run
mkdir ballots
bargain tally ballots
--- stderr
bargain: ballots: cannot open: is a directory
--- exit 2

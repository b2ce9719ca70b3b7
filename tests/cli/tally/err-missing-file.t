# A ballot file that does not exist is named in the error, exit 2.
--- run
bargain tally no-such-ballots.csv
--- stderr
bargain: no-such-ballots.csv: cannot open: No such file or directory
--- exit 2

# A report that cannot be written (no such folder) is an error naming the file.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv -o reports/lbo-vote.txt
--- stderr
bargain: reports/lbo-vote.txt: cannot write: No such file or directory
--- exit 2

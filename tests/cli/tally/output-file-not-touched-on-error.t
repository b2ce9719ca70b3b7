# When the ballots are bad, -o leaves an existing report untouched.
--- file ballots.csv
voter,accept
V1,yes,no
--- file report.txt
yesterday's report
--- run
bargain tally ballots.csv -o report.txt
--- stderr
bargain: ballots.csv:2:8: this row has 3 fields but the header has 2
--- exit 2
--- output report.txt
yesterday's report

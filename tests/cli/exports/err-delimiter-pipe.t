# --delimiter takes comma, semicolon or tab: 'pipe' is a usage error that lists them.
--- file ballots.csv
Member ID|Do you accept the offer?
M1001|yes
--- run
bargain tally ballots.csv --delimiter pipe
--- stderr
bargain: --delimiter 'pipe': expected comma, semicolon or tab
--- exit 2

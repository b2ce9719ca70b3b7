# --eligible and --roster both say who is eligible: refused, saying the roster's voters are the eligible.
--- file ballots.csv
Member ID,Do you accept the offer?
M1001,yes
M1002,no
--- file roster.csv
voter
M1001
M1002
M1003
--- run
bargain tally ballots.csv --column voter="Member ID" --roster roster.csv --eligible 10
--- stderr
bargain: --eligible and --roster both say who is eligible: the roster's voters are the eligible; leave out --eligible
--- exit 2

# A roster piped from a command that never stops ends at its first voter
# listed twice: the tally stops reading it there, on two threads as on one.
--- file ballots.csv
voter,accept
V1,yes
--- run
(echo voter; yes V1) | bargain tally ballots.csv --roster -
--- stderr
bargain: <stdin>:3:1: voter 'V1' is on the roster twice (first at line 2)
--- exit 2

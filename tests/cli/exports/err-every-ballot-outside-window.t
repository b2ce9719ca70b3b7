# A window a year off sets every ballot aside: nothing is counted, and that is never a vote's
# result. Refused, with the window, its zone and when the ballots were cast.
--- file ballots.csv
voter,cast_at,accept
V1,2020-01-14T10:00,yes
V2,2020-01-14T11:00,no
V3,2020-01-14T12:00,yes
--- run
bargain tally ballots.csv --opens 2021-01-13 --closes 2021-01-17 --timezone America/Chicago; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: every one of the 3 ballot records is set aside (3 outside the voting window), so nothing would be counted: is the window right? It opens 2021-01-13 and closes 2021-01-17 (America/Chicago); the ballots were cast from 2020-01-14T10:00 to 2020-01-14T12:00

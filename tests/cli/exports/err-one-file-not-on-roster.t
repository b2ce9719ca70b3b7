# One file names voters by another id (email, not member number): none of its voters is on the
# roster, so all its ballots would be set aside while the other file's count. Refused at it.
--- file roster.csv
voter
1001
1002
1003
1004
1005
1006
1007
1008
1009
1010
1011
1012
1013
1014
1015
1016
1017
1018
1019
1020
1021
1022
--- file online.csv
voter,accept
1001,yes
1002,no
1003,yes
1004,yes
1005,no
1006,yes
1007,yes
1008,no
1009,yes
1010,yes
1011,no
1012,yes
1013,yes
1014,no
1015,yes
1016,yes
1017,no
1018,yes
1019,yes
1020,no
--- file paper.csv
voter,accept
ann@example.org,no
--- run
bargain tally online.csv paper.csv --roster roster.csv; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: paper.csv:1:1: the one ballot record in this file has no voter id that is on the roster roster.csv, so every ballot would be set aside: do the ballots and the roster name voters by the same ids? Map the columns that hold them: --column voter=HEADER (or columns: {voter: HEADER} in the campaign vote), --roster-column voter=HEADER (or roster_columns: {voter: HEADER} in the campaign vote)

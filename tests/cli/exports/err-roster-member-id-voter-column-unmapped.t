# A vendor export names its voter column 'Member ID': with a roster, the file has no voter column and every ballot would be set aside, so it is refused, listing the file's columns and the --column voter="Member ID" mapping.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,yes
M1002,2026-03-02 09:20,no
M1003,2026-03-02 10:01,yes
M1004,2026-03-02 10:30,yes
--- file roster.csv
voter,unit
M1001,Local 12
M1002,Local 12
M1003,Local 12
M1004,Local 12
M1005,Local 12
--- run
bargain tally ballots.csv --roster roster.csv
--- stderr
bargain: ballots.csv:1:1: a roster is given but this file has no voter column, so none of its ballots can be checked against the roster; its columns are: Member ID, Submitted At, Do you accept the offer?. Map the column that holds each voter's id: --column voter="Member ID" (or columns: {voter: Member ID} in the campaign vote)
--- exit 2

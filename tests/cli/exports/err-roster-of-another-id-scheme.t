# Ballots name voters by member number, the payroll roster by employee number: not one ballot's voter is on the roster, so every ballot would be set aside; refused (also with --challenge-unlisted, where every ballot would be sealed) instead of reporting a failed vote.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,yes
M1002,2026-03-02 09:20,no
M1003,2026-03-02 10:01,yes
--- file payroll.csv
Employee Number,Name,Department
E20417,"Okafor, Ada",Facilities
E20418,"Brennan, Joe",Facilities
E20419,"Nguyen, Linh",Custodial
--- run
bargain tally ballots.csv --roster payroll.csv --column voter="Member ID" --column cast_at="Submitted At" --roster-column voter="Employee Number"
echo "exit $?"
bargain tally ballots.csv --roster payroll.csv --column voter="Member ID" --column cast_at="Submitted At" --roster-column voter="Employee Number" --challenge-unlisted
--- stdout
exit 2
--- stderr
bargain: ballots.csv:1:1: not one of the 3 ballot records has a voter id that is on the roster payroll.csv, so every ballot would be set aside: do the ballots and the roster name voters by the same ids? Map the columns that hold them: --column voter=HEADER (or columns: {voter: HEADER} in the campaign vote), --roster-column voter=HEADER (or roster_columns: {voter: HEADER} in the campaign vote)
bargain: ballots.csv:1:1: not one of the 3 ballot records has a voter id that is on the roster payroll.csv, so every ballot would be set aside: do the ballots and the roster name voters by the same ids? Map the columns that hold them: --column voter=HEADER (or columns: {voter: HEADER} in the campaign vote), --roster-column voter=HEADER (or roster_columns: {voter: HEADER} in the campaign vote)
--- exit 2

# A roster exported from payroll (Employee Number, Name, Department) has no voter column: refused at the roster's header, listing its columns and the --roster-column voter="Employee Number" mapping.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
E20417,2026-03-02 09:15,yes
E20418,2026-03-02 09:20,no
E20419,2026-03-02 10:01,yes
E29999,2026-03-02 10:30,yes
--- file payroll.csv
Employee Number,Name,Department
E20417,"Okafor, Ada",Facilities
E20418,"Brennan, Joe",Facilities
E20419,"Nguyen, Linh",Custodial
E20420,"García, Rosa",Custodial
E20421,"Kowalski, Piotr",Grounds
--- run
bargain tally ballots.csv --roster payroll.csv --column voter="Member ID" --column cast_at="Submitted At"
--- stderr
bargain: payroll.csv:1:1: the roster has no 'voter' column; its columns are: Employee Number, Name, Department. Map the column that holds each voter's id: --roster-column voter="Employee Number" (or roster_columns: {voter: Employee Number} in the campaign vote)
--- exit 2

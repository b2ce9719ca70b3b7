# --roster-column voter="Employee No" when the payroll roster's header says 'Employee Number': refused, listing the roster's columns.
--- file ballots.csv
Member ID,Do you accept the offer?
E20417,yes
E20418,no
--- file payroll.csv
Employee Number,Name,Department
E20417,"Okafor, Ada",Facilities
E20418,"Brennan, Joe",Facilities
--- run
bargain tally ballots.csv --roster payroll.csv --column voter="Member ID" --roster-column voter="Employee No"
--- stderr
bargain: the roster payroll.csv has no column 'Employee No' to be its voter column; its columns are: Employee Number, Name, Department
--- exit 2

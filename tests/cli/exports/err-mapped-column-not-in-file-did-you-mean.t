# --column voter="Member Id" when the export's header says 'Member ID' (a mapped header matches exactly): refused with a did-you-mean and the file's columns, rather than reading every ballot without a voter id. Two misspelt mappings are both reported; over several files the columns of all of them are listed.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,yes
M1002,2026-03-02 09:20,no
--- file paper.csv
Member ID,Do you accept the offer?
M1003,yes
--- run
bargain tally ballots.csv --column voter="Member Id"
echo "exit $?"
bargain tally ballots.csv --column voter="Member Id" --column cast_at="Submited At"
echo "exit $?"
bargain tally ballots.csv paper.csv --column voter="MemberID"
--- stdout
exit 2
exit 2
--- stderr
bargain: 'Member Id' (--column voter=Member Id) is not a column of ballots.csv; the columns are: Member ID, Submitted At, Do you accept the offer?
   = help: did you mean 'Member ID'?
bargain: 'Member Id' (--column voter=Member Id) is not a column of ballots.csv; the columns are: Member ID, Submitted At, Do you accept the offer?
   = help: did you mean 'Member ID'?
bargain: 'Submited At' (--column cast_at=Submited At) is not a column of ballots.csv; the columns are: Member ID, Submitted At, Do you accept the offer?
   = help: did you mean 'Submitted At'?
bargain: 'MemberID' (--column voter=MemberID) is not a column of any of the ballot files; the columns are: Member ID, Submitted At, Do you accept the offer?
   = help: did you mean 'Member ID'?
--- exit 2

# --column names a column bargain does not have (member instead of voter): refused, with the columns it takes and an example.
--- file online.csv
Member ID,Confirmation,Submitted At,accept
E00032,C-1000,2020-01-13 07:00,no
E00040,C-1001,2020-01-14 14:13,yes
--- run
bargain tally online.csv --column member="Member ID"
bargain tally online.csv --column "Member ID"
bargain tally online.csv --roster-column ballot=Confirmation
--- stderr
bargain: --column 'member=Member ID': expected COLUMN=HEADER, where COLUMN is one of voter, ballot, unit, cast_at, question, option, votes (e.g. --column voter="Member ID")
bargain: --column 'Member ID': expected COLUMN=HEADER, where COLUMN is one of voter, ballot, unit, cast_at, question, option, votes (e.g. --column voter="Member ID")
bargain: --roster-column 'ballot=Confirmation': expected COLUMN=HEADER, where COLUMN is one of voter, unit (e.g. --roster-column voter="Member ID")
--- exit 2

# An Excel "CSV (Macintosh)" export ends its lines with CR alone: read line by line as usual (the duplicate M1002 is reported at line 5 in the audit). 2 yes, 1 no counted.
--- run
printf 'Member ID,Submitted At,Do you accept the offer?\rM1001,2026-03-02 09:15,Y\rM1002,2026-03-02 09:20,N\rM1003,2026-03-02 10:01,Y\rM1002,2026-03-02 10:30,Y\r' > ballots.csv
echo "$(tr -cd '\r' < ballots.csv | wc -c) CR, $(tr -cd '\n' < ballots.csv | wc -c) LF"
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --answer Y=yes --answer N=no --format csv --audit audit.csv
--- stdout
5 CR, 0 LF
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
--- stderr
bargain: warning: 1 of the 4 ballot records (25%) is set aside: 1 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,5,M1002,,duplicate

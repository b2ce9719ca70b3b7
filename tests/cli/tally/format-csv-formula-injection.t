# Ids starting with =, +, - or @ cannot run as spreadsheet formulas: CSV output and the audit prefix them with '.
--- file ballots.csv
voter,ballot,=HYPERLINK("http://evil"),+1,-2,@SUM(A1)
=cmd|' /C calc'!A0,+B1,yes,yes,no,
=cmd|' /C calc'!A0,+B2,no,no,yes,
,-S3,yes,no,no,yes
,-S3,yes,no,no,yes
@V4,@S4,no,yes,yes,no
@V4,@S5,no,yes,yes,no
--- run
bargain tally ballots.csv --format csv --audit audit.csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
"'=HYPERLINK(""http://evil"")",,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
'+1,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
'-2,,majority,,3,3,1,2,0,0,0,,failed,false,2-to-1
'@SUM(A1),,majority,,3,2,1,1,0,1,0,,failed,false,1-to-1
--- stderr
bargain: warning: 3 of the 6 ballot records (50%) are set aside: 3 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,'=cmd|' /C calc'!A0,'+B2,duplicate
ballots.csv,5,,'-S3,duplicate
ballots.csv,7,'@V4,'@S5,duplicate

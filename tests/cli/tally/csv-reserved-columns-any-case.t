# The reserved columns Voter, BALLOT, Unit and Cast_At are recognised in any case and are not questions.
--- file ballots.csv
Voter,BALLOT,Unit,Cast_At,accept
V1,B1,A,2026-03-10T10:00,yes
V1,B2,A,2026-03-10T11:00,no
,B3,A,2026-03-10T12:00,no
,B3,A,2026-03-10T12:30,yes
V2,B4,A,2026-03-11T10:00,no
--- run
bargain tally ballots.csv --closes 2026-03-10T23:00 --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
--- stderr
bargain: warning: 3 of the 5 ballot records (60%) are set aside: 2 duplicate, 1 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,V1,B2,duplicate
ballots.csv,5,,B3,duplicate
ballots.csv,6,V2,B4,outside-window

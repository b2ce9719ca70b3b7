# A closing date without a time closes at the end of that day.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-10T23:59:59,yes
V2,2026-03-11T00:00,no
V3,2026-03-10T00:00,yes
--- run
bargain tally ballots.csv --closes 2026-03-10 --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,2,0,0,0,0,,carried,false,
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,V2,,outside-window

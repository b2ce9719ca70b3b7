# Polls that open at 9:00 and close on the same date (no time) are open for the rest of that day.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-10T08:00,no
V2,2026-03-10T12:00,yes
V3,2026-03-10T21:00,yes
--- run
bargain tally ballots.csv --opens 2026-03-10T09:00 --closes 2026-03-10 --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,2,0,0,0,0,,carried,false,
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,2,V1,,outside-window

# A ballot dated without a time is inside the window when its date is one of the window's days.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-09,no
V2,2026-03-10,yes
V3,2026-03-12,yes
V4,2026-03-13,no
--- run
bargain tally ballots.csv --opens 2026-03-10T09:00 --closes 2026-03-12T12:00 --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,2,0,0,0,0,,carried,false,
--- stderr
bargain: warning: 2 of the 4 ballot records (50%) are set aside: 2 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,2,V1,,outside-window
ballots.csv,5,V4,,outside-window

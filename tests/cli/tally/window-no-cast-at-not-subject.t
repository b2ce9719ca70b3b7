# A ballot with no cast_at (a paper ballot) is not subject to the voting window.
--- file ballots.csv
voter,cast_at,accept
V1,,yes
V2,2026-03-11T09:00,no
V3,,no
--- run
bargain tally ballots.csv --opens 2026-03-10T09:00 --closes 2026-03-10T17:00 --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,V2,,outside-window

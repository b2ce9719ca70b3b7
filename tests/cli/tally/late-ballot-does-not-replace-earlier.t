# With --duplicates last, a late second ballot is outside the window, so the voter's earlier ballot still counts.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-10T10:00,yes
V2,2026-03-10T11:00,no
V1,2026-03-10T20:00,no
--- run
bargain tally ballots.csv --closes 2026-03-10T19:00 --duplicates last --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,4,V1,,outside-window

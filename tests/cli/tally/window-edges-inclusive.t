# The window includes its edges: a ballot cast exactly when the polls open or close counts; a second outside does not.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-10T09:00,yes
V2,2026-03-10T08:59:59,yes
V3,2026-03-10T17:00,yes
V4,2026-03-10T17:00:01,yes
V5,2026-03-10T17:00:00,no
--- run
bargain tally ballots.csv --opens 2026-03-10T09:00 --closes 2026-03-10T17:00 --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
--- stderr
bargain: warning: 2 of the 5 ballot records (40%) are set aside: 2 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,V2,,outside-window
ballots.csv,5,V4,,outside-window

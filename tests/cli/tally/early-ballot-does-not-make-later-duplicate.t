# A ballot cast before the polls opened is set aside first, so the voter's ballot inside the window is not a duplicate.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-09T23:00,no
V1,2026-03-10T10:00,yes
V2,2026-03-10T11:00,no
V3,2026-03-10T12:00,yes
--- run
bargain tally ballots.csv --opens 2026-03-10T07:00 --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
--- stderr
bargain: warning: 1 of the 4 ballot records (25%) is set aside: 1 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,2,V1,,outside-window

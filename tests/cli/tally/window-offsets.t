# Times with Z or an offset (+01:00, -0500) are compared as the same instant; a space may replace the T.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-10T18:00+01:00,yes
V2,2026-03-10T18:01+01:00,yes
V3,2026-03-10T17:00Z,yes
V4,2026-03-10T12:00-0500,yes
V5,2026-03-10 12:01-05:00,yes
V6,2026-03-10 07:59Z,yes
--- run
bargain tally ballots.csv --opens 2026-03-10T09:00+01:00 --closes 2026-03-10T17:00 --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,3,0,0,0,0,,carried,false,
--- stderr
bargain: warning: 3 of the 6 ballot records (50%) are set aside: 3 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,V2,,outside-window
ballots.csv,6,V5,,outside-window
ballots.csv,7,V6,,outside-window

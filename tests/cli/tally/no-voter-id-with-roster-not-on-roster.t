# With a roster, a ballot without a voter id cannot be matched to a member, so it is not-on-roster.
--- file roster.csv
voter
V1
V2
--- file ballots.csv
voter,ballot,accept
V1,S1,yes
,S2,no
--- run
bargain tally ballots.csv --roster roster.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,2,1,1,1,0,0,0,0,0.5000,carried,false,
--- stderr
bargain: warning: 1 of the 2 ballot records (50%) is set aside: 1 not on the roster; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,,S2,not-on-roster

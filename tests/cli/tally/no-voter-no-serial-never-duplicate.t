# A record with neither a voter id nor a ballot serial is never a duplicate (paper ballots from a locked box).
--- file ballots.csv
voter,ballot,accept
,,yes
,,yes
,,no
--- run
bargain tally ballots.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
--- output audit.csv
file,line,voter,ballot,status

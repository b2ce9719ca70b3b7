# --question tallies only the named question; without it every question column is tallied in order of first appearance.
--- file ballots.csv
voter,strike,accept
V1,yes,no
V2,yes,no
--- file more.csv
voter,ratify,accept
V3,yes,yes
--- run
bargain tally ballots.csv more.csv --format csv
bargain tally ballots.csv more.csv --question accept --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
strike,,majority,,2,2,2,0,0,0,0,,carried,false,
accept,,majority,,3,3,1,2,0,0,0,,failed,false,2-to-1
ratify,,majority,,1,1,1,0,0,0,0,,carried,false,
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,1,2,0,0,0,,failed,false,2-to-1

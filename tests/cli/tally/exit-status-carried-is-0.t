# With --exit-status, exit 0 means every question carried.
--- file ballots.csv
voter,accept,strike
V1,yes,yes
V2,yes,yes
V3,no,yes
--- run
bargain tally ballots.csv --exit-status --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
strike,,majority,,3,3,3,0,0,0,0,,carried,false,

# With --exit-status, exit 1 when any question failed, even if another carried.
--- file ballots.csv
voter,accept,strike
V1,yes,no
V2,yes,no
V3,no,yes
--- run
bargain tally ballots.csv --exit-status --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
strike,,majority,,3,3,1,2,0,0,0,,failed,false,2-to-1
--- exit 1

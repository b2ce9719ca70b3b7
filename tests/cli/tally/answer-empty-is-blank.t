# An empty answer is a blank paper: cast, but not a valid vote.
--- file ballots.csv
voter,accept,strike
V1,yes,
V2,,no
V3,"",yes
V4,   ,yes
--- run
bargain tally ballots.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,4,1,1,0,0,3,0,,carried,false,
strike,,majority,,4,3,2,1,0,1,0,,carried,false,2-to-1

# With --exit-status a failed question gives exit 1 even when another question is undetermined.
--- file roster.csv
voter
V1
V2
V3
--- file ballots.csv
voter,accept,strike
V1,yes,no
V2,no,no
V3,yes,no
X1,no,no
--- run
bargain tally ballots.csv --roster roster.csv --challenge-unlisted --format csv --exit-status
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,3,3,3,2,1,0,0,0,1.0000,undetermined,true,2-to-1
strike,,majority,3,3,3,0,3,0,0,0,1.0000,failed,false,
--- stderr
bargain: warning: 1 of the 4 ballot records (25%) is not counted: 1 challenged; --audit FILE lists them
--- exit 1

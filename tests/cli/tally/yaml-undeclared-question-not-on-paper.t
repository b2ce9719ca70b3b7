# A question that is neither declared nor on a ballot was not on that paper: it is not counted as cast for it.
--- file ballots.yaml
ballots:
  - {voter: V1, accept: yes, strike: yes}
  - {voter: V2, accept: no}
--- file more.csv
voter,strike
V3,no
--- run
bargain tally ballots.yaml more.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
strike,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1

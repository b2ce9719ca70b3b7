# A YAML ballot that leaves out a question the file declares counts as a blank answer to it.
--- file ballots.yaml
questions:
  accept: Accept the offer?
  strike: Authorise a strike?
ballots:
  - {voter: V1, accept: yes, strike: yes}
  - {voter: V2, accept: no}
  - voter: V3
    strike: no
--- run
bargain tally ballots.yaml --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,2,1,1,0,1,0,,failed,false,1-to-1
strike,,majority,,3,2,1,1,0,1,0,,failed,false,1-to-1

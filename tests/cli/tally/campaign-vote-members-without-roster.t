# Without a roster, the eligible are the members of the vote's units, per unit and in all.
--- file campaign.yaml
bargain: 1
campaign: {name: Two locals}
units:
  - {id: local-1, members: 4}
  - {id: local-2, members: 2}
votes:
  - id: strike
    question: Do you authorize a strike?
    ballots: ballots.csv
    units: [local-1, local-2]
    rule: uk-2016
--- file ballots.csv
voter,unit,strike
A1,local-1,yes
A2,local-1,yes
B1,local-2,no
--- run
bargain tally --campaign campaign.yaml --vote strike --by-unit --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin,counts_withheld
strike,,uk-2016,6,3,3,2,1,0,0,0,0.5000,failed,false,2-to-1,
strike,local-1,uk-2016,4,,,,,,,,,carried,false,,"fewer than 5 ballots: counts not shown, to keep the ballot secret"
strike,local-2,uk-2016,2,,,,,,,,,failed,false,,"fewer than 5 ballots: counts not shown, to keep the ballot secret"

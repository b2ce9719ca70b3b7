# A vote of one unit: roster voters of other units are not eligible, and their ballots are set aside as not on the roster.
--- file campaign.yaml
bargain: 1
campaign: {name: Two locals}
units:
  - {id: local-1, members: 3}
  - {id: local-2, members: 2}
votes:
  - id: ratify
    question: Do you ratify the agreement?
    ballots: ballots.csv
    roster: roster.csv
    units: [local-1]
--- file roster.csv
voter,unit
A1,local-1
A2,local-1
A3,local-1
B1,local-2
B2,local-2
--- file ballots.csv
voter,ratify
A1,yes
A2,no
A3,yes
B1,no
--- run
bargain tally --campaign campaign.yaml --vote ratify --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
ratify,,majority,3,3,3,2,1,0,0,0,1.0000,carried,false,2-to-1
--- stderr
bargain: warning: 1 of the 4 ballot records (25%) is set aside: 1 not on the roster; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,5,B1,,not-on-roster

# A cast_at with Z or its own offset is the same instant as the campaign's wall-clock window in its named zone (America/Chicago is UTC-6 in January): compared exactly, both edges included.
--- file campaign.yaml
bargain: 1
campaign: {name: Chicago, timezone: America/Chicago}
votes:
  - id: v
    question: Accept?
    ballots: ballots.csv
    opens: 2020-01-13T07:00
    closes: 2020-01-17T19:00
--- file ballots.csv
voter,cast_at,v
V1,2020-01-14T12:00,yes
V2,2020-01-14T18:00Z,no
V3,2020-01-13T12:59Z,yes
V4,2020-01-13T13:00Z,yes
V5,2020-01-18T00:59Z,no
V6,2020-01-18T01:01Z,no
V7,2020-01-17T20:00-05:00,yes
--- run
bargain tally --campaign campaign.yaml --vote v --format csv --audit audit.csv
bargain tally --campaign campaign.yaml --vote v --format csv --closes 2020-01-18T00:59:59Z | cut -d, -f5-8
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
v,,majority,,5,5,3,2,0,0,0,,carried,false,1.5-to-1
cast,valid,yes,no
4,4,2,2
--- stderr
bargain: warning: 2 of the 7 ballot records (28.6%) are set aside: 2 outside the voting window; the audit file lists them
bargain: warning: 3 of the 7 ballot records (42.9%) are set aside: 3 outside the voting window; --audit FILE lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,4,V3,,outside-window
ballots.csv,7,V6,,outside-window

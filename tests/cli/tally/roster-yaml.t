# A YAML roster (entries or bare ids, other keys ignored) works like a CSV one.
--- file roster.yaml
roster:
  - {voter: V1, unit: A, name: Ann Lee}
  - {voter: V2, unit: A}
  - V3
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
V4,yes
--- run
bargain tally ballots.csv --roster roster.yaml --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,3,3,3,2,1,0,0,0,1.0000,carried,false,2-to-1
--- stderr
bargain: warning: 1 of the 4 ballot records (25%) is set aside: 1 not on the roster; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,5,V4,,not-on-roster

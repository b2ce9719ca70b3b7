# Mail (CSV) and in-person (YAML) ballots are counted together; a voter who used both is caught as a duplicate.
--- file mail.csv
voter,accept
V1,yes
V2,no
V3,yes
--- file in-person.yaml
bargain: 1
ballots:
  - {voter: V4, accept: yes}
  - {voter: V2, accept: yes}
--- run
bargain tally mail.csv in-person.yaml --audit audit.csv
--- stdout
Tally of 5 ballot records from 2 files
  mail.csv: 3 records, sha256 56b114ed3ab38517
  in-person.yaml: 2 records, sha256 416b99ce55bfda9b (YAML)
Set aside: 1 (1 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
Warnings:
  1 of the 5 ballot records (20%) is set aside: 1 duplicate; the audit file lists them

accept
  CARRIED: approved by a 3-to-1 margin (3 yes, 1 no).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               3   75.0%
  No                1   25.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              4
--- stderr
bargain: warning: 1 of the 5 ballot records (20%) is set aside: 1 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
in-person.yaml,4,V2,,duplicate

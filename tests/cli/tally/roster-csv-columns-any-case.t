# A CSV roster's Voter and Unit columns are found in any case; its other columns are ignored.
--- file roster.csv
Name,VOTER,Email,Unit
Ann Lee,V1,ann@example.org,A
Bo Diaz,V2,bo@example.org,B
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- run
bargain tally ballots.csv --roster roster.csv --by-unit --format csv --audit audit.csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin,counts_withheld
accept,,majority,2,2,2,1,1,0,0,0,1.0000,failed,false,1-to-1,
accept,A,majority,1,,,,,,,,,carried,false,,"fewer than 5 ballots: counts not shown, to keep the ballot secret"
accept,B,majority,1,,,,,,,,,failed,false,,"fewer than 5 ballots: counts not shown, to keep the ballot secret"
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 not on the roster; the audit file lists them
bargain: warning: unit 'A': its counts are not shown, but its result (carried) shows that every ballot in it was yes: only that count gives this result under the rule, and the vote needs every unit's result
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,4,V3,,not-on-roster

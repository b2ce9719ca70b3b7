# Quoted fields may hold commas, line breaks and doubled quotes; line numbers still point at the right row.
--- file ballots.csv
voter,"accept, the offer"
"Smith, J",yes
"O""Brien",no
"two
line id",yes
"Smith, J",no
"O""Brien",yes
--- run
bargain tally ballots.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
"accept, the offer",,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
--- stderr
bargain: warning: 2 of the 5 ballot records (40%) are set aside: 2 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,6,"Smith, J",,duplicate
ballots.csv,7,"O""Brien",,duplicate

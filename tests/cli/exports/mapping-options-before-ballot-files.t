# Repeatable options take one value each: the files after them are ballot files.
--- file ballots.csv
Member ID,Vote
M1,Y
M2,N
M3,Y
--- run
bargain tally --column voter="Member ID" --answer Y=yes --answer N=no ballots.csv --format csv
bargain tally ballots.csv --column voter="Member ID" --answer Y=yes --answer N=no --roster-column voter=voter --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Vote,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Vote,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1

# A decimal percentage is exact: 2 yes of 3 valid is 66.67%, short of a '66.7%' rule.
--- file ballots.csv
voter,accept
V1,yes
V2,yes
V3,no
--- run
bargain tally ballots.csv --rule 66.7% --format csv --exit-status
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,>=66.7%,,3,3,2,1,0,0,0,,failed,false,2-to-1
--- exit 1

# The margin is a whole number within 0.05 of one (41 no to 20 yes is "2-to-1"), else one decimal (47 to 22 is "2.1-to-1").
--- run
{ echo voter,a,b; seq 1 69 | awk '{ a = ($1 <= 41) ? "no" : ($1 <= 61 ? "yes" : ""); b = ($1 <= 47) ? "no" : "yes"; print "V" $1 "," a "," b }'; } > ballots.csv
bargain tally ballots.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
a,,majority,,69,61,20,41,0,8,0,,failed,false,2-to-1
b,,majority,,69,69,22,47,0,0,0,,failed,false,2.1-to-1

# A word mapped to two answers is refused: words match in any case, so --answer Y=yes and --answer y=no map the same word. (The same word mapped twice to the same answer is fine.)
--- file ballots.csv
Member ID,Do you accept the offer?
M1001,Y
M1002,N
M1003,Y
--- run
bargain tally ballots.csv --column voter="Member ID" --answer Y=yes --answer N=no --answer y=no
echo "exit $?"
bargain tally ballots.csv --column voter="Member ID" --answer Y=yes --answer N=no --answer y=yes --format csv
--- stdout
exit 2
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
--- stderr
bargain: 'y' is mapped to two answers: 'yes' by --answer Y=yes and 'no' by --answer y=no

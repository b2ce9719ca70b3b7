# A built-in answer word cannot be given another meaning: --answer no=yes (and NO=abstain, in another case) is refused; mapping a built-in word to itself (--answer No=no) is allowed and changes nothing.
--- file ballots.csv
Member ID,Do you accept the offer?
M1001,yes
M1002,No
M1003,yes
--- run
bargain tally ballots.csv --column voter="Member ID" --answer no=yes
echo "exit $?"
bargain tally ballots.csv --column voter="Member ID" --answer NO=abstain
echo "exit $?"
bargain tally ballots.csv --column voter="Member ID" --answer No=no --format csv
--- stdout
exit 2
exit 2
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
--- stderr
bargain: 'no' is already the built-in answer 'no'; it cannot also mean 'yes'
bargain: 'NO' is already the built-in answer 'no'; it cannot also mean 'abstain'

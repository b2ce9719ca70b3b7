# 4 ballots counted but --eligible 3: the number eligible is out of date or a file from another vote is counted, so the count is refused at the question's header instead of reporting a turnout over 100%. --eligible 4 (every eligible voter voted) is fine.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,yes
M1002,2026-03-02 09:20,no
M1003,2026-03-02 10:01,yes
M1004,2026-03-02 10:30,yes
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --eligible 3
echo "exit $?"
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --eligible 4 --format csv
--- stdout
exit 2
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,4,4,4,3,1,0,0,0,1.0000,carried,false,3-to-1
--- stderr
bargain: ballots.csv:1:24: 4 ballots are counted on 'Do you accept the offer?' but only 3 voters are eligible (from --eligible, eligible: or the units' members): is the number eligible out of date, or is a file counted that belongs to another vote?

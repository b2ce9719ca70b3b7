# With --by-unit and the export's 'Local' column mapped as the unit, a ballot whose unit cell is empty is an error at its line and column (3:7); a cell of blanks (line 5) is empty too, and so is an empty last cell (3:27 in an export with Local last). Without --by-unit the same file counts (3 yes, 1 no).
--- file ballots.csv
Member ID,Local,Submitted At,Do you accept the offer?
M1001,Local 12,2026-03-02 09:15,yes
M1002,,2026-03-02 09:20,no
M1003,Local 7,2026-03-02 10:01,yes
M1004, ,2026-03-02 10:30,yes
--- file local-last.csv
Member ID,Submitted At,Do you accept the offer?,Local
M1001,2026-03-02 09:15,yes,Local 12
M1002,2026-03-02 09:20,no,
--- run
bargain tally ballots.csv --column voter="Member ID" --column unit=Local --column cast_at="Submitted At" --by-unit
echo "exit $?"
sed 's/^M1002,,/M1002,Local 12,/' ballots.csv > line-3-fixed.csv
bargain tally line-3-fixed.csv --column voter="Member ID" --column unit=Local --column cast_at="Submitted At" --by-unit
echo "exit $?"
bargain tally local-last.csv --column voter="Member ID" --column unit=Local --column cast_at="Submitted At" --by-unit
echo "exit $?"
bargain tally ballots.csv --column voter="Member ID" --column unit=Local --column cast_at="Submitted At" --format csv
--- stdout
exit 2
exit 2
exit 2
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,4,4,3,1,0,0,0,,carried,false,3-to-1
--- stderr
bargain: ballots.csv:3:7: this ballot has no unit (its unit cell is empty), so --by-unit cannot place it: fill in its unit
bargain: line-3-fixed.csv:5:7: this ballot has no unit (its unit cell is empty), so --by-unit cannot place it: fill in its unit
bargain: local-last.csv:3:27: this ballot has no unit (its unit cell is empty), so --by-unit cannot place it: fill in its unit

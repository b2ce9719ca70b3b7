# Two daily exports joined with cat: the second file's header row lands on line 4 and is refused there (not counted as a ballot from voter 'Member ID'), saying to keep one header row. Named as two files instead, they count together: 3 yes, 1 no.
--- run
printf 'Member ID,Submitted At,Do you accept the offer?\r\nM1001,2026-03-02 09:15,yes\r\nM1002,2026-03-02 09:20,no\r\n' > day1.csv
printf 'Member ID,Submitted At,Do you accept the offer?\r\nM1003,2026-03-03 09:15,yes\r\nM1004,2026-03-03 09:20,yes\r\n' > day2.csv
cat day1.csv day2.csv > all.csv
bargain tally all.csv --column voter="Member ID" --column cast_at="Submitted At"
echo "exit $?"
bargain tally day1.csv day2.csv --column voter="Member ID" --column cast_at="Submitted At" --format csv
--- stdout
exit 2
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,4,4,3,1,0,0,0,,carried,false,3-to-1
--- stderr
bargain: all.csv:4:1: this row repeats the header: are two exports joined here? Keep one header row, at the top

# A CRLF export whose last line ends in a lone CR (a tool that cut off the final LF): the last ballot is read whole, its answer 'no', not 'no\r' (which would be void).
--- run
printf 'Member ID,Submitted At,Do you accept the offer?\r\nM1001,2026-03-02 09:15,yes\r\nM1002,2026-03-02 09:20,yes\r\nM1003,2026-03-02 10:01,no\r' > ballots.csv
tail -c 4 ballots.csv | od -An -c
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --format csv
--- stdout
   ,   n   o  \r
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1

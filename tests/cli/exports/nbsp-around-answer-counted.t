# A web form's export pads answers with non-breaking spaces (U+00A0) and a narrow no-break space (U+202F): they are blanks, so 'yes', 'No' and a mapped 'Accept' are counted, not void: 3 yes, 2 no, 0 void.
--- run
printf 'Member ID,Submitted At,Do you accept the offer?\n' > ballots.csv
printf 'M1001,2026-03-02 09:15,\302\240yes\302\240\n' >> ballots.csv
printf 'M1002,2026-03-02 09:20,No\302\240\n' >> ballots.csv
printf 'M1003,2026-03-02 10:01,\302\240\302\240Accept\n' >> ballots.csv
printf 'M1004,2026-03-02 10:30,no\342\200\257\n' >> ballots.csv
printf 'M1005,2026-03-02 10:31,yes\n' >> ballots.csv
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --answer Accept=yes --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,5,5,3,2,0,0,0,,carried,false,1.5-to-1

# The same export with --answer 1=yes --answer 0=no (surrounding blanks ignored): 4 yes (1 three times, " 1" once), 2 no, 1 blank; carried 2-to-1.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,1
M1002,2026-03-02 09:20,0
M1003,2026-03-02 10:01,1
M1004,2026-03-02 10:30, 1
M1005,2026-03-02 10:31,
M1006,2026-03-02 11:02,0
M1007,2026-03-02 11:40,1
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --answer 1=yes --answer 0=no --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,7,6,4,2,0,1,0,,carried,false,2-to-1

# The same export with --answer Y=yes --answer N=no (matched in any case): 4 yes (Y three times, y once), 2 no, 1 blank; carried 2-to-1.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,Y
M1002,2026-03-02 09:20,N
M1003,2026-03-02 10:01,Y
M1004,2026-03-02 10:30,y
M1005,2026-03-02 10:31,
M1006,2026-03-02 11:02,N
M1007,2026-03-02 11:40,Y
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --answer Y=yes --answer N=no --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,7,6,4,2,0,1,0,,carried,false,2-to-1

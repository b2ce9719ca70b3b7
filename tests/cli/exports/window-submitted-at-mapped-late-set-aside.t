# A vendor export's 'Submitted At' mapped with --column cast_at: the ballot submitted at 00:30 on 2026-03-05, after --closes 2026-03-04T23:59, is set aside as outside-window (line 6 in the audit); 2 yes, 2 no counted, a tie that fails.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,yes
M1002,2026-03-02 17:20,no
M1003,2026-03-03 10:01,yes
M1004,2026-03-04 23:59,no
M1005,2026-03-05 00:30,yes
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --opens 2026-03-02T08:00 --closes 2026-03-04T23:59 --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,4,4,2,2,0,0,0,,failed,false,1-to-1
--- stderr
bargain: warning: 1 of the 5 ballot records (20%) is set aside: 1 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,6,M1005,,outside-window

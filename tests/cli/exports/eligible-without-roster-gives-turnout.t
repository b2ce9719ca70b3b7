# A vendor export with no roster: --eligible 10 gives the count its eligible, so the report has turnout (4 of 10, 40%) and eligible-based rules can run: chicago-ielra needs 3/4 of eligible (8 of 10) and fails with 3 yes.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,yes
M1002,2026-03-02 09:20,no
M1003,2026-03-02 10:01,yes
M1004,2026-03-02 10:30,yes
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --eligible 10
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --eligible 10 --rule chicago-ielra --format csv
--- stdout
Tally of 4 ballot records from 1 file
  ballots.csv: 4 records, sha256 4580c1edfafa2f88
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  eligible:           10 (given)
  columns:            voter=Member ID, cast_at=Submitted At

Do you accept the offer?
  CARRIED: approved by a 3-to-1 margin (3 yes, 1 no), 40% turnout.
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               3   75.0%
  No                1   25.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              4  40.0% turnout of 10 eligible
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,chicago-ielra,10,4,4,3,1,0,0,0,0.4000,failed,false,3-to-1

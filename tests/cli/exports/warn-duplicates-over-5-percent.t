# A vendor export holding resubmitted ballots: 20 records, 2 of them a second ballot from the same member (M1003, M1011): 10% set aside as duplicate is more than 5%, so a warning on stderr and in the text report's Warnings; the first ballot of each counts. With only M1003 resubmitted (1 of 20, exactly 5%) there is no warning.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:01,yes
M1002,2026-03-02 09:02,yes
M1003,2026-03-02 09:03,yes
M1004,2026-03-02 09:04,yes
M1005,2026-03-02 09:05,no
M1006,2026-03-02 09:06,yes
M1007,2026-03-02 09:07,no
M1008,2026-03-02 09:08,yes
M1009,2026-03-02 09:09,yes
M1010,2026-03-02 09:10,yes
M1011,2026-03-02 09:11,no
M1012,2026-03-02 09:12,yes
M1013,2026-03-02 09:13,yes
M1014,2026-03-02 09:14,yes
M1015,2026-03-02 09:15,no
M1016,2026-03-02 09:16,yes
M1017,2026-03-02 09:17,no
M1018,2026-03-02 09:18,yes
M1003,2026-03-02 12:00,no
M1011,2026-03-02 12:30,yes
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At"
echo "exit $?"
grep -v '^M1011,2026-03-02 12:30' ballots.csv > one-resubmitted.csv
echo 'M1019,2026-03-02 13:00,no' >> one-resubmitted.csv
bargain tally one-resubmitted.csv --column voter="Member ID" --column cast_at="Submitted At" --format csv
--- stdout
Tally of 20 ballot records from 1 file
  ballots.csv: 20 records, sha256 067c7af23e8bf9be
Set aside: 2 (2 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  columns:            voter=Member ID, cast_at=Submitted At
Warnings:
  2 of the 20 ballot records (10%) are set aside: 2 duplicate; --audit FILE lists them

Do you accept the offer?
  CARRIED: approved by a 2.6-to-1 margin (13 yes, 5 no).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes              13   72.2%
  No                5   27.8%
  Abstain           0
  Blank             0
  Void              0
  Cast             18
exit 0
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,19,19,13,6,0,0,0,,carried,false,2.2-to-1
--- stderr
bargain: warning: 2 of the 20 ballot records (10%) are set aside: 2 duplicate; --audit FILE lists them

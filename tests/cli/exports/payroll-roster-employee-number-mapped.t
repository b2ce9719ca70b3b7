# The payroll roster with --roster-column voter="Employee Number" --roster-column unit=Department, by unit: E29999 is not on the roster and is set aside (with a warning: 1 of 4 records); Facilities ties 1-1 and fails, Custodial carries 1-0, Grounds has no ballot and fails, so the vote fails; overall 2 yes, 1 no of 5 eligible.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
E20417,2026-03-02 09:15,yes
E20418,2026-03-02 09:20,no
E20419,2026-03-02 10:01,yes
E29999,2026-03-02 10:30,yes
--- file payroll.csv
Employee Number,Name,Department
E20417,"Okafor, Ada",Facilities
E20418,"Brennan, Joe",Facilities
E20419,"Nguyen, Linh",Custodial
E20420,"García, Rosa",Custodial
E20421,"Kowalski, Piotr",Grounds
--- run
bargain tally ballots.csv --roster payroll.csv --column voter="Member ID" --column cast_at="Submitted At" --roster-column voter="Employee Number" --roster-column unit=Department --by-unit --audit audit.csv
--- stdout
Tally of 4 ballot records from 1 file
  ballots.csv: 4 records, sha256 424e5478da44b4e4
Roster: payroll.csv: 5 voters, sha256 095f06569e6fcdf4
Set aside: 1 (0 duplicate, 0 outside the voting window, 1 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  by unit:            yes: the vote carries only if it carries in every unit
  small units:        a unit with fewer than 5 ballots shows its result, not its counts, to keep the ballot secret
  columns:            voter=Member ID, cast_at=Submitted At
  roster columns:     voter=Employee Number, unit=Department
Warnings:
  1 of the 4 ballot records (25%) is set aside: 1 not on the roster; the audit file lists them

Do you accept the offer?
  FAILED: failed in Facilities and Grounds (the vote carries only if it carries in every unit; overall 2 yes, 1 no, 60% turnout).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               2   66.7%
  No                1   33.3%
  Abstain           0
  Blank             0
  Void              0
  Cast              3  60.0% turnout of 5 eligible

  By unit (the vote carries only if it carries in every unit):
    unit       eligible    cast     yes      no abstain   blank    void  turnout  result
    Facilities        2       *       *       *       *       *       *        *  failed
    Custodial         2       *       *       *       *       *       *        *  carried
    Grounds           1       *       *       *       *       *       *        *  failed
    * Facilities: fewer than 5 ballots: counts not shown, to keep the ballot secret
    * Custodial: fewer than 5 ballots: counts not shown, to keep the ballot secret
    * Grounds: fewer than 5 ballots: counts not shown, to keep the ballot secret
--- stderr
bargain: warning: 1 of the 4 ballot records (25%) is set aside: 1 not on the roster; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,5,E29999,,not-on-roster

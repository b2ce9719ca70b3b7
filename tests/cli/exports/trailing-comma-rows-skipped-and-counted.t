# A spreadsheet saved as CSV with its formatted-but-empty rows: two trailing ',,' rows, a row of blanks and a tab, a short ',' row and an empty line are skipped and counted ("5 empty rows skipped"), not read as ballots or as ragged rows. 2 yes, 1 no.
--- run
printf 'Member ID,Submitted At,Do you accept the offer?\r\n' > ballots.csv
printf 'M1001,2026-03-02 09:15,yes\r\n' >> ballots.csv
printf 'M1002,2026-03-02 09:20,no\r\n' >> ballots.csv
printf 'M1003,2026-03-02 10:01,yes\r\n' >> ballots.csv
printf ',,\r\n,,\r\n , \t, \r\n,\r\n\r\n' >> ballots.csv
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At"
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --format json | grep -E '"(records|empty_rows_skipped|received|cast)"'
--- stdout
Tally of 3 ballot records from 1 file
  ballots.csv: 3 records, sha256 753e9030d0d0f0da (5 empty rows skipped)
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  columns:            voter=Member ID, cast_at=Submitted At

Do you accept the offer?
  CARRIED: approved by a 2-to-1 margin (2 yes, 1 no).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               2   66.7%
  No                1   33.3%
  Abstain           0
  Blank             0
  Void              0
  Cast              3
      "records": 3,
      "empty_rows_skipped": 5
  "received": 3,
      "cast": 3,

# A semicolon file whose question header holds a comma splits no wider at semicolons than at commas, so it is sniffed as a comma file; each row that does not fit says the header was split at commas while the row holds semicolons, and how to force the delimiter. Forced, it counts.
--- file semi.csv
voter;Do you accept the offer, as written?
V1;yes
V2;no
V3;yes
--- run
bargain tally semi.csv; echo "exit $?"
bargain tally semi.csv --delimiter semicolon
--- stdout
exit 2
Tally of 3 ballot records from 1 file
  semi.csv: 3 records, sha256 abf1f4c3dce589fc (semicolon-separated)
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  delimiter:          semicolon (forced)

Do you accept the offer, as written?
  CARRIED: approved by a 2-to-1 margin (2 yes, 1 no).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               2   66.7%
  No                1   33.3%
  Abstain           0
  Blank             0
  Void              0
  Cast              3
--- stderr
bargain: semi.csv:2:1: this row has 1 field but the header has 2: the header was split at commas, this row holds semicolons: if that is the file's delimiter, --delimiter semicolon (or delimiter: semicolon in the campaign vote)
bargain: semi.csv:3:1: this row has 1 field but the header has 2: the header was split at commas, this row holds semicolons: if that is the file's delimiter, --delimiter semicolon (or delimiter: semicolon in the campaign vote)
bargain: semi.csv:4:1: this row has 1 field but the header has 2: the header was split at commas, this row holds semicolons: if that is the file's delimiter, --delimiter semicolon (or delimiter: semicolon in the campaign vote)

# A semicolon totals file whose votes header holds commas splits no wider at semicolons, so it is sniffed as a comma file and has none of its columns: the message says the header was split at commas but holds semicolons, and how to force the delimiter, before the mapping. A comma totals file with a row of semicolons says so at the row.
--- file totals.csv
Question;Option;Votes (yes, no, abstain)
accept;yes;50
accept;no;40
--- file rows.csv
question,option,votes
accept,yes,50
accept;no;40
--- run
bargain tally --totals totals.csv --eligible 120; echo "exit $?"
bargain tally --totals totals.csv --eligible 120 --delimiter semicolon --column votes="Votes (yes, no, abstain)" | grep -E "CARRIED|FAILED"
bargain tally --totals rows.csv --eligible 120
--- stdout
exit 2
  CARRIED: approved by a 1.3-to-1 margin (50 yes, 40 no), 75% turnout.
--- stderr
bargain: totals.csv:1:1: the totals file has no 'question', 'option' or 'votes' column; its columns are: Question;Option;Votes (yes, no, abstain). The header was split at commas but also holds semicolons: if that is the file's delimiter, --delimiter semicolon (or delimiter: semicolon in the campaign vote); if not, map them with --column question=HEADER --column option=HEADER --column votes="Question;Option;Votes (yes" (or columns: {question: HEADER, option: HEADER, votes: Question;Option;Votes (yes} in the campaign vote), HEADER being the header of the column that holds it
  |
1 | Question;Option;Votes (yes, no, abstain)
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
bargain: rows.csv:3:1: this row has 1 field but the header has 3: the header was split at commas, this row holds semicolons: if that is the file's delimiter, --delimiter semicolon (or delimiter: semicolon in the campaign vote)
  |
3 | accept;no;40
  | ^^^^^^^^^^^^
--- exit 2

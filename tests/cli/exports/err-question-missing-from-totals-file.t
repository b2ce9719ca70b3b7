# A totals file with no row for the asked question would add nothing: refused, not skipped.
--- file online.csv
question,option,votes
accept,yes,40
accept,no,30
--- file paper.csv
question,option,votes
strike,yes,12
strike,no,3
--- run
bargain tally --totals online.csv --totals paper.csv --question accept; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: paper.csv:1:1: this file has no question 'accept' in any row, so its totals would count for nothing. Name the question the same in every file, or count this file on its own
  |
1 | question,option,votes
  | ^^^^^^^^^^^^^^^^^^^^^

# A totals row whose unit is longer than 1,024 bytes (a paragraph pasted into the cell): refused at the cell.
--- run
{
  echo 'question,option,votes,unit'
  printf 'accept,yes,37,'
  awk 'BEGIN { for (i = 0; i < 1025; i++) printf "x"; print "" }'
} > vendor-totals.csv
bargain tally --totals vendor-totals.csv --eligible 120
--- stderr
bargain: vendor-totals.csv:2:15: unit longer than 1024 bytes
  |
2 | accept,yes,37,xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
  |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
--- exit 2

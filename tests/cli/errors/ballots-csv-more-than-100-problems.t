# A CSV ballot file with more than 100 bad rows (a column lost from each) stops being read after the hundredth problem, and says so at the row it stopped at.
--- run
{
  echo 'voter,unit,accept'
  awk 'BEGIN { for (i = 1; i <= 101; i++) printf "V%04d,yes\n", i }'
} > ballots.csv
bargain tally ballots.csv 2>err
echo "exit $?"
tail -n 2 err >&2
--- stdout
exit 2
--- stderr
bargain: ballots.csv:101:7: this row has 2 fields but the header has 3
bargain: ballots.csv:101: stopped reading after 100 problems in this file

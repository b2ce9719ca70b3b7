# A YAML ballot file with more than 100 bad entries stops being read after the hundredth problem. The reader's notice that it stopped is the 101st problem, so today it shows only as "1 more problem not shown".
--- run
{
  echo 'bargain: 1'
  echo 'ballots:'
  awk 'BEGIN { for (i = 1; i <= 101; i++) printf "  - [V%04d, yes]\n", i }'
} > ballots.yaml
bargain tally ballots.yaml 2>err
echo "exit $?"
tail -n 2 err >&2
--- stdout
exit 2
--- stderr
bargain: ballots.yaml:102:5: each entry under 'ballots' should be a mapping ({voter: ..., ...}), found a list
bargain: 1 more problem not shown; fix the first 100 and run again

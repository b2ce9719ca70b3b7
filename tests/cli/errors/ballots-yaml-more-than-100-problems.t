# A YAML ballot file with more than 100 bad entries stops being read after the hundredth problem, and says so at the entry it stopped at.
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
bargain: ballots.yaml:102:5: stopped reading after 100 problems in this file

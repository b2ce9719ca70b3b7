# Site returns whose counts together pass 1,000,000,000,000,000 ballots (a number pasted wrong): refused at the return, never overflowed.
--- run
{
  echo 'bargain: 1'
  echo 'returns:'
  awk 'BEGIN { for (i = 1; i <= 1001; i++) printf "  - {unit: local-4408, site: Site %d, accept: {yes: 999999999999, no: 0}}\n", i }'
} > returns.yaml
bargain tally returns.yaml
--- stderr
bargain: returns.yaml:1003: with this return the count for 'accept' would pass 1,000,000,000,000,000 ballots: is a number in it wrong?
--- exit 2

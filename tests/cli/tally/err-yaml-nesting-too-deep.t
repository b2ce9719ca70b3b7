# A ballot nested more than 16 levels deep is an error, not a stack overflow.
--- run
deep=$(printf '[%.0s' $(seq 20))x$(printf ']%.0s' $(seq 20))
printf 'ballots:\n  - {voter: V1, accept: %s}\n' "$deep" > ballots.yaml
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:2:40: nesting too deep (more than 16 levels)
--- exit 2

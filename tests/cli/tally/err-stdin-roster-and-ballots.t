# The roster and the ballots cannot both come from standard input.
--- run
bargain tally - --roster - < /dev/null
--- stderr
bargain: only one input can be read from standard input ('-')
--- exit 2

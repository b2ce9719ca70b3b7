# Standard input can be read only once: two '-' inputs are an error.
--- run
bargain tally - - < /dev/null
--- stderr
bargain: only one input can be read from standard input ('-')
--- exit 2

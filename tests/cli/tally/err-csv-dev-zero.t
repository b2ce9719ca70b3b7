# /dev/zero given as ballots is not text: said at once, at 1:1, not after reading 16 MiB of it.
--- run
bargain tally /dev/zero
--- stderr
bargain: /dev/zero:1:1: NUL byte: this is not a text file
--- exit 2

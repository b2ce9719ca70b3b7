# A Latin-1 byte in a YAML ballot file is refused at its line and column, not passed into a voter id.
--- run
printf 'ballots:\n  - {voter: V1, accept: yes}\n  - {voter: Jos\351, accept: no}\n' > ballots.yaml
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:16: byte 0xE9 is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your editor as UTF-8
--- exit 2

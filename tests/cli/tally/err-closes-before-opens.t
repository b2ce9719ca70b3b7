# Polls that close before they open would count nothing: an error.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --opens 2026-03-10T09:00 --closes 2026-03-09T17:00
--- stderr
bargain: --closes is before --opens: the voting window would be empty
--- exit 2

# A single ballot, cast before the window opened: nothing would be counted, so the count is refused.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-01T09:00,yes
--- run
bargain tally ballots.csv --opens 2026-03-05T08:00 --closes 2026-03-11T20:00; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: the one ballot record is set aside (1 outside the voting window), so nothing would be counted: is the window right? It opens 2026-03-05T08:00 and closes 2026-03-11T20:00 (UTC); the ballot was cast at 2026-03-01T09:00

# A cast_at at 25:00 is an error at that cell.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-10T25:00,yes
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:2:4: cast_at '2026-03-10T25:00': no such time of day
--- exit 2

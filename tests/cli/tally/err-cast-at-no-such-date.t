# A cast_at on a day that does not exist (February 30) is an error at that cell.
--- file ballots.csv
voter,cast_at,accept
V1,2026-02-28T10:00,yes
V2,2026-02-30T10:00,yes
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:3:4: cast_at '2026-02-30T10:00': no such date
--- exit 2

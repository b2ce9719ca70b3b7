# A cast_at that is not a date and time is an error at that cell, showing the expected shape.
--- file ballots.csv
voter,cast_at,accept
V1,last tuesday,yes
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:2:4: cast_at 'last tuesday': expected a date and time as YYYY-MM-DDTHH:MM[:SS] (optionally with Z or +HH:MM), or a date as YYYY-MM-DD
--- exit 2

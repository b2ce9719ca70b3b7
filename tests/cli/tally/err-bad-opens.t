# An --opens that is not a date and time is refused before any ballot is read.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --opens 'next Monday'
--- stderr
bargain: --opens: 'next Monday': expected a date and time as YYYY-MM-DDTHH:MM[:SS] (optionally with Z or +HH:MM), or a date as YYYY-MM-DD
--- exit 2

# An empty ballot file (no header row) is an error, exit 2.
--- run
: > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:1:1: empty ballot file: expected a header row (voter, ballot, unit, cast_at and one column per question)
--- exit 2

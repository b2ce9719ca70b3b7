# A header with only reserved columns has nothing to vote on: an error, exit 2.
--- file ballots.csv
voter,ballot,cast_at
V1,S1,2026-03-10T10:00
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:1:1: the header names no question: every column other than voter, ballot, unit, cast_at is a question (the header has: voter, ballot, cast_at)
--- exit 2

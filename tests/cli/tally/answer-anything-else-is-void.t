# Any other mark (y, maybe, yes please, a tick) voids that answer: cast, never valid.
--- file ballots.csv
voter,accept
V1,yes
V2,y
V3,maybe
V4,yes please
V5,✓
V6,no
--- run
bargain tally ballots.csv
--- stdout
Tally of 6 ballot records from 1 file
  ballots.csv: 6 records, sha256 c9e4ebce719967a6
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
Warnings:
  ballots.csv:1:7: 4 of the 6 answers to 'accept' (66.7%) are void: y: 1, maybe: 1, yes please: 1, ✓: 1. If they are answers, map them: --answer y=yes --answer "maybe=yes|no|abstain" --answer "yes please=yes" --answer "✓=yes|no|abstain" (or answers: {yes: ["y", yes please], yes|no|abstain: [maybe, ✓]} in the campaign vote)

accept
  FAILED: a tie (1 yes, 1 no) does not carry: the rule needs more than 1/2 of valid votes.
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               1   50.0%
  No                1   50.0%
  Abstain           0
  Blank             0
  Void              4
  Cast              6
--- stderr
bargain: ballots.csv:1:7: warning: 4 of the 6 answers to 'accept' (66.7%) are void: y: 1, maybe: 1, yes please: 1, ✓: 1. If they are answers, map them: --answer y=yes --answer "maybe=yes|no|abstain" --answer "yes please=yes" --answer "✓=yes|no|abstain" (or answers: {yes: ["y", yes please], yes|no|abstain: [maybe, ✓]} in the campaign vote)

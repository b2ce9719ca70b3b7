# A two-thirds vote where everyone abstained or left it blank has no yes votes and must not carry
# (yes*3 >= valid*2 is 0 >= 0 here; a strike cannot be authorised by nobody). With not one yes or
# no, the count is refused outright: it says why instead of reporting "no valid votes".
--- file ballots.csv
voter,strike
V1,abstain
V2,
--- run
bargain tally ballots.csv --rule two-thirds --exit-status
--- stderr
bargain: ballots.csv:1:7: not one of the 2 answers to 'strike' is yes or no (1 abstain, 1 blank, 0 void): is this the question's column?
--- exit 2

# A turnout that is not a fraction or percentage is refused.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --turnout half
--- stderr
bargain: turnout 'half': expected a fraction like 2/3 or a percentage like 60%
--- exit 2

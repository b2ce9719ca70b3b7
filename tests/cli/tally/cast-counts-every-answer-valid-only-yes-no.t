# Cast counts every counted ballot; valid counts only yes and no.
--- file ballots.csv
voter,accept
V1,yes
V2,yes
V3,no
V4,abstain
V5,
V6,spoilt
--- run
bargain tally ballots.csv --format json | grep -E '"(cast|valid|yes|no|abstain|blank|void)"'
--- stdout
      "cast": 6,
      "valid": 3,
      "yes": 2,
      "no": 1,
      "abstain": 1,
      "blank": 1,
      "void": 1,
--- stderr
bargain: ballots.csv:1:7: warning: 1 of the 6 answers to 'accept' (16.7%) is void: spoilt: 1. If they are answers, map them: --answer spoilt=void (or answers: {void: [spoilt]} in the campaign vote)

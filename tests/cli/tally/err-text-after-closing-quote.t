# Text after a closing quote ("yes"x) is an error, exit 2.
--- file ballots.csv
voter,accept
V1,"yes"x
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:2:9: unexpected text after a closing quote (a quote inside a quoted field is written twice: "")
--- exit 2

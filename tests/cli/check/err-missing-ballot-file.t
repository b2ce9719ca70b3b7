# A vote's ballot or roster file that is missing or broken makes the check fail with exit 2, every problem listed.
--- file campaign.yaml
bargain: 1
campaign: {name: Missing}
votes:
  - {id: v, question: Ratify the agreement, ballots: [mail.csv, online.csv], roster: roster.csv}
--- file online.csv
voter,v
V1,yes,extra
--- run
bargain check campaign.yaml
--- stderr
bargain: mail.csv: cannot open: No such file or directory
bargain: online.csv:2:8: this row has 3 fields but the header has 2
bargain: roster.csv: cannot open: No such file or directory
--- exit 2

# A vote's ballot file missing while another is there (a partial count), a broken one, or a missing roster makes the check fail with exit 2, every problem listed.
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
bargain: campaign.yaml:4:5: vote 'v': its ballot file mail.csv is missing while online.csv is there; a partial count cannot be its result
bargain: roster.csv: cannot open: No such file or directory
bargain: online.csv:2:8: this row has 3 fields but the header has 2
--- exit 2

# Two votes naming one ballot file and one roster, even by different paths, read and count each file once; one of each is singular in the ok line.
--- file campaign.yaml
bargain: 1
campaign: {name: Once}
votes:
  - {id: accept, question: "Accept?", ballots: ballots/lbo.csv, roster: roster.csv}
  - {id: strike, question: "Strike?", ballots: ./ballots/lbo.csv, roster: ./roster.csv}
--- file one.yaml
bargain: 1
campaign: {name: One}
votes:
  - {id: accept, question: "Accept?", closes: 2020-01-17, ballots: ballots/lbo.csv}
--- file ballots/lbo.csv
voter,cast_at,accept,strike
V1,2020-01-16,yes,no
--- file roster.csv
voter
V1
--- run
bargain check campaign.yaml
bargain check one.yaml
--- stdout
campaign.yaml: ok: 0 dated items, 2 votes, 2 ballot and roster files
one.yaml: ok: 1 dated item, 1 vote, 1 ballot or roster file

# A cast_at with its own UTC offset cannot yet be compared with a campaign's local window in a named time zone: an error, never a silent guess.
--- file campaign.yaml
bargain: 1
campaign: {name: Chicago, timezone: America/Chicago}
votes:
  - id: v
    question: Accept?
    ballots: ballots.csv
    opens: 2020-01-13T07:00
    closes: 2020-01-17T19:00
--- file ballots.csv
voter,cast_at,v
V1,2020-01-14T12:00,yes
V2,2020-01-14T18:00Z,no
--- run
bargain tally --campaign campaign.yaml --vote v
--- stderr
bargain: ballots.csv:3: this cast_at has a UTC offset, which cannot yet be compared with the campaign's local times (America/Chicago); write it without the offset
--- exit 2

# The ballot-result template states a vote's result: asked for with an event's id, it says to give a vote's; a vote whose ballots are not in yet, or that never closes, has no result notice.
--- file campaign.yaml
bargain: 1
campaign: {name: Example, timezone: UTC}
units:
  - {id: a, name: Unit A, members: 10}
votes:
  - id: ratify
    question: Do you ratify the agreement?
    closes: 2026-05-01T18:00
    ballots: ratify.csv
    units: [a]
  - id: someday
    question: Do you authorize a strike?
    ballots: later.csv
    units: [a]
events:
  - {id: rally, kind: rally, title: Rally, date: 2026-04-01}
--- run
bargain notice campaign.yaml rally --template ballot-result; echo "exit $?"
bargain notice campaign.yaml ratify; echo "exit $?"
bargain notice campaign.yaml someday; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
bargain: campaign.yaml:16:5: the ballot-result template states a vote's result: give the id of one of the campaign's votes, not of an event
bargain: campaign.yaml:6:5: vote 'ratify' has not been counted: its ballot files are not there yet, and a result notice states its result
bargain: campaign.yaml:11:5: vote 'someday' has no closing date (closes:), which a result notice is dated by

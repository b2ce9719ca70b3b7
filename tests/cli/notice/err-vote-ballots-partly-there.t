# A vote with only some of its ballot files is an error: half a count must never be announced; a vote with none yet has no result and the notice says nothing about it.
--- file ballots/mail.csv
voter,accept
V1,no
V2,no
V3,yes
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme}
votes:
  - {id: lbo-vote, kind: lbo, question: "Do you accept the last, best offer?", closes: 2020-01-17T19:00, column: accept, ballots: [ballots/mail.csv, ballots/online.csv]}
events:
  - {id: rally, kind: rally, title: Rally, date: 2020-02-04, who: Acme workers, locations: [{city: Springfield}]}
--- run
bargain notice campaign.yaml rally; echo "exit $?"
rm ballots/mail.csv
bargain notice campaign.yaml rally | sed -n 6,7p
--- stdout
exit 2
SPRINGFIELD — Union members who work for Acme have been bargaining for a
fair contract.
--- stderr
bargain: campaign.yaml:4:5: vote 'lbo-vote': its ballot file ballots/online.csv is missing while others are there; a partial count cannot be its result

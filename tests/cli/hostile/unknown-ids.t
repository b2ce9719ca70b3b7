# Ids that name nothing (an offer, a unit, constraint ends), a repeated id and an item without one are all reported at their places by every command.
--- file campaign.yaml
bargain: 1
campaign: {name: Unknown ids}
units:
  - {id: local-1, members: 10}
offers:
  - {id: lbo, side: employer, wages: [1]}
votes:
  - {id: v1, question: Accept, offer: lbp, units: [local-1, local-9]}
events:
  - {id: strike, kind: strike, date: 2026-05-01}
  - {id: dup, kind: rally, date: 2026-05-01}
  - {id: dup, kind: rally, date: 2026-05-02}
  - {kind: rally, date: 2026-05-02}
constraints:
  - {first: notise, then: strike, min_days: 5}
  - {first: strike, then: strik, min_days: 5}
  - {event: strkie, not_before: contract_expires}
  - {event: strike, not_before: lbo-vote}
--- run
bargain check campaign.yaml 2>&1; echo "exit $?"
bargain offers campaign.yaml > err.txt 2>&1; echo "exit $?"; grep '^bargain:' err.txt | tail -1
bargain tally --campaign campaign.yaml --vote v1 > err.txt 2>&1; echo "exit $?"; grep '^bargain:' err.txt | tail -1
--- stdout
bargain: campaign.yaml:8:39: no offer with id 'lbp'
  |
8 |   - {id: v1, question: Accept, offer: lbp, units: [local-1, local-9]}
  |                                       ^^^
  = help: did you mean 'lbo'?
bargain: campaign.yaml:8:61: no unit with id 'local-9'
  |
8 |   - {id: v1, question: Accept, offer: lbp, units: [local-1, local-9]}
  |                                                             ^^^^^^^
  = help: did you mean 'local-1'?
bargain: campaign.yaml:12:10: duplicate id 'dup' (first at line 11)
   |
12 |   - {id: dup, kind: rally, date: 2026-05-02}
   |          ^^^
bargain: campaign.yaml:13:5: this event has no id
   |
13 |   - {kind: rally, date: 2026-05-02}
   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
bargain: campaign.yaml:15:13: no session, offer, vote or event with id 'notise'
   |
15 |   - {first: notise, then: strike, min_days: 5}
   |             ^^^^^^
bargain: campaign.yaml:16:27: no session, offer, vote or event with id 'strik'
   |
16 |   - {first: strike, then: strik, min_days: 5}
   |                           ^^^^^
   = help: did you mean 'strike'?
bargain: campaign.yaml:17:13: no session, offer, vote or event with id 'strkie'
   |
17 |   - {event: strkie, not_before: contract_expires}
   |             ^^^^^^
   = help: did you mean 'strike'?
bargain: campaign.yaml:17:33: not_before counts from contract_expires, but the campaign gives no contract_expires
   |
17 |   - {event: strkie, not_before: contract_expires}
   |                                 ^^^^^^^^^^^^^^^^
bargain: campaign.yaml:18:33: no session, offer, vote or event with id 'lbo-vote'
   |
18 |   - {event: strike, not_before: lbo-vote}
   |                                 ^^^^^^^^
exit 2
exit 2
bargain: campaign.yaml:18:33: no session, offer, vote or event with id 'lbo-vote'
exit 2
bargain: campaign.yaml:18:33: no session, offer, vote or event with id 'lbo-vote'

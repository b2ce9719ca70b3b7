# answers: adds an export's words for yes, no, abstain, blank and void, each read as written (Y and N are words, not YAML booleans): a word mapped to two answers, a built-in word given another meaning, an unknown answer (with a did-you-mean) and a value that is not a word or a list of words are errors at their place.
--- file campaign.yaml
bargain: 1
campaign: {name: Answers}
votes:
  - id: lbo-vote
    question: Do you accept the offer?
    answers:
      yes: [Y, For, Accept, "1"]
      no: [N, Against, for, 0]
      abstian: Pass
      abstain: [no]
      void: {spoiled: true}
--- file fixed.yaml
bargain: 1
campaign: {name: Answers}
votes:
  - id: lbo-vote
    question: Do you accept the offer?
    answers:
      yes: [Y, For, Accept, "1"]
      no: [N, Against, Reject, 0]
      abstain: Pass
      blank: n/a
      void: spoiled
--- run
bargain check campaign.yaml; echo "exit $?"
bargain check fixed.yaml
--- stdout
exit 2
fixed.yaml: ok: 0 dated items, 1 vote, 0 ballot and roster files
--- stderr
bargain: campaign.yaml:8:24: 'for' is mapped to two answers: 'yes' by answers: yes (campaign.yaml:7) and 'no'
  |
8 |       no: [N, Against, for, 0]
  |                        ^^^
bargain: campaign.yaml:9:7: unknown key 'abstian' in answers; the answers are yes, no, abstain, blank and void
  |
9 |       abstian: Pass
  |       ^^^^^^^
  = help: did you mean 'abstain'?
bargain: campaign.yaml:10:17: 'no' is already the built-in answer 'no'; it cannot also mean 'abstain'
   |
10 |       abstain: [no]
   |                 ^^
bargain: campaign.yaml:11:13: expected a word or a list of words, found a mapping
   |
11 |       void: {spoiled: true}
   |             ^^^^^^^^^^^^^^^

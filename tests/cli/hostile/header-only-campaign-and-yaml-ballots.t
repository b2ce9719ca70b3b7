# A campaign with only its version line lacks the campaign's name; YAML ballot files with only a version line or an empty list name no question to tally.
--- file campaign.yaml
bargain: 1
--- file version-only.yaml
bargain: 1
--- file no-ballots.yaml
bargain: 1
ballots: []
--- run
bargain check campaign.yaml 2>&1; echo "exit $?"
bargain tally version-only.yaml 2>&1; echo "exit $?"
bargain tally no-ballots.yaml 2>&1; echo "exit $?"
--- stdout
bargain: campaign.yaml:1:1: missing 'campaign:' with at least the campaign's name
  |
1 | bargain: 1
  | ^^^^^^^
exit 2
bargain: nothing to tally: no ballot file names a question
exit 2
bargain: nothing to tally: no ballot file names a question
exit 2

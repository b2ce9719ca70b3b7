# A NUL written as a YAML escape ("\0") never reaches a report: it is an error at the value, in ballots and in campaigns.
--- run
printf 'ballots:\n  - {voter: V1, "accept\\0": yes}\n' > ballots.yaml
printf 'bargain: 1\ncampaign: {name: "a\\0b"}\n' > campaign.yaml
bargain tally ballots.yaml --format csv
echo "exit $?"
bargain check campaign.yaml
--- stdout
exit 2
--- stderr
bargain: ballots.yaml:2:17: a NUL character (\0) in a value: ids, names and answers are text
bargain: campaign.yaml:2:18: a NUL character (\0) in a value: ids, names and answers are text
  |
2 | campaign: {name: "a\0b"}
  |                  ^^^^^^
--- exit 2

# A campaign with 20,000 misspelt keys is reported quickly and without burying the first problem: the first 100 are shown, then how many more there are. At 101 problems all 101 are shown: a line saying there is 1 more would take the same room.
--- run
{ printf 'bargain: 1\ncampaign: {name: Keys}\n'; seq 1 20000 | sed 's/^/evnt/; s/$/: 1/'; } > campaign.yaml
bargain check campaign.yaml 2> err.txt; echo "exit $?"
grep -c '^bargain:' err.txt
grep '^bargain:' err.txt | head -2
grep '^bargain:' err.txt | tail -2
head -103 campaign.yaml > short.yaml
bargain timeline short.yaml 2>&1 | grep '^bargain:' | tail -2
--- stdout
exit 2
101
bargain: campaign.yaml:3:1: unknown key 'evnt1' in the campaign file
bargain: campaign.yaml:4:1: unknown key 'evnt2' in the campaign file
bargain: campaign.yaml:102:1: unknown key 'evnt100' in the campaign file
bargain: 19,900 more problems not shown; fix the first 100 and run again
bargain: short.yaml:102:1: unknown key 'evnt100' in the campaign file
bargain: short.yaml:103:1: unknown key 'evnt101' in the campaign file

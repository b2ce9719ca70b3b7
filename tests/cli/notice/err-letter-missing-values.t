# An intent-to-strike letter for a campaign that gives neither the union's nor the employer's name and address nor its units is refused (exit 2): one message per missing value, all at once, at the event, each naming the key and where to add it; nothing is written.
--- file campaign.yaml
bargain: 1
campaign:
  name: Test
  law: illinois-iplra
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
--- run
bargain notice campaign.yaml notice -o letter.txt; echo "exit $?"
ls
--- stdout
exit 2
campaign.yaml
--- stderr
bargain: campaign.yaml:6:5: the intent-to-strike letter for 'notice' needs the union's address, its sender: add `union_address:` under `campaign:`
bargain: campaign.yaml:6:5: the intent-to-strike letter for 'notice' needs the employer's name: add `employer:` under `campaign:`
bargain: campaign.yaml:6:5: the intent-to-strike letter for 'notice' needs the employer's address, where it is served: add `employer_address:` under `campaign:`
bargain: campaign.yaml:6:5: the intent-to-strike letter for 'notice' needs the bargaining units that give notice: list them under `units:`, each with its `id:` and `name:`
bargain: nothing written; give --draft to write it with a placeholder for each missing value

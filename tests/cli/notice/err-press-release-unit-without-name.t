# The press release names the units when it names their affiliate ("... is an affiliate of ..."): a unit without a name is then an error at the unit (exit 2); without an affiliate the release needs no unit names.
--- file campaign.yaml
bargain: 1
campaign: {name: Test}
units:
  - {id: l1}
affiliate: AFSCME Council 31
events:
  - {id: rally, kind: rally, title: Rally, date: 2020-02-04}
--- run
bargain notice campaign.yaml rally --template press-release; echo "exit $?"
sed -i '/^affiliate:/d' campaign.yaml
bargain notice campaign.yaml rally --template press-release | sed -n 6,7p
--- stdout
exit 2
Union members will rally on Tuesday, February 4, 2020, to call for a
fair contract.
--- stderr
bargain: campaign.yaml:4:5: the press release for 'rally' names each unit, and unit 'l1' has no name: add `name:` to it
bargain: nothing written; give --draft to write it with a placeholder for each missing value

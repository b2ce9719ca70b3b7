# A closed quoted value of 5 MB is read (it used to be called "never closed" past 4 MiB); an unclosed one is still an error at its line and column.
--- run
python3 -c "open('long.yaml','w').write('bargain: 1\ncampaign: {name: \"' + 'a' * 5000000 + '\"}\n')"
python3 -c "open('open.yaml','w').write('bargain: 1\ncampaign: {name: \"' + 'a' * 100 + '}\n')"
bargain check long.yaml
bargain check open.yaml
--- stdout
long.yaml: ok: 0 dated items, 0 votes, 0 ballot and roster files
--- stderr
bargain: open.yaml:2:18: this quoted value is never closed (a quote is missing)
  |
2 | campaign: {name: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...
  |                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
--- exit 2

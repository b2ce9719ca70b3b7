# 20,000 columns: a roster header or a ballot row that wide is refused at its place; a YAML ballot with 20,000 answers is refused; a campaign with 20,000 unknown keys reports the first 100 and how many more.
--- file ballots.csv
voter,accept
V1,yes
--- run
seq 1 20000 | sed 's/^/c/; 1s/.*/voter/' | paste -sd, - > roster.csv
bargain tally ballots.csv --roster roster.csv 2>&1; echo "exit $?"
{ echo voter,accept; seq 1 20000 | sed 's/.*/yes/' | paste -sd, -; } > row.csv
bargain tally row.csv 2>&1; echo "exit $?"
python3 -c "print('ballots:\n  - {voter: V1, ' + ', '.join(f'q{i}: yes' for i in range(20000)) + '}')" > wide.yaml
bargain tally wide.yaml 2>&1; echo "exit $?"
python3 -c "print('bargain: 1\ncampaign: {name: x, ' + ', '.join(f'k{i}: y' for i in range(20000)) + '}')" > campaign.yaml
bargain check campaign.yaml > check.txt 2>&1; echo "exit $?"
grep '^bargain:' check.txt | head -2; tail -1 check.txt; grep -c '^bargain:' check.txt
--- stdout
bargain: roster.csv:1:23473: more than 4096 fields in one row
exit 2
bargain: row.csv:2:16385: more than 4096 fields in one row
exit 2
bargain: wide.yaml:2:118895: this entry has more than 20000 values
exit 2
exit 2
bargain: campaign.yaml:2:21: unknown key 'k0' in campaign
bargain: campaign.yaml:2:28: unknown key 'k1' in campaign
bargain: 19,900 more problems not shown; fix the first 100 and run again
101

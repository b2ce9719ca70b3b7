# Under uk-2016-ips 4 papers of 10 miss the 50% turnout, however they voted; s.231 (f) says no and (g) says whether yes reached 40% of those entitled.
--- run
{ echo voter; seq 1 10 | sed 's/^/M/'; } > roster.csv
printf 'voter,strike\nM1,yes\nM2,yes\nM3,yes\nM4,yes\n' > ballots.csv
bargain tally ballots.csv --roster roster.csv --rule uk-2016-ips --certificate c.md > /dev/null; echo "exit $?"
sed -n '/^## Result$/,/^## Electorate/p' c.md
--- stdout
exit 0
## Result

FAILED: 4 yes, 0 no, 40.0% turnout, short of the rule: it needs turnout of at least 1/2 of eligible voters.

| | votes | share |
|---|---:|---:|
| Yes | 4 | 100.0% of valid |
| No | 0 | 0.0% of valid |
| Abstain | 0 |  |
| Blank | 0 |  |
| Void (spoiled) | 0 |  |
| Valid (yes and no) | 4 |  |
| Cast | 4 | 40.0% of 10 eligible |

The rule: uk-2016-ips: turnout of at least 1/2 of eligible voters; more than 1/2 of valid votes; yes votes from at least 40% of eligible voters. It is decided by whole numbers, each side multiplied out, never by rounded percentages:

| requirement | arithmetic |  |
|---|---|---|
| turnout of at least 1/2 of eligible voters | cast × 2 ≥ eligible × 1: 4 × 2 = 8 \< 10 × 1 = 10 | not met |
| more than 1/2 of valid votes | yes × 2 \> valid × 1: 4 × 2 = 8 \> 4 × 1 = 4 | met |
| yes votes from at least 40% of eligible voters | yes × 100 ≥ eligible × 40: 4 × 100 = 400 ≥ 10 × 40 = 400 | met |

No ballots were challenged.

As the Trade Union and Labour Relations (Consolidation) Act 1992, section 231, requires:

| | statement |  |
|---|---|---:|
| (a) | the number of individuals who were entitled to vote in the ballot | 10 |
| (b) | the number of votes cast in the ballot | 4 |
| (c) | the number of individuals answering "Yes" to the question | 4 |
| (d) | the number of individuals answering "No" to the question | 0 |
| (e) | the number of spoiled or otherwise invalid voting papers returned | 0 |
| (f) | whether the number of votes cast is at least 50% of the number entitled to vote | no |
| (g) | whether the number answering "Yes" is at least 40% of the number entitled to vote (section 226(2B) applies) | yes |

## Electorate and ballots

# The SOS last-best-offer vote's result certificate as .md, with the audit file's sha256: the rule's arithmetic on the real numbers, the electorate, each set-aside reason, every file with its sha256, paths relative to the certificate.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos && mkdir results
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate results/lbo.md --audit results/audit.csv > /dev/null; echo "exit $?"
cat results/lbo.md
--- stdout
exit 0
# Certificate of the result

| |  |
|---|---|
| Vote | lbo-vote |
| Question | Do you accept the employer's last, best offer? |
| Rule | majority: more than 1/2 of valid votes |
| Result | FAILED |

## Result

FAILED: rejected by a 2-to-1 margin (152 no, 76 yes), 91% turnout.

| | votes | share |
|---|---:|---:|
| Yes | 76 | 33.3% of valid |
| No | 152 | 66.7% of valid |
| Abstain | 3 |  |
| Blank | 1 |  |
| Void (spoiled) | 0 |  |
| Valid (yes and no) | 228 |  |
| Cast | 232 | 91% of 255 eligible |

The rule: majority: more than 1/2 of valid votes. It is decided by whole numbers, each side multiplied out, never by rounded percentages:

| requirement | arithmetic |  |
|---|---|---|
| more than 1/2 of valid votes | yes × 2 \> valid × 1: 76 × 2 = 152 ≤ 228 × 1 = 228 | not met |

No ballots were challenged.

## Electorate and ballots

| | number |  |
|---|---:|---|
| Entitled to vote | 255 | the roster, ../roster.csv |
| Ballot records received | 235 |  |
| Set aside: a voter's other ballots | 2 | the first ballot of a voter counts |
| Set aside: outside the voting window | 1 |  |
| Set aside: not on the roster | 0 |  |
| Challenged (sealed, not counted) | 0 |  |
| Counted | 232 |  |

## Files counted

A file whose sha256 differs is not the file that was counted.

| file | what | records | sha256 |
|---|---|---:|---|
| ../ballots/lbo-vote.csv | ballots | 235 | 1d708b87a32383311a3dd5bd0262b9f43d31b61cc0cdc5de12f1621badeb616e |
| ../roster.csv | roster | 255 | a392873b4cb80ca704d21f6c5ee27d88ef19891a5e36060268fe2477b3641d6f |
| audit.csv | audit | 3 | fbfdd2763f9da5ebcaa0267b98ba84e8beca33790b22ec172d67af8020761303 |

## Counted with

| |  |
|---|---|
| rule | majority |
| voting window | from 2020-01-13T07:00 to 2020-01-17T19:00 (America/Chicago) |
| duplicates | the first ballot of a voter counts |
| units | ifpe-4408, ifise-4407 |
| question | accept |
| program | bargain 0.1.0 |

Anyone can recount this result from the files above: `bargain verify` reads the JSON certificate (`tally --certificate FILE.json`), checks every file's sha256, counts again with these options and compares every number.

## Election committee

We certify that this is the result of the vote, counted as shown above.


\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_ Date: \_\_\_\_\_\_\_\_\_\_\
Name:


\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_ Date: \_\_\_\_\_\_\_\_\_\_\
Name:


\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_ Date: \_\_\_\_\_\_\_\_\_\_\
Name:

# Two sealed challenged ballots against a margin of one are determinative: the certificate shows the count with them all yes and all no.
--- run
{ echo voter; seq 1 9 | sed 's/^/M/'; } > roster.csv
{ echo voter,accept; for i in 1 2 3 4 5; do echo M$i,yes; done; for i in 6 7 8 9; do echo M$i,no; done; echo X1,no; echo X2,no; } > ballots.csv
bargain tally ballots.csv --roster roster.csv --challenge-unlisted --certificate c.txt > /dev/null; echo "exit $?"
sed -n '/^Result$/,/^Electorate/p' c.txt
--- stdout
exit 0
Result
------
UNDETERMINED: 2 challenged ballots could decide it (5 yes, 4 no);
              resolve the challenges before announcing.

  Yes                 5      55.6% of valid
  No                  4      44.4% of valid
  Abstain             0
  Blank               0
  Void (spoiled)      0
  Valid (yes and no)  9
  Cast                9  100% of 9 eligible

The rule: majority: more than 1/2 of valid votes. It is decided by whole
numbers, each side multiplied out, never by rounded percentages:

  requirement                   arithmetic
  more than 1/2 of valid votes  yes × 2 > valid × 1: 5 × 2 = 10 > 9 × 1 = 9  met

2 ballots were challenged and sealed, not opened or counted. The margin
between yes and no is 1. Counted all as yes and then all as no:

  if the challenged ballots were  arithmetic                                               result
  all 2 yes                       yes × 2 > valid × 1: 7 × 2 = 14 > 11 × 1 = 11 (met)      carried
  all 2 no                        yes × 2 > valid × 1: 5 × 2 = 10 ≤ 11 × 1 = 11 (not met)  failed

The challenged ballots are determinative: the result is undetermined
until they are resolved.

Electorate and ballots
--- stderr
bargain: warning: 2 of the 11 ballot records (18.2%) are not counted: 2 challenged; --audit FILE lists them

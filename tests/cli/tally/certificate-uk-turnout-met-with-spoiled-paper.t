# Under uk-2016 a spoiled paper counts as voting: 5 of 10 returned with one spoiled meets the 50% turnout, and the certificate states TULRCA s.231 (a)-(f).
--- run
{ echo voter; seq 1 10 | sed 's/^/M/'; } > roster.csv
printf 'voter,strike\nM1,yes\nM2,yes\nM3,yes\nM4,no\nM5,spoilt\n' > ballots.csv
bargain tally ballots.csv --roster roster.csv --rule uk-2016 --certificate c.txt > /dev/null; echo "exit $?"
sed -n '/^Result$/,/^Electorate/p' c.txt
--- stdout
exit 0
Result
------
CARRIED: approved by a 3-to-1 margin (3 yes, 1 no), 50.0% turnout.

  Yes                 3        75.0% of valid
  No                  1        25.0% of valid
  Abstain             0
  Blank               0
  Void (spoiled)      1
  Valid (yes and no)  4
  Cast                5  50.0% of 10 eligible

The rule: uk-2016: turnout of at least 1/2 of eligible voters; more than
1/2 of valid votes. It is decided by whole numbers, each side multiplied
out, never by rounded percentages:

  requirement                                 arithmetic
  turnout of at least 1/2 of eligible voters  cast × 2 ≥ eligible × 1: 5 × 2 = 10 ≥ 10 × 1 = 10  met
  more than 1/2 of valid votes                yes × 2 > valid × 1: 3 × 2 = 6 > 4 × 1 = 4         met

No ballots were challenged.

As the Trade Union and Labour Relations (Consolidation) Act 1992,
section 231, requires:

  (a)  the number of individuals who were entitled to vote in the ballot                 10
  (b)  the number of votes cast in the ballot                                             5
  (c)  the number of individuals answering "Yes" to the question                          3
  (d)  the number of individuals answering "No" to the question                           1
  (e)  the number of spoiled or otherwise invalid voting papers returned                  1
  (f)  whether the number of votes cast is at least 50% of the number entitled to vote  yes

Electorate and ballots
--- stderr
bargain: ballots.csv:1:7: warning: 1 of the 5 answers to 'strike' (20%) is void: each word is on one ballot only, so none is shown (a report must not show what one voter wrote); the ballot file has them

# Under a UK rule the result notice states TULRCA s.231 (a)-(g): a spoiled paper counts as voting, and (g) appears only where the 40% rule applies.
--- file campaign.yaml
bargain: 1
campaign:
  name: Northern hospitals pay dispute
  timezone: Europe/London
units:
  - {id: porters, name: Hospital porters, short: Porters}
votes:
  - id: strike-ballot
    kind: strike-authorization
    question: Are you prepared to take part in strike action?
    opens: 2026-03-02T09:00
    closes: 2026-03-30T12:00
    units: [porters]
    roster: roster.csv
    ballots: ballots.csv
    rule: uk-2016-ips
--- run
{ echo voter,unit; seq 1 10 | sed 's/^/P/; s/$/,porters/'; } > roster.csv
{ echo voter,strike-ballot,cast_at; for i in 1 2 3 4; do echo P$i,yes,2026-03-10T10:00; done; echo P5,no,2026-03-11T10:00; echo P6,spoilt,2026-03-12T10:00; } > ballots.csv
bargain notice campaign.yaml strike-ballot 2>/dev/null; echo "exit $?"
sed -i 's/uk-2016-ips/uk-2026/' campaign.yaml
bargain notice campaign.yaml strike-ballot 2>/dev/null | grep -c '(g)'
--- stdout
Northern hospitals pay dispute

RESULT OF THE VOTE
Monday, March 30, 2026

Are you prepared to take part in strike action?

The motion carried. In a vote that closed on Monday, March 30, 2026,
union members overwhelmingly authorized a strike.

Of 10 members entitled to vote, 6 voted (60.0%). 4 voted yes and 1 no; 0
abstained, 0 left the question blank and 1 spoiled their ballot.

The rule the vote had to meet: turnout of at least 1/2 of eligible
voters; more than 1/2 of valid votes; yes votes from at least 40% of
eligible voters.

As section 231 of the Trade Union and Labour Relations (Consolidation)
Act 1992 requires:

  (a) individuals entitled to vote in the ballot: 10
  (b) votes cast in the ballot: 6
  (c) individuals answering "Yes": 4
  (d) individuals answering "No": 1
  (e) spoiled or otherwise invalid voting papers returned: 1
  (f) the number of votes cast was at least 50% of the number entitled
    to vote
  (g) the number answering "Yes" was at least 40% of the number entitled
    to vote

For Porters
exit 0
0
--- exit 1

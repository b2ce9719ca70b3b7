# A rule that counts eligible voters, by unit, needs a roster that says each voter's unit.
--- file roster.csv
voter
V1
V2
--- file ballots.csv
voter,unit,accept
V1,A,yes
V2,A,yes
--- run
bargain tally ballots.csv --roster roster.csv --by-unit --rule uk-2016
--- stderr
bargain: the rule 'uk-2016' needs the number of eligible voters in unit 'A': give a roster with a unit column
--- exit 2

# A roster pasted together from two sheets has two voter columns (voter and Voter) or two unit columns: which one to read is not guessed.
--- file roster.csv
voter,unit,Name,Voter
V0001,local-4408,,V0001
V0002,local-4408,,V0002
--- file units.csv
voter,Unit,Department,unit
V0001,local-4408,Paraprofessionals,local-4408
V0002,local-4408,Paraprofessionals,local-4408
--- file ballots.csv
voter,accept
V0001,no
V0002,yes
--- run
bargain tally ballots.csv --roster roster.csv
bargain tally ballots.csv --roster units.csv
--- stderr
bargain: roster.csv:1:17: two columns are the roster's 'voter' column: 'voter' and 'Voter'
bargain: units.csv:1:23: two columns are the roster's 'unit' column: 'Unit' and 'unit'
--- exit 2

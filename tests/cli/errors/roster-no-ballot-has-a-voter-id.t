# With a roster, a ballot file whose voter column is empty on every row (the ids are in Member ID) cannot be checked against it: refused, naming its columns and suggesting a mapping.
--- file roster.csv
voter,unit
E00032,local-4408
E00040,local-4408
--- file ballots.csv
voter,Member ID,accept
,E00032,no
,E00040,yes
--- run
bargain tally ballots.csv --roster roster.csv
--- stderr
bargain: ballots.csv:1:1: no ballot record has a voter id, so none can be checked against the roster roster.csv; the columns are: voter, Member ID, accept. Map the column that holds each voter's id: --column voter=voter (or columns: {voter: voter} in the campaign vote)
--- exit 2

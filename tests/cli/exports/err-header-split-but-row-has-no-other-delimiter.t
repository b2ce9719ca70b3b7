# When the header holds another delimiter but the ragged row does not, the row's message says the header holds it too; a row whose other delimiter is inside quotes, and a file where nothing holds another delimiter, get the plain message.
--- file a.csv
voter;accept,strike
V1
--- file b.csv
voter,accept
V1,"yes;no",x
--- file c.csv
voter,accept
V1
--- run
bargain tally a.csv; echo "exit $?"
bargain tally b.csv; echo "exit $?"
bargain tally c.csv
--- stdout
exit 2
exit 2
--- stderr
bargain: a.csv:2:1: this row has 1 field but the header has 2: the header was split at commas but also holds semicolons: if that is the file's delimiter, --delimiter semicolon (or delimiter: semicolon in the campaign vote)
bargain: b.csv:2:13: this row has 3 fields but the header has 2
bargain: c.csv:2:1: this row has 1 field but the header has 2
--- exit 2

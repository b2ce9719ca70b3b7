# A second header in another case (another vendor's export appended) is still a header, not a void ballot.
--- file joined.csv
voter,accept
V1,yes
VOTER , Accept
V2,no
--- run
bargain tally joined.csv; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: joined.csv:3:1: this row repeats the header: are two exports joined here? Keep one header row, at the top

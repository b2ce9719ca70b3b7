# A "Name" column read as a question has a different word on every ballot: the refusal says so
# and how to map it, and never quotes the cells (they are who voted).
--- file ballots.csv
voter,Name,accept
V1,Member A Lee,yes
V2,Member B Lee,no
V3,Member C Lee,yes
V4,Member D Lee,no
V5,Member E Lee,yes
V6,Member F Lee,no
V7,Member G Lee,yes
V8,Member H Lee,no
V9,Member I Lee,yes
V10,Member J Lee,no
V11,Member K Lee,yes
V12,Member L Lee,no
--- run
bargain tally ballots.csv; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: ballots.csv:1:7: 'Name' is read as a question, but nearly every one of its 12 answers is different, as names and ids are: if it holds each voter's id, map it: --column voter=Name (or columns: {voter: Name} in the campaign vote); if it is not a question, count only the vote's question: --question ID (in a campaign vote, column: ID)

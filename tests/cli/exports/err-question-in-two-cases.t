# "Accept" in one file and "accept" in another would be two questions, each with part of the
# ballots (and two results): refused at the second.
--- file a1.csv
voter,Accept
V1,yes
V2,yes
--- file a2.csv
voter,accept
V3,no
V4,no
V5,no
--- run
bargain tally a1.csv a2.csv; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: a2.csv:1:7: the question 'accept' is 'Accept' in a1.csv (line 1): they would be counted as two questions, each with part of the ballots. Name it the same in every file

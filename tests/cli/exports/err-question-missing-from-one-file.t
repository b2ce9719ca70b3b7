# The vote's question must be in every file: a paper file whose header lost its "?" would
# otherwise count for nothing, silently. Refused at that file's header, with did-you-mean.
--- file online.csv
Member ID,Do you accept the offer?
M1,yes
M2,no
M3,yes
--- file paper.csv
Member ID,Do you accept the offer
M4,no
M5,no
--- run
bargain tally online.csv paper.csv --column voter="Member ID" --question "Do you accept the offer?"; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: paper.csv:1:1: this file has no question 'Do you accept the offer?', so its ballots would count for nothing; its questions are: Do you accept the offer. Name the question the same in every file, or count this file on its own
   = help: did you mean 'Do you accept the offer'?

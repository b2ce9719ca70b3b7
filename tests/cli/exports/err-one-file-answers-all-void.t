# One file writes its answers "For" and "Against": not one of its answers is valid although the
# other file's are. Its ballots would all be void and the result wrong: refused at that file.
--- file online.csv
voter,accept
V1,yes
V2,no
V3,yes
V4,no
--- file paper.csv
voter,accept
V5,For
V6,For
V7,Against
--- run
bargain tally online.csv paper.csv; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: paper.csv:1:7: not one of the 3 answers to 'accept' in this file is yes or no, though the other files' answers are: the words found in all the files are For: 2, Against: 1. Map them to answers: --answer For=yes --answer Against=no (or answers: {yes: [For], no: [Against]} in the campaign vote)

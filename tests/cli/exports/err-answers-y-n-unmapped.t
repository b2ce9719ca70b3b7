# An export whose answers are Y/N (as the vendor writes them, in any case): not one answer is yes or no, so the count is refused at the question's header, listing the words with their counts and the --answer mapping.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,Y
M1002,2026-03-02 09:20,N
M1003,2026-03-02 10:01,Y
M1004,2026-03-02 10:30,y
M1005,2026-03-02 10:31,
M1006,2026-03-02 11:02,N
M1007,2026-03-02 11:40,Y
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At"
--- stderr
bargain: ballots.csv:1:24: not one of the 7 answers to 'Do you accept the offer?' is yes or no: the words found are Y: 4, N: 2. Map them to answers: --answer Y=yes --answer N=no (or answers: {yes: ["Y"], no: ["N"]} in the campaign vote)
--- exit 2

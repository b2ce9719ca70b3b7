# An export whose answers are 1/0 (one written with a leading blank): not one answer is yes or no, so the count is refused at the question's header, listing the words with their counts and the --answer mapping.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,1
M1002,2026-03-02 09:20,0
M1003,2026-03-02 10:01,1
M1004,2026-03-02 10:30, 1
M1005,2026-03-02 10:31,
M1006,2026-03-02 11:02,0
M1007,2026-03-02 11:40,1
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At"
--- stderr
bargain: ballots.csv:1:24: not one of the 7 answers to 'Do you accept the offer?' is yes or no: the words found are 1: 4, 0: 2. Map them to answers: --answer 1=yes --answer 0=no (or answers: {yes: [1], no: [0]} in the campaign vote)
--- exit 2

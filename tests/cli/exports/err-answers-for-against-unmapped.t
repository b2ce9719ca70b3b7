# An export whose answers are For/Against (as the vendor writes them, in any case): not one answer is yes or no, so the count is refused at the question's header, listing the words with their counts and the --answer mapping.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,For
M1002,2026-03-02 09:20,Against
M1003,2026-03-02 10:01,For
M1004,2026-03-02 10:30,FOR
M1005,2026-03-02 10:31,
M1006,2026-03-02 11:02,Against
M1007,2026-03-02 11:40,For
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At"
--- stderr
bargain: ballots.csv:1:24: not one of the 7 answers to 'Do you accept the offer?' is yes or no: the words found are For: 4, Against: 2. Map them to answers: --answer For=yes --answer Against=no (or answers: {yes: [For], no: [Against]} in the campaign vote)
--- exit 2

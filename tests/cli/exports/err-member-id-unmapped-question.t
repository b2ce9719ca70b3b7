# An unmapped 'Member ID' column (no roster) is read as a question whose cells are all different: refused at its header with the voter mapping as the hint. With an unmapped 'Date Voted' as well, both are reported.
--- file ballots.csv
Member ID,Do you accept the offer?
M1001,yes
M1002,no
M1003,yes
--- file export.csv
Member ID,Date Voted,Do you accept the offer?
M1001,2026-03-02 09:15,yes
M1002,2026-03-02 09:20,no
--- run
bargain tally ballots.csv
echo "exit $?"
bargain tally export.csv
--- stdout
exit 2
--- stderr
bargain: ballots.csv:1:1: 'Member ID' is read as a question, but its cells are all different, as voter ids are: if it holds each voter's id, map it: --column voter="Member ID" (or columns: {voter: Member ID} in the campaign vote)
bargain: export.csv:1:1: 'Member ID' is read as a question, but its cells are all different, as voter ids are: if it holds each voter's id, map it: --column voter="Member ID" (or columns: {voter: Member ID} in the campaign vote)
bargain: export.csv:1:11: 'Date Voted' is read as a question, but its cells are dates and times: if it says when each ballot was cast, map it: --column cast_at="Date Voted" (or columns: {cast_at: Date Voted} in the campaign vote)
--- exit 2

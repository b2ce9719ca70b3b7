# A note typed into a column whose header is empty ('see note', in column 6 of line 3) is not ignored with the empty columns: an error at that cell, saying to name the column or remove the cell.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?,,,,
M1001,2026-03-02 09:15,yes,,,,
M1002,2026-03-02 09:20,no,,,see note,
M1003,2026-03-02 10:01,yes,,,,
,,,,,,
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At"
--- stderr
bargain: ballots.csv:3:29: this cell is in column 6, which has no name in the header: name the column, or remove the cell
--- exit 2

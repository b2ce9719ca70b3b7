# A hand-edited export with two bad rows: line 3 lost its answer cell (2 fields) and line 5 has an unquoted comma in its answer (4 fields). Both are reported, one line each, at the row's last field and at its first extra field, and nothing is counted.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,yes
M1002,2026-03-02 09:20
M1003,2026-03-02 10:01,yes
M1004,2026-03-02 10:02,Yes, I accept
M1005,2026-03-02 10:30,no
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At"
--- stderr
bargain: ballots.csv:3:7: this row has 2 fields but the header has 3
bargain: ballots.csv:5:28: this row has 4 fields but the header has 3
--- exit 2

# An unmapped 'Date Voted' column is read as a question whose cells are all dates and times: refused at its header with the cast_at mapping as the hint, not with a list of "words" to map to answers.
--- file ballots.csv
voter,Date Voted,Do you accept the offer?
M1001,2026-03-02 09:15,yes
M1002,2026-03-02 09:20,no
M1003,2026-03-02T10:01:00Z,yes
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:1:7: 'Date Voted' is read as a question, but its cells are dates and times: if it says when each ballot was cast, map it: --column cast_at="Date Voted" (or columns: {cast_at: Date Voted} in the campaign vote)
--- exit 2

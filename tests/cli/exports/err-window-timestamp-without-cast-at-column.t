# A Google Forms export (Timestamp, Email Address) counted with --opens/--closes: the file has no cast_at column, so the window cannot be applied; refused at 1:1, listing the columns and the --column cast_at=Timestamp mapping.
--- file responses.csv
Timestamp,Email Address,Do you accept the offer?
2026-03-02 09:15:04,ada@example.org,Yes
2026-03-02 17:20:41,joe@example.org,No
2026-03-05 00:30:12,linh@example.org,No
--- run
bargain tally responses.csv --column voter="Email Address" --opens 2026-03-02 --closes 2026-03-04
--- stderr
bargain: responses.csv:1:1: the count has a voting window (--opens/--closes, or the vote's opens: and closes:) but this file has no cast_at column, so the window cannot be applied to it; its columns are: Timestamp, Email Address, Do you accept the offer?. Map the column that says when each ballot was cast: --column cast_at=Timestamp (or columns: {cast_at: Timestamp} in the campaign vote)
--- exit 2

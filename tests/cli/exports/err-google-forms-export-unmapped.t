# A Google Forms export counted as it comes: its Timestamp (in the form's own format), Email Address
# and Comments columns are read as questions with no valid answer. Each refusal says what the column
# looks like and how to map it, or to count only the vote's question; no time or address is quoted.
--- file forms.csv
"Timestamp","Email Address","Do you ratify the tentative agreement?","Comments"
"2026/03/10 9:14:03 AM CST","a@x.org","Yes",""
"2026/03/10 9:20:44 AM CST","b@x.org","No","too low"
"2026/03/10 9:31:10 AM CST","c@x.org","Yes",""
--- run
bargain tally forms.csv; echo "exit $?"
bargain tally forms.csv --question "Do you ratify the tentative agreement?" --column voter="Email Address" | head -n 3; echo "exit $?"
--- stdout
exit 2
Tally of 3 ballot records from 1 file
  forms.csv: 3 records, sha256 742ae52f31396e7a
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
exit 0
--- stderr
bargain: forms.csv:1:1: 'Timestamp' is read as a question, but its header and cells look like times: if it says when each ballot was cast, map it: --column cast_at=Timestamp (or columns: {cast_at: Timestamp} in the campaign vote) (bargain reads times as YYYY-MM-DDTHH:MM, with Z or +HH:MM when not in the vote's zone)
bargain: forms.csv:1:13: 'Email Address' is read as a question, but its cells are all different, as voter ids are: if it holds each voter's id, map it: --column voter="Email Address" (or columns: {voter: Email Address} in the campaign vote)
bargain: forms.csv:1:70: not one of the 3 answers to 'Comments' is yes or no: the words found are too low: 1. Map them to answers: --answer "too low=yes|no|abstain" (or answers: {yes|no|abstain: [too low]} in the campaign vote); if it is not a question, count only the vote's question: --question ID (in a campaign vote, column: ID)

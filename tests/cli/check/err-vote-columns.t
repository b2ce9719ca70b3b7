# columns: and roster_columns: map the export's headers: an unknown column (with a did-you-mean and the list), a column of the other kind of file, a header given to two columns, an empty header and a value that is not text are errors at their place; headers may be any text, a number included.
--- file campaign.yaml
bargain: 1
campaign: {name: Columns}
votes:
  - id: lbo-vote
    question: Do you accept the offer?
    ballots: export.csv
    column: "Do you accept the offer?"
    columns: {votr: ID, option: Choice, unit: Member ID, ballot: Member ID, cast_at: ""}
    roster_columns: {voter: [a, b], ballot: Serial}
  - id: totals-vote
    question: Do you accept the offer?
    totals: vendor.csv
    columns: {question: QuestionID, voter: Member ID, opton: OptionName}
  - id: nothing
    question: Q
    columns: voter
--- file fixed.yaml
bargain: 1
campaign: {name: Columns}
votes:
  - id: lbo-vote
    question: Do you accept the offer?
    ballots: export.csv
    column: "Do you accept the offer?"
    columns: {voter: Member ID, ballot: 12, unit: Local, cast_at: Date Voted}
    roster_columns: {voter: Employee Number, unit: Local}
  - id: totals-vote
    question: Do you accept the offer?
    totals: vendor.csv
    columns: {question: QuestionID, option: OptionName, votes: Votes, unit: Local}
--- file export.csv
Member ID,12,Local,Date Voted,Do you accept the offer?
M1,C1,L1,2020-01-14T10:00,Yes
--- file vendor.csv
QuestionID,OptionName,Votes,Local
totals-vote,Yes,3,L1
totals-vote,No,1,L1
--- run
bargain check campaign.yaml; echo "exit $?"
bargain check fixed.yaml
--- stdout
exit 2
fixed.yaml: ok: 0 dated items, 2 votes, 2 ballot and roster files
--- stderr
bargain: campaign.yaml:8:15: unknown key 'votr' in columns; a ballot file's columns are voter, ballot, unit and cast_at
  |
8 |     columns: {votr: ID, option: Choice, unit: Member ID, ballot: Member ID, cast_at: ""}
  |               ^^^^
  = help: did you mean 'voter'?
bargain: campaign.yaml:8:25: 'option' is a column of a vendor's totals, and this vote is not counted from totals; a ballot file's columns are voter, ballot, unit and cast_at
  |
8 |     columns: {votr: ID, option: Choice, unit: Member ID, ballot: Member ID, cast_at: ""}
  |                         ^^^^^^
bargain: campaign.yaml:8:66: the header 'Member ID' is mapped to two columns, 'unit' (by columns: unit (campaign.yaml:8)) and 'ballot'
  |
8 |     columns: {votr: ID, option: Choice, unit: Member ID, ballot: Member ID, cast_at: ""}
  |                                                                  ^^^^^^^^^
bargain: campaign.yaml:8:86: the 'cast_at' column is mapped to an empty header
  |
8 |     columns: {votr: ID, option: Choice, unit: Member ID, ballot: Member ID, cast_at: ""}
  |                                                                                      ^^
bargain: campaign.yaml:9:29: expected text, found a list
  |
9 |     roster_columns: {voter: [a, b], ballot: Serial}
  |                             ^^^^^^
bargain: campaign.yaml:9:37: unknown key 'ballot' in roster_columns; a roster's columns are voter and unit
  |
9 |     roster_columns: {voter: [a, b], ballot: Serial}
  |                                     ^^^^^^
bargain: campaign.yaml:13:37: 'voter' is a column of ballot files, and this vote is counted from totals; a totals file's columns are question, option, votes and unit
   |
13 |     columns: {question: QuestionID, voter: Member ID, opton: OptionName}
   |                                     ^^^^^
bargain: campaign.yaml:13:55: unknown key 'opton' in columns; a totals file's columns are question, option, votes and unit
   |
13 |     columns: {question: QuestionID, voter: Member ID, opton: OptionName}
   |                                                       ^^^^^
   = help: did you mean 'option'?
bargain: campaign.yaml:16:14: columns: expected the export's header for each column, like {voter: Member ID}, found text
   |
16 |     columns: voter
   |              ^^^^^
bargain: vendor.csv:1:1: the totals file has no 'option' column; its columns are: QuestionID, OptionName, Votes, Local. Map it with --column option=OptionName (or columns: {option: OptionName} in the campaign vote)
  |
1 | QuestionID,OptionName,Votes,Local
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

# The same exports without the campaign's mappings: every refusal says which mapping to add, in the
# campaign's words (columns:, roster_columns:, answers:).
--- run
cp "$EXAMPLES"/exports/*.csv .
cat > campaign.yaml <<'YAML'
bargain: 1
campaign: {name: Unmapped, timezone: America/Chicago}
votes:
  - id: offer-vote
    question: Do you accept the employer's offer?
    opens: 2020-01-13T07:00
    closes: 2020-01-17T19:00
    ballots: [online.csv, in-person.csv]
    column: "Do you accept the employer's offer?"
    roster: payroll-roster.csv
YAML
bargain check campaign.yaml --today 2020-03-01; echo "exit $?"
sed -i 's/^    roster: payroll-roster.csv$/    roster: payroll-roster.csv\n    roster_columns: {voter: Employee Number}/' campaign.yaml
bargain check campaign.yaml --today 2020-03-01; echo "exit $?"
sed -i 's/^    roster_columns: {voter: Employee Number}$/    roster_columns: {voter: Employee Number}\n    columns: {voter: Member ID, cast_at: Submitted At}/' campaign.yaml
bargain check campaign.yaml --today 2020-03-01; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
bargain: payroll-roster.csv:1:1: the roster has no 'voter' column; its columns are: Employee Number, Name, Department. Map the column that holds each voter's id: --roster-column voter="Employee Number" (or roster_columns: {voter: Employee Number} in the campaign vote)
bargain: online.csv:1:1: the count has a voting window (--opens/--closes, or the vote's opens: and closes:) but this file has no cast_at column, so the window cannot be applied to it; its columns are: Member ID, Confirmation, Submitted At, Do you accept the employer's offer?. Map the column that says when each ballot was cast: --column cast_at="Submitted At" (or columns: {cast_at: Submitted At} in the campaign vote)
bargain: online.csv:1:1: a roster is given but this file has no voter column, so none of its ballots can be checked against the roster; its columns are: Member ID, Confirmation, Submitted At, Do you accept the employer's offer?. Map the column that holds each voter's id: --column voter="Member ID" (or columns: {voter: Member ID} in the campaign vote)
bargain: in-person.csv:1:1: the count has a voting window (--opens/--closes, or the vote's opens: and closes:) but this file has no cast_at column, so the window cannot be applied to it; its columns are: Member ID, Submitted At, Do you accept the employer's offer?. Map the column that says when each ballot was cast: --column cast_at="Submitted At" (or columns: {cast_at: Submitted At} in the campaign vote)
bargain: in-person.csv:1:1: a roster is given but this file has no voter column, so none of its ballots can be checked against the roster; its columns are: Member ID, Submitted At, Do you accept the employer's offer?. Map the column that holds each voter's id: --column voter="Member ID" (or columns: {voter: Member ID} in the campaign vote)
bargain: online.csv:1:1: the count has a voting window (--opens/--closes, or the vote's opens: and closes:) but this file has no cast_at column, so the window cannot be applied to it; its columns are: Member ID, Confirmation, Submitted At, Do you accept the employer's offer?. Map the column that says when each ballot was cast: --column cast_at="Submitted At" (or columns: {cast_at: Submitted At} in the campaign vote)
bargain: online.csv:1:1: a roster is given but this file has no voter column, so none of its ballots can be checked against the roster; its columns are: Member ID, Confirmation, Submitted At, Do you accept the employer's offer?. Map the column that holds each voter's id: --column voter="Member ID" (or columns: {voter: Member ID} in the campaign vote)
bargain: in-person.csv:1:1: the count has a voting window (--opens/--closes, or the vote's opens: and closes:) but this file has no cast_at column, so the window cannot be applied to it; its columns are: Member ID, Submitted At, Do you accept the employer's offer?. Map the column that says when each ballot was cast: --column cast_at="Submitted At" (or columns: {cast_at: Submitted At} in the campaign vote)
bargain: in-person.csv:1:1: a roster is given but this file has no voter column, so none of its ballots can be checked against the roster; its columns are: Member ID, Submitted At, Do you accept the employer's offer?. Map the column that holds each voter's id: --column voter="Member ID" (or columns: {voter: Member ID} in the campaign vote)
bargain: online.csv:1:37: not one of the 110 answers to 'Do you accept the employer's offer?' is yes or no: the words found are Against: 50, For: 27, Contre: 20, Pour: 10. Map them to answers: --answer Against=no --answer For=yes --answer Contre=no --answer Pour=yes (or answers: {yes: [For, Pour], no: [Against, Contre]} in the campaign vote)

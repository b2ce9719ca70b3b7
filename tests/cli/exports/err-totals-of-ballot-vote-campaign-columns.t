# --totals with a campaign vote whose columns: map ballot-file columns (voter, ballot, cast_at) is refused at the campaign's line, naming the vote's key, not a --column the user never wrote; a --column on the command line is named as written.
--- file campaign.yaml
bargain: 1
campaign: {name: Westside}
votes:
  - id: offer-vote
    question: Do you accept?
    ballots: [online.csv]
    columns: {voter: Member ID, cast_at: Submitted At}
--- file online.csv
Member ID,Submitted At,accept
E1,2020-01-14 10:00,yes
--- file totals.csv
question,option,votes
accept,yes,50
accept,no,40
--- run
bargain tally --campaign campaign.yaml --vote offer-vote --totals totals.csv; echo "exit $?"
bargain tally --totals totals.csv --column voter="Member ID"; echo "exit $?"
bargain tally online.csv --column votes=Count
--- stdout
exit 2
exit 2
--- stderr
bargain: campaign.yaml:7:22: the vote's columns: voter maps 'voter', a column of ballot files, but --totals counts a vendor's totals: count the vote from its ballots, or tally the totals without --campaign and --vote
bargain: --column voter=Member ID: 'voter' is a column of ballot files, not of a vendor's totals
bargain: --column votes=Count: 'votes' is a column of a vendor's totals (with --totals), not of ballot files
--- exit 2

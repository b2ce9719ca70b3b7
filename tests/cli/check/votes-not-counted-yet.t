# Ballot files that are not there yet are a note on stdout while the vote is open as of --today (its closing day included, or with no closes: at all), with exit 0; once it closed before --today, the default being today, they are an error at the vote; a totals vote says so.
--- file campaign.yaml
bargain: 1
campaign: {name: Coming, timezone: America/Chicago}
votes:
  - id: lbo-vote
    question: Do you accept the employer's last, best offer?
    closes: 2020-01-17T19:00
    ballots: [ballots/mail.csv, ballots/online.csv]
  - id: strike-vote
    question: Do you authorize a strike?
    totals: vendor-totals.csv
  - id: ratify
    question: Do you ratify the agreement?
    closes: 2020-01-10
    ballots: ballots/ratify.csv
--- file ballots/ratify.csv
voter,cast_at,ratify
V1,2020-01-09,yes
--- run
bargain check --today 2020-01-15 campaign.yaml; echo "exit $?"
bargain check --today 2020-01-17 campaign.yaml | head -1
bargain check --today 2020-01-18 campaign.yaml; echo "exit $?"
bargain check campaign.yaml 2>&1 >/dev/null
bargain check --today 2020-13-01 campaign.yaml; echo "exit $?"
--- stdout
campaign.yaml:4:5: note: vote 'lbo-vote': its ballot files ballots/mail.csv and ballots/online.csv are not there yet (voting closes 2020-01-17)
campaign.yaml:8:5: note: vote 'strike-vote': its totals file vendor-totals.csv is not there yet (the vote has no closing date)
campaign.yaml: ok: 2 dated items, 3 votes, 1 ballot or roster file
exit 0
campaign.yaml:4:5: note: vote 'lbo-vote': its ballot files ballots/mail.csv and ballots/online.csv are not there yet (voting closes 2020-01-17)
campaign.yaml:8:5: note: vote 'strike-vote': its totals file vendor-totals.csv is not there yet (the vote has no closing date)
exit 2
bargain: campaign.yaml:4:5: vote 'lbo-vote': its ballot files ballots/mail.csv and ballots/online.csv are not there, and voting closed 2020-01-17
exit 2
--- stderr
bargain: campaign.yaml:4:5: vote 'lbo-vote': its ballot files ballots/mail.csv and ballots/online.csv are not there, and voting closed 2020-01-17
bargain: --today: '2020-13-01': no such date

# An event whose kind has no default template (a mediation, a deadline, a notice of another type) is an error at the event, naming the built-ins; --template renders it.
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme}
events:
  - {id: mediation, kind: mediation, title: Mediation session, date: 2020-01-28}
  - {id: bargaining-notice, kind: notice, type: bargaining-notice, date: 2020-01-02}
--- run
bargain notice campaign.yaml mediation; echo "exit $?"
bargain notice campaign.yaml bargaining-notice; echo "exit $?"
bargain notice campaign.yaml mediation --template press-release | head -3
--- stdout
exit 2
exit 2
FOR IMMEDIATE RELEASE
Monday, January 27, 2020

--- stderr
bargain: campaign.yaml:4:5: event 'mediation' is a mediation, which has no default template; choose one with --template (media-advisory, intent-to-strike, press-release, ballot-result) or give a template file
bargain: campaign.yaml:5:5: event 'bargaining-notice' is a notice of type bargaining-notice, which has no default template; choose one with --template (media-advisory, intent-to-strike, press-release, ballot-result) or give a template file

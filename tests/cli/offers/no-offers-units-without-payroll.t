# Units that give only a head count (for votes) are fine while there is no offer to cost: an empty report, not "no payroll". With an offer, the missing payroll is an error at the unit.
--- file campaign.yaml
bargain: 1
campaign: {name: Early days}
units:
  - {id: local-1, members: 120}
--- file with-offer.yaml
bargain: 1
campaign: {name: First offer}
units:
  - {id: local-1, members: 120}
offers:
  - {id: union-1, side: union, wages: [3]}
--- run
bargain offers campaign.yaml; echo "exit $?"
bargain offers with-offer.yaml; echo "exit $?"
--- stdout
Early days: offers

  (no offers)
exit 0
exit 2
--- stderr
bargain: with-offer.yaml:4:5: unit 'local-1' has no payroll or salary schedule to cost offers against: give its annual base payroll, like payroll: 9450000.00, or list it in the units of one of schedules:

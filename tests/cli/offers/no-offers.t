# A campaign with no offers yet has nothing to cost: an empty report, not an error.
--- file campaign.yaml
bargain: 1
campaign: {name: Early days}
--- run
bargain offers campaign.yaml
bargain offers campaign.yaml --format json
--- stdout
Early days: offers

  (no offers)
{
  "offers": []
}

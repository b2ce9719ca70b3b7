# No sessions yet: a count of zero, and no dates or span.
--- file campaign.yaml
bargain: 1
campaign: {name: Early days}
--- run
bargain sessions campaign.yaml
bargain sessions campaign.yaml --format json
--- stdout
Early days: bargaining sessions

  sessions  0

  (no proposals)
{
  "count": 0,
  "first": null,
  "last": null,
  "span": null,
  "articles": []
}

# --check exits 1 when a constraint is violated, and the violation is listed with its source; without --check the listing exits 0.
--- file campaign.yaml
bargain: 1
campaign: {name: Short notice, law: illinois-ielra}
events:
  - {id: mediation, kind: mediation, date: 2020-02-01}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-15}
  - {id: strike, kind: strike, date: {after: notice, days: 9}}
--- run
bargain timeline campaign.yaml --format json --check
echo "exit $?"
bargain timeline campaign.yaml > /dev/null
echo "exit $?"
--- stdout
{
  "items": [
    {
      "id": "mediation",
      "kind": "mediation",
      "title": "Mediation",
      "date": "2020-02-01",
      "start": null,
      "end": null
    },
    {
      "id": "notice",
      "kind": "notice",
      "title": "Notice (intent to strike)",
      "date": "2020-02-15",
      "start": null,
      "end": null
    },
    {
      "id": "strike",
      "kind": "strike",
      "title": "Strike",
      "date": "2020-02-24",
      "start": null,
      "end": null
    }
  ],
  "violations": [
    {
      "constraint": "illinois-ielra: notice",
      "message": "the strike must be at least 10 days after the notice of intent to strike; it is 9 (the strike 'strike' on 2020-02-24)",
      "source": "115 ILCS 5/13"
    }
  ]
}
exit 1
exit 0

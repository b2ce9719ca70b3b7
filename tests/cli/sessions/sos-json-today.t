# JSON in the spec's shape; with --today the span runs from the first session to that day, in the notices' words.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain sessions sos/campaign.yaml --format json --today 2020-02-03
--- stdout
{
  "count": 2,
  "first": "2019-07-09",
  "last": "2019-10-22",
  "span": "nearly seven months",
  "articles": [
    {
      "article": "Wages",
      "side": "employer",
      "status": "open",
      "last_session": "s2",
      "sections": [
        "art-10.1"
      ]
    },
    {
      "article": "Parental leave",
      "side": "employer",
      "status": "ta",
      "last_session": "s2",
      "sections": [
        "art-17.2"
      ]
    },
    {
      "article": "Grievance procedure",
      "side": "employer",
      "status": "ta",
      "last_session": "s1",
      "sections": [
        "art-7"
      ]
    }
  ]
}

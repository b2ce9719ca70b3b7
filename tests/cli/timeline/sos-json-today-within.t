# JSON in the spec's shape; --today marks each item and --within keeps only the next days.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain timeline sos/campaign.yaml --format json --today 2020-02-04 --within 14
--- stdout
{
  "items": [
    {
      "id": "picket-feb4",
      "kind": "picket",
      "title": "Informational picketing for a fair contract",
      "date": "2020-02-04",
      "start": "11:00",
      "end": "13:30",
      "when": "today"
    },
    {
      "id": "next-session",
      "kind": "deadline",
      "title": "Next bargaining session",
      "date": "2020-02-14",
      "start": null,
      "end": null,
      "when": "upcoming"
    },
    {
      "id": "intent-notice",
      "kind": "notice",
      "title": "Notice (intent to strike)",
      "date": "2020-02-15",
      "start": null,
      "end": null,
      "when": "upcoming"
    }
  ],
  "violations": []
}

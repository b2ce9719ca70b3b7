# --article NAME: that article's history, session by session, in every format.
--- file campaign.yaml
bargain: 1
campaign: {name: Local 12 contract 2024}
sessions:
  - id: s1
    date: 2024-03-05
    proposals:
      - {article: Wages, side: union, summary: 5% each year}
      - {article: Seniority, side: employer, summary: "layoffs by merit"}
  - id: s2
    date: 2024-03-19
    proposals:
      - {article: Wages, side: employer, summary: "2%, 2%, 2%"}
  - id: s3
    date: 2024-04-02
    proposals:
      - {article: Wages, side: union, summary: "3.5%, 3.5%, 3%", status: ta}
--- run
bargain sessions campaign.yaml --article Wages
bargain sessions campaign.yaml --article Wages --format markdown
bargain sessions campaign.yaml --article Wages --format csv
bargain sessions campaign.yaml --article Wages --format json
--- stdout
Local 12 contract 2024: Wages

  Wages: TA, the union's proposal, last moved in s3 on 2024-04-02.

  session  date        side      status  summary
  s1       2024-03-05  union     open    5% each year
  s2       2024-03-19  employer  open    2%, 2%, 2%
  s3       2024-04-02  union     TA      3.5%, 3.5%, 3%
# Local 12 contract 2024: Wages

Wages: TA, the union's proposal, last moved in s3 on 2024-04-02.

| session | date | side | status | summary |
|---|---|---|---|---|
| s1 | 2024-03-05 | union | open | 5% each year |
| s2 | 2024-03-19 | employer | open | 2%, 2%, 2% |
| s3 | 2024-04-02 | union | TA | 3.5%, 3.5%, 3% |
session,date,side,status,summary
s1,2024-03-05,union,open,5% each year
s2,2024-03-19,employer,open,"2%, 2%, 2%"
s3,2024-04-02,union,ta,"3.5%, 3.5%, 3%"
{
  "count": 3,
  "first": "2024-03-05",
  "last": "2024-04-02",
  "span": "four weeks",
  "articles": [
    {
      "article": "Wages",
      "side": "union",
      "status": "ta",
      "last_session": "s3",
      "sections": [],
      "history": [
        {
          "session": "s1",
          "date": "2024-03-05",
          "side": "union",
          "status": "open",
          "summary": "5% each year"
        },
        {
          "session": "s2",
          "date": "2024-03-19",
          "side": "employer",
          "status": "open",
          "summary": "2%, 2%, 2%"
        },
        {
          "session": "s3",
          "date": "2024-04-02",
          "side": "union",
          "status": "ta",
          "summary": "3.5%, 3.5%, 3%"
        }
      ]
    }
  ]
}

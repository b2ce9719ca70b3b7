# Several sessions: the latest proposal on each article decides its status, side and last session, following the sessions' resolved dates (s3 is written first but dated after s2).
--- file campaign.yaml
bargain: 1
campaign: {name: Local 12 contract 2024}
sessions:
  - id: s3
    date: {after: s2, days: 14}
    proposals:
      - {article: Wages, side: employer, summary: 2% each year, status: open}
      - {article: Health insurance, side: union, summary: hold premiums at 10%, status: ta}
  - id: s1
    date: 2024-03-05
    proposals:
      - {article: Wages, side: union, summary: 5% each year}
      - {article: Health insurance, side: employer, summary: premiums to 20%}
      - {article: Seniority, side: employer, summary: "layoffs by merit, not seniority"}
  - id: s2
    date: 2024-03-19
    proposals:
      - {article: Seniority, side: employer, summary: dropped, status: withdrawn}
      - {article: Wages, side: union, summary: 4.5% each year}
  - id: side-table
    proposals:
      - {article: Parking, side: union, summary: free parking for night shift}
--- run
bargain sessions campaign.yaml
bargain sessions campaign.yaml --format markdown --today 2024-10-01
--- stdout
Local 12 contract 2024: bargaining sessions

  sessions  4
  first     2024-03-05
  last      2024-04-02
  span      four weeks

  article           side      status     last moved
  Wages             employer  open       s3, 2024-04-02
  Health insurance  union     TA         s3, 2024-04-02
  Seniority         employer  withdrawn  s2, 2024-03-19
  Parking           union     open       side-table
# Local 12 contract 2024: bargaining sessions

- sessions: 4
- first: 2024-03-05
- last: 2024-04-02
- span: nearly seven months (to 2024-10-01)

| article | side | status | last moved |
|---|---|---|---|
| Wages | employer | open | s3, 2024-04-02 |
| Health insurance | union | TA | s3, 2024-04-02 |
| Seniority | employer | withdrawn | s2, 2024-03-19 |
| Parking | union | open | side-table |

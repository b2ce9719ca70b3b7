# CSV: one row per article, with the session and date where it last moved; cells are neutralised against formula injection.
--- file campaign.yaml
bargain: 1
campaign: {name: Local 12 contract 2024}
sessions:
  - id: s1
    date: 2024-03-05
    proposals:
      - {article: Wages, side: union, summary: 5% each year}
      - {article: "=HYPERLINK(\"x\")", side: employer}
  - id: s2
    date: 2024-03-19
    proposals:
      - {article: Wages, side: employer, summary: "2%, then 2%", status: ta}
--- run
bargain sessions campaign.yaml --format csv
--- stdout
article,side,status,last_session,last_date,sections
Wages,employer,ta,s2,2024-03-19,
"'=HYPERLINK(""x"")",employer,open,s1,2024-03-05,

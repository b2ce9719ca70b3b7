# A proposal that names no article is reported at its session, not shown as a blank row.
--- file campaign.yaml
bargain: 1
campaign: {name: Missing article}
sessions:
  - id: s1
    date: 2024-03-05
    proposals:
      - {article: Wages, side: union}
      - {side: employer, summary: no changes}
--- run
bargain sessions campaign.yaml
--- stderr
bargain: campaign.yaml:4:5: a proposal in session 's1' names no article: give it one, like article: Wages
--- exit 2

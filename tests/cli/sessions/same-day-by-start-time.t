# Two sessions on one day count in the order of their start times, not their order in the file: the afternoon session, written first, has the article's latest word.
--- file campaign.yaml
bargain: 1
campaign: {name: Long day}
sessions:
  - id: afternoon
    date: 2026-03-02
    start: "14:00"
    proposals:
      - {article: Wages, side: employer, summary: 2%, status: ta}
  - id: morning
    date: 2026-03-02
    start: "09:00"
    proposals:
      - {article: Wages, side: union, summary: 4%, status: open}
--- run
bargain sessions campaign.yaml --format csv
--- stdout
article,side,status,last_session,last_date,sections
Wages,employer,ta,afternoon,2026-03-02,

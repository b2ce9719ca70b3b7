# A flat raise per member shows in the calendar as its amount, not as 0%.
--- file campaign.yaml
bargain: 1
campaign: {name: Flat}
units:
  - {id: u, members: 10, payroll: 500000.00}
offers:
  - {id: o, side: employer, date: 2024-03-01, wages: ["$1,000", 2.5]}
--- run
bargain timeline campaign.yaml --format ics | grep -a 'DESCRIPTION' | tr -d '\r'
--- stdout
DESCRIPTION:Wage increases by contract year: $1\,000.00 per member\, 2.5%
--- exit 0

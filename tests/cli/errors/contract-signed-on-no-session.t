# An agreement signed on a day no session was held is refused at the date, listing the sessions' days.
--- file campaign.yaml
bargain: 1
campaign:
  name: Local 4408 contract 2026
  timezone: America/Chicago
contract: contract/
sessions:
  - id: s1
    date: 2026-03-10
    proposals:
      - {article: Leave, status: ta, section: art-17.2, unchanged: true, signed: {union: Dana Whitfield, employer: Marcus Bell, date: 2026-03-11}}
--- file contract/17-leaves.md
# Article 17 Leaves of absence {#art-17}

## 17.1 Sick leave {#art-17.1}

Employees shall earn sick leave at the rate of one (1) day for each month.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent shall be granted six (6) months of unpaid leave.
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:10:135: this agreement is signed on 2026-03-11, and no session was held that day
   |
10 | ...Whitfield, employer: Marcus Bell, date: 2026-03-11}}
   |                                            ^^^^^^^^^^
   = help: sessions were held on 2026-03-10
--- exit 2

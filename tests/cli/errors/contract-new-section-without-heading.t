# A new section's text must start with its heading, or the section would have no title.
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
      - {article: Leave, status: open, section: art-17.3, after: art-17.2, text: "Three days of paid jury duty."}
--- file contract/17-leaves.md
# Article 17 Leaves of absence {#art-17}

## 17.1 Sick leave {#art-17.1}

Employees shall earn sick leave at the rate of one (1) day for each month.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent shall be granted six (6) months of unpaid leave.
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:10:82: a new section's text starts with its heading, like ## 12.4 Overtime {#art-17.3}
   |
10 | ...ction: art-17.3, after: art-17.2, text: "Three days of paid jury duty."}
   |                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
--- exit 2

# A proposal whose file: is empty is refused, as an empty text: is: a section is removed with delete: true.
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
      - {article: Leave, status: open, section: art-17.2, file: proposals/17.2.md}
--- file contract/17-leaves.md
# Article 17 Leaves of absence {#art-17}

## 17.1 Sick leave {#art-17.1}

Employees shall earn sick leave at the rate of one (1) day for each month.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent shall be granted six (6) months of unpaid leave.
--- file proposals/17.2.md
  
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:10:65: file: proposals/17.2.md is empty
   |
10 |       - {article: Leave, status: open, section: art-17.2, file: proposals/17.2.md}
   |                                                                 ^^^^^^^^^^^^^^^^^
   = help: give the section's whole new text in it, or delete: true to remove the section
--- exit 2

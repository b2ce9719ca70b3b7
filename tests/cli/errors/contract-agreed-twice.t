# A section agreed in two sessions with nothing reopening it in between is refused at the second: one of the two is a mistake.
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
      - {article: Leave, status: ta, section: art-17.2, unchanged: true}
      - {article: Sick, status: open, section: art-17.1, text: x}
  - id: s2
    date: 2026-03-24
    proposals:
      - {article: Leave, status: ta, section: art-17.2, unchanged: true}
--- file contract/17-leaves.md
# Article 17 Leaves of absence {#art-17}

## 17.1 Sick leave {#art-17.1}

Employees shall earn sick leave at the rate of one (1) day for each month.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent shall be granted six (6) months of unpaid leave.
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:15:47: section 'art-17.2' was agreed in session 's1' (2026-03-10), and is agreed again in session 's2' with no proposal reopening it in between
   |
15 |       - {article: Leave, status: ta, section: art-17.2, unchanged: true}
   |                                               ^^^^^^^^
   = help: if the parties reopened it, record that proposal (status: open) in the session it was made; otherwise keep one of the two agreements
--- exit 2

# A tentative agreement on a section with no language is refused: what was agreed would be a guess.
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
      - {article: Leave, status: ta, section: art-17.2}
--- file contract/17-leaves.md
# Article 17 Leaves of absence {#art-17}

## 17.1 Sick leave {#art-17.1}

Employees shall earn sick leave at the rate of one (1) day for each month.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent shall be granted six (6) months of unpaid leave.
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:10:47: this tentative agreement on section 'art-17.2' carries no language
   |
10 |       - {article: Leave, status: ta, section: art-17.2}
   |                                               ^^^^^^^^
   = help: give the agreed text: (or file:), delete: true, or unchanged: true when the current language stays
--- exit 2

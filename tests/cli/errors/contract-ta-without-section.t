# In a campaign that keeps its contract, a tentative agreement that names no section is refused: the agreement could not be shown.
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
      - {article: Leave, side: employer, summary: eight weeks, status: ta}
--- file contract/17-leaves.md
# Article 17 Leaves of absence {#art-17}

## 17.1 Sick leave {#art-17.1}

Employees shall earn sick leave at the rate of one (1) day for each month.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent shall be granted six (6) months of unpaid leave.
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:10:9: this tentative agreement on 'Leave' in session 's1' names no section of the contract
   |
10 |       - {article: Leave, side: employer, summary: eight weeks, status: ta}
   |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: give section: and its language: text:, file:, delete: true, or unchanged: true when the current language stays
--- exit 2

# A contract heading without a section id is refused at its end, with an id to write there.
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
--- file contract/17-leaves.md
# Article 17 Leaves of absence {#art-17}

## 17.1 Sick leave

Employees shall earn sick leave at the rate of one (1) day for each month.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent shall be granted six (6) months of unpaid leave.
--- run
bargain check campaign.yaml
--- stderr
bargain: contract/17-leaves.md:3:19: this heading has no section id: end it with one, like {#art-17.1}
   = help: proposals, agreements and redlines name a section by its id, so it is written once and kept for the life of the contract
--- exit 2

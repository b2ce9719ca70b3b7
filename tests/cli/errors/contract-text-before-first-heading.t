# Text above a contract file's first heading belongs to no section, so it is refused.
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
Agreed by the parties.

# Article 17 Leaves of absence {#art-17}

## 17.1 Sick leave {#art-17.1}

Employees shall earn sick leave at the rate of one (1) day for each month.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent shall be granted six (6) months of unpaid leave.
--- run
bargain check campaign.yaml
--- stderr
bargain: contract/17-leaves.md:1:1: this text comes before the file's first heading, so it belongs to no section
   = help: start the file with the article's heading, like # Article 5 Wages {#art-5}
--- exit 2

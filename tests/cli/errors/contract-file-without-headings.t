# A contract file with no headings has no sections, and is refused.
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

## 17.1 Sick leave {#art-17.1}

Employees shall earn sick leave at the rate of one (1) day for each month.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent shall be granted six (6) months of unpaid leave.
--- file contract/notes.md
Remember to print two copies.
--- run
bargain check campaign.yaml
--- stderr
bargain: contract/notes.md:1:1: this file has no headings, so no sections
   = help: each article is a file of sections, each under a heading with its id, like ## 5.1 Salary schedule {#art-5.1}
--- exit 2

# Two sections with one id, in two files, are refused at the second, naming the first.
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
--- file contract/18-more-leaves.md
# Article 18 More leave {#art-18}

## 18.1 Jury duty {#art-17.2}

Paid.
--- run
bargain check campaign.yaml
--- stderr
bargain: contract/18-more-leaves.md:3:1: section id 'art-17.2' is also the id of contract/17-leaves.md:7 (17.2 Parental leave)
   = help: each section has its own id; give this one another
--- exit 2

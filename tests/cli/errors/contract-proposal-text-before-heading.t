# A proposal's file with lines before its heading is refused in the file, at the first of them.
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
Our proposal:

## 17.2 Parental leave

Twelve weeks.
--- run
bargain check campaign.yaml
--- stderr
bargain: proposals/17.2.md:1:1: this text has lines before its heading
   = help: start with the heading, or leave it out to keep the section's heading
--- exit 2

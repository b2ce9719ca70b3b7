# A proposal's text is one section: a second heading in it is refused, at text: with the line of the text it is on.
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
      - article: Leave
        status: open
        section: art-17.2
        text: |
          ## 17.2 Parental leave

          Twelve weeks.

          ## 17.3 Jury duty

          Paid.
--- file contract/17-leaves.md
# Article 17 Leaves of absence {#art-17}

## 17.1 Sick leave {#art-17.1}

Employees shall earn sick leave at the rate of one (1) day for each month.

## 17.2 Parental leave {#art-17.2}

An employee who becomes a parent shall be granted six (6) months of unpaid leave.
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:13:15: this text holds more than one section (a second heading, '17.3 Jury duty') (line 5 of the text)
   |
13 |         text: |
   |               ^
   = help: a proposal is on one section: give the other section a proposal of its own
--- exit 2

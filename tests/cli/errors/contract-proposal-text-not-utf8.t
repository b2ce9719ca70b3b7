# A proposal file that is not UTF-8 is refused in it, at the byte.
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
--- run
mkdir -p proposals && printf '## 17.2 Parental leave\n\nTwelve weeks, pay\351.\n' > proposals/17.2.md
bargain check campaign.yaml
--- stderr
bargain: proposals/17.2.md:3:18: this file is not UTF-8 text: byte 0xE9 is not a character
   = help: save it as UTF-8 (a word processor's "Plain text, UTF-8"); the contract's text must read the same everywhere it is shown
--- exit 2

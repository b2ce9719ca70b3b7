# A contract file saved in another encoding is refused at the first byte that is not UTF-8, never shown garbled.
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
--- run
mkdir -p contract && printf '# Article 17 Leaves {#art-17}\n\nCaf\351 breaks are paid.\n' > contract/17-leaves.md
bargain check campaign.yaml
--- stderr
bargain: contract/17-leaves.md:3:4: this file is not UTF-8 text: byte 0xE9 is not a character
   = help: save it as UTF-8 (a word processor's "Plain text, UTF-8"); the contract's text must read the same everywhere it is shown
--- exit 2

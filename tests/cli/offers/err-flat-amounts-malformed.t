# A flat amount in a [...] list must be quoted: YAML splits "$1,000" at the comma. Malformed amounts are named too.
--- file campaign.yaml
bargain: 1
campaign: {name: Commas}
units:
  - {id: local-1, members: 10, payroll: 1000000.00}
offers:
  - {id: split, wages: [$1,000, 2.0]}
  - {id: grouped, wages: ["$1,00", "$10,0000", "$1,000.505", "$-5"]}
--- run
bargain offers campaign.yaml
--- stderr
bargain: campaign.yaml:6:25: '$1,000' is split in two at its comma in a [...] list: quote it, "$1,000"
  |
6 |   - {id: split, wages: [$1,000, 2.0]}
  |                         ^^^^^^
bargain: campaign.yaml:7:27: expected a flat amount like "$1,000" or "$1,000.50", found '$1,00'
  |
7 |   - {id: grouped, wages: ["$1,00", "$10,0000", "$1,000.505", "$-5"]}
  |                           ^^^^^^^
bargain: campaign.yaml:7:36: expected a flat amount like "$1,000" or "$1,000.50", found '$10,0000'
  |
7 |   - {id: grouped, wages: ["$1,00", "$10,0000", "$1,000.505", "$-5"]}
  |                                    ^^^^^^^^^^
bargain: campaign.yaml:7:48: expected a flat amount like "$1,000" or "$1,000.50", found '$1,000.505'
  |
7 |   - {id: grouped, wages: ["$1,00", "$10,0000", "$1,000.505", "$-5"]}
  |                                                ^^^^^^^^^^^^
bargain: campaign.yaml:7:62: expected a flat amount like "$1,000" or "$1,000.50", found '$-5'
  |
7 |   - {id: grouped, wages: ["$1,00", "$10,0000", "$1,000.505", "$-5"]}
  |                                                              ^^^^^
--- exit 2

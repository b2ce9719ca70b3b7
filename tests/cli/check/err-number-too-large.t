# A count or an amount of money beyond ten trillion is refused at its value, naming the largest, rather than read wrong or overflowing; so is a wage increase, and an exponent (1e3) is not a number.
--- file campaign.yaml
bargain: 1
campaign: {name: Numbers}
units:
  - {id: a, members: 99999999999999, payroll: 99999999999999.00}
  - {id: b, members: 9999999999999, payroll: 9999999999999.99}
offers:
  - {id: o, wages: [1.5, 99999999999999, 1e3]}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:4:22: expected a whole number up to 9999999999999, found '99999999999999'
  |
4 |   - {id: a, members: 99999999999999, payroll: 99999999999999.00}
  |                      ^^^^^^^^^^^^^^
bargain: campaign.yaml:4:47: expected an amount of money up to 9999999999999.99, found '99999999999999.00'
  |
4 |   - {id: a, members: 99999999999999, payroll: 99999999999999.00}
  |                                               ^^^^^^^^^^^^^^^^^
bargain: campaign.yaml:7:26: expected a percentage up to 9999999999999.9999, found '99999999999999'
  |
7 |   - {id: o, wages: [1.5, 99999999999999, 1e3]}
  |                          ^^^^^^^^^^^^^^
bargain: campaign.yaml:7:42: expected a percentage like 1.5, found '1e3'
  |
7 |   - {id: o, wages: [1.5, 99999999999999, 1e3]}
  |                                          ^^^
--- exit 2

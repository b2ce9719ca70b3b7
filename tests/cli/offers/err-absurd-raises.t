# Cuts of 100% or more, raises over 1000%, more than 50 years, or costs past $100 trillion are refused with a reason, never overflowed.
--- file campaign.yaml
bargain: 1
campaign: {name: Typos}
units:
  - {id: local-1, payroll: 9450000.00}
offers:
  - {id: cut, wages: [2, -100]}
  - {id: huge, wages: [2, 20000]}
  - {id: long, wages: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}
--- file big.yaml
bargain: 1
campaign: {name: Too big}
units:
  - {id: local-1, payroll: 9999999999999.99}
offers:
  - {id: steep, wages: [1000, 1000, 1000]}
--- run
bargain offers campaign.yaml
bargain offers big.yaml
--- stderr
bargain: campaign.yaml:6:5: offer 'cut' cuts wages by 100% or more in year 2
bargain: campaign.yaml:7:5: offer 'huge' raises wages by more than 1000% in year 2; is it a typo?
bargain: campaign.yaml:8:5: offer 'long' has 51 contract years of wages; at most 50 can be costed
bargain: big.yaml:6:5: the cost of offer 'steep' for unit 'local-1' is more than $100 trillion; check its wages and the unit's payroll
--- exit 2

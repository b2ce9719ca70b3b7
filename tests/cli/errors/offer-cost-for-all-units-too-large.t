# Two units whose payrolls were typed with three zeros too many, and a 250% raise: each unit's cost fits, their sum passes $100 trillion: refused at the offer.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  - {id: local-4408, name: "Local 4408 (paraprofessionals)", payroll: 4500000000000.00}
  - {id: local-4407, name: "Local 4407 (clerical staff)", payroll: 4500000000000.00}
offers:
  - id: union-proposal
    side: union
    date: 2026-03-10
    wages: [250, 250]
--- run
bargain offers campaign.yaml
--- stderr
bargain: campaign.yaml:11:5: the cost of offer 'union-proposal' for all units is more than $100 trillion; check its wages and the units' payroll
--- exit 2

# An offer whose raises compound past what can be shown (1000 typed for 10.00 in each of ten years): refused at the offer, never overflowed.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  - {id: local-4408, name: "Local 4408 (paraprofessionals)", members: 180, payroll: 9450000.00}
offers:
  - id: union-proposal
    side: union
    date: 2026-03-10
    wages: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000]
--- run
bargain offers campaign.yaml
--- stderr
bargain: campaign.yaml:10:5: offer 'union-proposal' compounds to an increase too large to show
bargain: campaign.yaml:10:5: the cost of offer 'union-proposal' for unit 'local-4408' is more than $100 trillion; check its wages and the unit's payroll
--- exit 2

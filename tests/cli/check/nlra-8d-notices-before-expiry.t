# NLRA 8(d): notice to the employer 60 days and to the FMCS 30 days before the contract expires; a late FMCS notice is reported.
--- file campaign.yaml
bargain: 1
campaign: {name: Plant, law: nlra-8d, contract_expires: 2026-06-30}
events:
  - {id: to-employer, kind: notice, type: bargaining-notice, date: 2026-04-01}
  - {id: to-fmcs, kind: notice, type: fmcs-notice, date: 2026-06-10}
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml: notice to the FMCS (an event of kind notice, type fmcs-notice) must be given at least 30 days before the contract expires (2026-06-30) [29 U.S.C. 158(d)]
--- exit 1

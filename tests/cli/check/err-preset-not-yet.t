# A law preset this version cannot check yet is said plainly (exit 2), never passed silently.
--- file campaign.yaml
bargain: 1
campaign: {name: Hospital, law: nlra-8g}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml: the law preset 'nlra-8g' cannot be checked by this version of bargain yet
--- exit 2

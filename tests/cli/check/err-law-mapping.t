# law: as a mapping needs preset:, knows only the presets' number keys, and caps the numbers.
--- file campaign.yaml
bargain: 1
campaign:
  name: X
  law: {notice_dayz: 3, mandate_months: 99999}
--- file list.yaml
bargain: 1
campaign: {name: Y, law: [illinois-iplra]}
--- run
bargain check campaign.yaml
echo "exit $?"
bargain check list.yaml
--- stdout
exit 2
--- stderr
bargain: campaign.yaml:4:8: law: needs preset: ID (illinois-iplra, illinois-ielra, nlra-8d, nlra-8g or uk-tulrca)
  |
4 |   law: {notice_dayz: 3, mandate_months: 99999}
  |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
bargain: campaign.yaml:4:9: unknown key 'notice_dayz' in law
  |
4 |   law: {notice_dayz: 3, mandate_months: 99999}
  |         ^^^^^^^^^^^
  = help: did you mean 'notice_days'?
bargain: campaign.yaml:4:41: mandate_months is too large: 99999
  |
4 |   law: {notice_dayz: 3, mandate_months: 99999}
  |                                         ^^^^^
bargain: list.yaml:2:26: law: expected a preset id (law: illinois-iplra) or a mapping (law: {preset: ID, notice_days: N}), found a list
  |
2 | campaign: {name: Y, law: [illinois-iplra]}
  |                          ^^^^^^^^^^^^^^^^
--- exit 2

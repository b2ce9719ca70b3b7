# The bundled examples/exports campaign: a vote counted from a vendor's online export (BOM, CRLF,
# Member ID, Submitted At, For/Against, leftover rows and columns), a typed-up sign-in sheet
# (semicolons, Pour/Contre) and a payroll roster, each mapped in the campaign; and a vote counted
# from a vendor's totals. check passes; tally --campaign counts both under the union's rule.
--- run
cp "$EXAMPLES"/exports/* .
bargain check campaign.yaml --today 2020-03-01; echo "exit $?"
bargain tally --campaign campaign.yaml --vote offer-vote --by-unit --exit-status; echo "exit $?"
bargain tally --campaign campaign.yaml --vote strike-vote --format json | grep -E '"(kind|records|yes|no|abstain|eligible|turnout|result|from_totals|rule)"'
--- stdout
campaign.yaml: ok: 2 dated items, 2 votes, 4 ballot and roster files
exit 0
Tally of 113 ballot records from 2 files
  online.csv: 83 records, sha256 ba6b22b8df965cc5 (UTF-8 with BOM, 2 empty rows skipped)
  in-person.csv: 30 records, sha256 b872cc2dfa896eaf (semicolon-separated, UTF-8 with BOM)
Roster: payroll-roster.csv: 120 voters, sha256 780fae2c6f4e8969
Set aside: 3 (1 duplicate, 1 outside the voting window, 1 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      from 2020-01-13T07:00 to 2020-01-17T19:00 (America/Chicago)
  duplicates:         the first ballot of a voter counts
  by unit:            yes: the vote carries only if it carries in every unit
  small units:        a unit with fewer than 5 ballots shows its result, not its counts, to keep the ballot secret
  units:              Local 4408, Local 4407
  question:           Do you accept the employer's offer?
  columns:            voter=Member ID, ballot=Confirmation, cast_at=Submitted At
  roster columns:     voter=Employee Number, unit=Department
  answer words:       For=yes, Pour=yes, Against=no, Contre=no
  delimiter:          comma, semicolon
  encoding:           UTF-8 with BOM

Do you accept the employer's offer?
  FAILED: failed in Local 4408 and Local 4407 (the vote carries only if it carries in every unit; overall 37 yes, 70 no, 92% turnout).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes              37   34.6%
  No               70   65.4%
  Abstain           3
  Blank             0
  Void              0
  Cast            110  91.7% turnout of 120 eligible

  By unit (the vote carries only if it carries in every unit):
    unit       eligible    cast     yes      no abstain   blank    void  turnout  result
    Local 4408       70      70      25      42       3       0       0   100.0%  failed
    Local 4407       50      40      12      28       0       0       0    80.0%  failed
exit 1
      "records": 6,
      "kind": "totals",
      "rule": {
      "eligible": 120,
      "yes": 91,
      "no": 17,
      "abstain": 2,
      "turnout": 0.9167,
      "result": "carried",
    "rule": "two-thirds",
    "turnout": "50%",
      "For": "yes",
      "Against": "no"
    "from_totals": true,
    "eligible_from": "eligible",
    "eligible": 120,

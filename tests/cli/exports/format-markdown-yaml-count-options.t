# The markdown report (for a members' update) and the YAML report record the count options too: an Excel "Unicode Text" export is listed as read tab-separated from UTF-16LE, with its mapped columns and the Y/N answer words (the YAML quotes every value, so no reader takes Y or N for a boolean). 2 yes, 1 no.
--- run
printf 'Member ID\tSubmitted At\tDo you accept the offer?\r\nA-0041\t2026-03-02 09:15\tY\r\nA-0042\t2026-03-02 09:20\tN\r\nA-0043\t2026-03-02 10:01\tY\r\n' | iconv -f UTF-8 -t UTF-16LE > body.txt
{ printf '\377\376'; cat body.txt; } > export.txt
bargain tally export.txt --column voter="Member ID" --column cast_at="Submitted At" --answer Y=yes --answer N=no --format markdown
bargain tally export.txt --column voter="Member ID" --column cast_at="Submitted At" --answer Y=yes --answer N=no --format yaml
--- stdout
# Tally

3 ballot records from 1 file.

| file | records | sha256 | read as |
|---|---:|---|---|
| export.txt | 3 | `a0915cfc039844c7be5a20ad331f9a2eafd236066d8cb8830171b2d53d4d2207` | tab-separated, UTF-16LE |

Set aside: 0 duplicate, 0 outside the voting window, 0 not on the roster. Challenged (sealed): 0.

**Counted with:**

- rule: majority
- voting window: none
- duplicates: the first ballot of a voter counts
- columns: voter=Member ID, cast\_at=Submitted At
- answer words: Y=yes, N=no
- delimiter: tab
- encoding: UTF-16LE

## Do you accept the offer?

**Carried**: approved by a 2-to-1 margin (2 yes, 1 no).

Rule: majority (more than 1/2 of valid votes).

| | votes | share of valid |
|---|---:|---:|
| Yes | 2 | 66.7% |
| No | 1 | 33.3% |
| Abstain | 0 | |
| Blank | 0 | |
| Void | 0 | |
| Cast | 3 | |
inputs:
  - path: "export.txt"
    sha256: "a0915cfc039844c7be5a20ad331f9a2eafd236066d8cb8830171b2d53d4d2207"
    records: 3
    kind: "ballots"
    format: "csv"
    delimiter: "tab"
    encoding: "UTF-16LE"
    empty_rows_skipped: 0
roster: null
received: 3
rejected:
  duplicate: 0
  outside-window: 0
  not-on-roster: 0
challenged: 0
questions:
  - id: "Do you accept the offer?"
    text: null
    rule:
      name: "majority"
      text: "more than 1/2 of valid votes"
    eligible: null
    cast: 3
    valid: 3
    "yes": 2
    "no": 1
    abstain: 0
    blank: 0
    void: 0
    turnout: null
    result: "carried"
    determinative_challenges: false
    margin: "2-to-1"
    units: []
count_options:
  rule: "majority"
  turnout: null
  opens: null
  closes: null
  timezone: "UTC"
  duplicates: "first"
  challenge_unlisted: false
  by_unit: false
  min_unit_ballots: 5
  units: []
  question: null
  columns:
    voter: "Member ID"
    cast_at: "Submitted At"
  roster_columns: null
  answers:
    "Y": "yes"
    "N": "no"
  delimiter: "tab"
  encoding: "UTF-16LE"
  from_totals: false
  eligible_from: null
  eligible: null
  members: null
warnings: []

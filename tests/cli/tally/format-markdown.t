# --format markdown is a report for a members' update, with markup in ids escaped.
--- file roster.csv
voter,unit
V1,local_1
V2,local_1
V3,local|2
V4,local|2
--- file ballots.yaml
questions:
  accept: Accept the *final* offer?
ballots:
  - {voter: V1, accept: no}
  - {voter: V2, accept: no}
  - {voter: V3, accept: yes}
--- run
bargain tally ballots.yaml --roster roster.csv --by-unit --format markdown
--- stdout
# Tally

3 ballot records from 1 file.

| file | records | sha256 | read as |
|---|---:|---|---|
| ballots.yaml | 3 | `56a61e53c257c2d21299b86dd49ff82c35ff5058f98daac46bda4f7fc36c848b` | YAML |

Roster: roster.csv (4 voters), sha256 `1ce8b66fb8955576499d6c6a382c466c21214872641bd62fb43956b12df9abad`.

Set aside: 0 duplicate, 0 outside the voting window, 0 not on the roster. Challenged (sealed): 0.

**Counted with:**

- rule: majority
- voting window: none
- duplicates: the first ballot of a voter counts
- by unit: yes: the vote carries only if it carries in every unit
- small units: a unit with fewer than 5 ballots shows its result, not its counts, to keep the ballot secret

## accept: Accept the \*final\* offer?

**Failed**: failed in local\_1 (the vote carries only if it carries in every unit; overall 1 yes, 2 no, 75% turnout).

Rule: majority (more than 1/2 of valid votes).

| | votes | share of valid |
|---|---:|---:|
| Yes | 1 | 33.3% |
| No | 2 | 66.7% |
| Abstain | 0 | |
| Blank | 0 | |
| Void | 0 | |
| Cast | 3 | |

Turnout: 75.0% of 4 eligible.

By unit (the vote carries only if it carries in every unit):

| unit | eligible | cast | yes | no | abstain | blank | void | turnout | result |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
| local\_1 | 2 | \* | \* | \* | \* | \* | \* | \* | failed |
| local\|2 | 2 | \* | \* | \* | \* | \* | \* | \* | carried |

Counts marked \* are not shown:

- local\_1: fewer than 5 ballots: counts not shown, to keep the ballot secret
- local\|2: fewer than 5 ballots: counts not shown, to keep the ballot secret

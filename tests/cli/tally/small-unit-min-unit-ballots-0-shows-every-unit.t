# --min-unit-ballots 0 shows every unit's counts, however small, and the report says so; the storekeeper's one ballot is then a warning (examples/small-units).
--- run
cp "$EXAMPLES/small-units/ballots.csv" "$EXAMPLES/small-units/roster.csv" .
bargain tally ballots.csv --roster roster.csv --roster-column voter="Employee ID" --by-unit --min-unit-ballots 0 --format markdown
--- stdout
# Tally

35 ballot records from 1 file.

| file | records | sha256 | read as |
|---|---:|---|---|
| ballots.csv | 35 | `e769ce3486eca8e03d49dbf894170f6564bf9defb6e69a30edd27da96298c014` |  |

Roster: roster.csv (37 voters), sha256 `7140038f2d72eec3142718b85f3105fa1c7a631fd7f0d9c4b01c41b91cfe4b61`.

Set aside: 0 duplicate, 0 outside the voting window, 0 not on the roster. Challenged (sealed): 0.

**Counted with:**

- rule: majority
- voting window: none
- duplicates: the first ballot of a voter counts
- by unit: yes: the vote carries only if it carries in every unit
- small units: every unit's counts shown (--min-unit-ballots 0), however few its ballots: a small unit's counts can show how its members voted
- roster columns: voter=Employee ID

**Warnings:**

- every ballot in unit 'stores' was no: this report shows how its one voter voted; publish the whole vote's count only, or give --min-unit-ballots 2 (a vote's min\_unit\_ballots:) to withhold its counts

## ratify

**Failed**: failed in dispatch and stores (the vote carries only if it carries in every unit; overall 20 yes, 15 no, 95% turnout).

Rule: majority (more than 1/2 of valid votes).

| | votes | share of valid |
|---|---:|---:|
| Yes | 20 | 57.1% |
| No | 15 | 42.9% |
| Abstain | 0 | |
| Blank | 0 | |
| Void | 0 | |
| Cast | 35 | |

Turnout: 94.6% of 37 eligible.

By unit (the vote carries only if it carries in every unit):

| unit | eligible | cast | yes | no | abstain | blank | void | turnout | result |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
| operators | 20 | 18 | 12 | 6 | 0 | 0 | 0 | 90.0% | carried |
| mechanics | 12 | 12 | 7 | 5 | 0 | 0 | 0 | 100.0% | carried |
| dispatch | 4 | 4 | 1 | 3 | 0 | 0 | 0 | 100.0% | failed |
| stores | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 100.0% | failed |
--- stderr
bargain: warning: every ballot in unit 'stores' was no: this report shows how its one voter voted; publish the whole vote's count only, or give --min-unit-ballots 2 (a vote's min_unit_ballots:) to withhold its counts

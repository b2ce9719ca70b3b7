# A certificate whose min_unit_ballots was edited recounts with the counts shown where the record withheld them: verify says so, once a unit, and prints none of the withheld numbers (examples/small-units).
--- run
bargain tally "$EXAMPLES/small-units/ballots.csv" --roster "$EXAMPLES/small-units/roster.csv" --roster-column voter="Employee ID" --by-unit --certificate cert.json -o /dev/null
sed 's/"min_unit_ballots": 5/"min_unit_ballots": 0/' cert.json > edited.json
bargain verify edited.json; echo "exit $?"
--- stdout
differs: ratify, unit dispatch: counts (was count_options.min_unit_ballots changed?): withheld recorded, shown in the recount
differs: ratify, unit stores: counts (was count_options.min_unit_ballots changed?): withheld recorded, shown in the recount
not verified: 0 of 2 files changed, 2 numbers differ
exit 1

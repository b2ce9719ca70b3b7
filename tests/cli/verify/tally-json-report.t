# A tally --format json report records its count options, so verify recounts it too; its paths are relative to the folder the tally ran in, so verify runs from there (or --root).
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos
bargain tally --campaign campaign.yaml --vote strike-vote --format json -o strike.json
bargain verify strike.json; echo "exit $?"
cd .. && bargain verify sos/strike.json --root sos; echo "exit $?"
--- stdout
verified: 2 files, every count matches
exit 0
verified: 2 files, every count matches
exit 0

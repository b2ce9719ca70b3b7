# A voting window that closes at a second (18:58:50) is recorded to the second, so a ballot cast ten seconds before the close is counted again by verify, and the report says so too.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos
sed -i '2s/2020-01-13T07:19/2020-01-17T18:58:40/' ballots/lbo-vote.csv
bargain tally ballots/lbo-vote.csv --roster roster.csv --question accept --opens 2020-01-13T07:00 --closes 2020-01-17T18:58:50 --certificate c.json | grep 'voting window'
grep '"closes"' c.json
bargain verify c.json; echo "exit $?"
--- stdout
Set aside: 3 (2 duplicate, 1 outside the voting window, 0 not on the roster)
  voting window:      from 2020-01-13T07:00 to 2020-01-17T18:58:50 (UTC)
    "closes": "2020-01-17T18:58:50",
verified: 2 files, every count matches
exit 0

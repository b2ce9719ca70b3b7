# A file the certificate names is gone: verify names it and exits 2 without counting, and --root says where the files are when they moved.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos && mkdir results
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate results/lbo.json > /dev/null
mv roster.csv roster-moved.csv
bargain verify results/lbo.json; echo "exit $?"
mv roster-moved.csv roster.csv
mkdir ../elsewhere && cp results/lbo.json ../elsewhere/
bargain verify ../elsewhere/lbo.json 2>&1 | grep -c '^bargain:'
bargain verify ../elsewhere/lbo.json --root results; echo "exit $?"
--- stdout
exit 2
3
verified: 2 files, every count matches
exit 0
--- stderr
bargain: roster.csv: cannot open: No such file or directory
bargain: results/lbo.json: cannot verify: a file it names is missing (the paths are relative to the certificate's folder; --root DIR says which folder they are relative to instead)

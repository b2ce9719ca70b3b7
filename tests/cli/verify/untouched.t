# A certificate verified against its untouched files: every file's sha256 and every number match, exit 0, from the repository's root or any other folder.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos && mkdir results
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate results/lbo.json > /dev/null
bargain verify results/lbo.json; echo "exit $?"
cd results && bargain verify lbo.json; echo "exit $?"
cd / && bargain verify "$OLDPWD/lbo.json" > /dev/null; echo "exit $?"
--- stdout
verified: 2 files, every count matches
exit 0
verified: 2 files, every count matches
exit 0
exit 0

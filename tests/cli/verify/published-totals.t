# --published compares the recount with totals a vendor published: matching exits 0, a total that differs is named with both values and exits 1; a YAML file of the same keys works too.
--- file vendor.yaml
# What the e-voting service announced.
eligible: 255
yes: 76
no: 152
abstain: 3
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate lbo.json > /dev/null
bargain verify lbo.json --published "eligible=255,yes=76,no=152,abstain=3"; echo "exit $?"
bargain verify lbo.json --published "eligible=255, yes=78, no=150"; echo "exit $?"
bargain verify lbo.json --published ../vendor.yaml; echo "exit $?"
--- stdout
verified: 2 files, every count matches, and so do the published totals
exit 0
differs: yes: 78 published, 76 in the recount
differs: no: 150 published, 152 in the recount
not verified: 0 of 2 files changed, 2 numbers differ
exit 1
verified: 2 files, every count matches, and so do the published totals
exit 0

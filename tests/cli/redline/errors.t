# redline's own refusals: no contract: folder; --from or --to that names no point (with a did-you-mean), or the other option's point; an offer with no date or no side; --article that names nothing in the contract.
--- run
cp -r "$EXAMPLES/sos-2020" sos
grep -v '^contract:' sos/campaign.yaml > sos/nocontract.yaml
bargain redline sos/nocontract.yaml; echo "exit $?"
bargain redline sos/campaign.yaml --from s3; echo "exit $?"
bargain redline sos/campaign.yaml --to currnt; echo "exit $?"
bargain redline sos/campaign.yaml --from ta; echo "exit $?"
bargain redline sos/campaign.yaml --to current; echo "exit $?"
sed -i 's/^    side: union$/    label: opening/' sos/campaign.yaml
sed '/^    date: 2020-01-06$/d' sos/campaign.yaml > sos/undated.yaml
bargain redline sos/undated.yaml --to lbo; echo "exit $?"
bargain redline sos/campaign.yaml --to union-dec; echo "exit $?"
bargain redline sos/campaign.yaml --article art-18; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
bargain: sos/nocontract.yaml: this campaign keeps no contract text
   = help: add contract: with the folder of the contract's Markdown files, one per article, like contract: contract/ (bargain init writes one to start from)
bargain: --from: 's3' is not current, a session id or an offer id of this campaign
   = help: did you mean 's1'?
bargain: --to: 'currnt' is not ta, a session id or an offer id of this campaign
bargain: --from: 'ta' is where a comparison ends, with every agreement
   = help: write --to ta (the default), and --from current, a session id or an offer id
bargain: --to: 'current' is where a comparison starts, with the contract as it is
   = help: write --from current (the default), and --to ta, a session id or an offer id
bargain: --to: offer 'lbo' has no date, so which sessions it follows is not known
   = help: give the offer a date:
bargain: --to: offer 'union-dec' has no side, so whose proposals are its package is not known
   = help: give the offer side: union or side: employer
bargain: --article: the contract has no article or section 'art-18'
   = help: did you mean 'art-10'?

# contract's own refusals: a campaign with no contract: folder, --as-of that names no point (with a did-you-mean; current and ta are points), a --final file that is missing or not UTF-8, -o naming a contract file or the --final file, --final with --format.
--- run
cp -r "$EXAMPLES/sos-2020" sos
grep -v '^contract:' sos/campaign.yaml > nocontract.yaml
cp -r sos/ballots sos/roster.csv .
bargain contract nocontract.yaml; echo "exit $?"
bargain contract sos/campaign.yaml --as-of s3; echo "exit $?"
bargain contract sos/campaign.yaml --as-of 2019-13-01; echo "exit $?"
bargain contract sos/campaign.yaml --final nothere.md; echo "exit $?"
printf '# Article 7 Grievance procedure\n\nCaf\351\n' > latin1.md
bargain contract sos/campaign.yaml --final latin1.md; echo "exit $?"
bargain contract sos/campaign.yaml --format text -o sos/contract/10-wages.md; echo "exit $?"
bargain contract sos/campaign.yaml --final latin1.md -o latin1.md; echo "exit $?"
bargain contract sos/campaign.yaml --final latin1.md --format html; echo "exit $?"
bargain contract sos/campaign.yaml --as-of current | grep -c 'eight (8) weeks'
bargain contract sos/campaign.yaml --as-of ta | grep -c 'eight (8) weeks'
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
0
1
--- stderr
bargain: nocontract.yaml: this campaign keeps no contract text
   = help: add contract: with the folder of the contract's Markdown files, one per article, like contract: contract/ (bargain init writes one to start from)
bargain: --as-of: 's3' is not current, ta, a session id or a date (YYYY-MM-DD) of this campaign
   = help: did you mean 's1'?
bargain: --as-of: '2019-13-01': no such date
bargain: nothere.md: cannot open: No such file or directory
bargain: latin1.md:3:4: this file is not UTF-8 text: byte 0xE9 is not a character
   = help: save it as UTF-8 (a word processor's "Plain text, UTF-8"); the contract's text must read the same everywhere it is shown
bargain: sos/contract/10-wages.md: -o names a file this run reads; writing it would replace it. Nothing was written
bargain: latin1.md: -o names a file this run reads; writing it would replace it. Nothing was written
bargain: --final prints its comparison as text: leave out --format (or write the agreement first, without --final)

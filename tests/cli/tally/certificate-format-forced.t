# --certificate-format writes the format asked for whatever the file is called; the strike vote's two-thirds rule is shown multiplied out.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos
bargain tally --campaign campaign.yaml --vote strike-vote --certificate strike.cert --certificate-format markdown > /dev/null; echo "exit $?"
grep -A3 'requirement' strike.cert
--- stdout
exit 0
| requirement | arithmetic |  |
|---|---|---|
| at least 2/3 of valid votes | yes × 3 ≥ valid × 2: 204 × 3 = 612 ≥ 226 × 2 = 452 | met |


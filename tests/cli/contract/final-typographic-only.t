# contract --final ignores what is not the contract's words: line breaks and spaces, curly quotes for straight ones, dashes, no-break spaces, heading marks and section ids; a proof with only those differences exits 0. The printed file's own closing list (bargain contract's) is not compared.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain contract sos/campaign.yaml -o printed.md
bargain contract sos/campaign.yaml --final printed.md; echo "exit $?"
python3 -c "
import re
t = open('printed.md', encoding='utf-8').read()
t = t.replace(\"employee's\", 'employee\u2019s').replace('one-half', 'one\u2013half').replace('six (6)', 'six\u00a0(6)')
t = re.sub(r' \{#[^}]*\}', '', t)                         # no section ids
t = re.sub(r'^#+ ', '', t, flags=re.M)                    # no heading marks
t = t.replace('shall be granted, on request,', 'shall be granted,\n   on request,')
open('proof.txt', 'w', encoding='utf-8').write(t)
"
bargain contract sos/campaign.yaml --final proof.txt; echo "exit $?"
--- stdout
printed.md: no substantive difference from the contract with every tentative agreement applied: 12 sections, compared ignoring whitespace, typographic quotes and dashes
exit 0
proof.txt: no substantive difference from the contract with every tentative agreement applied: 12 sections, compared ignoring whitespace, typographic quotes and dashes
exit 0

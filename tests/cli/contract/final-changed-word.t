# contract --final compares a printed contract with the agreement word by word: a changed word and a dropped sentence are listed with their section, the printed line and both texts, and it exits 1.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain contract sos/campaign.yaml -o printed.md
sed -e 's/eight (8) weeks/six (6) weeks/' -e 's/ Unused sick leave shall accumulate without limit\.//' printed.md > proof.md
bargain contract sos/campaign.yaml --final proof.md; echo "exit $?"
--- stdout
proof.md: 2 differences from the contract with every tentative agreement applied:
  proof.md:62: in section art-17.1 (17.1 Sick leave)
    agreed:  month of service. Unused sick leave shall accumulate without limit.
    printed: month of service.
  proof.md:65: in section art-17.2 (17.2 Parental leave)
    agreed:  , on request, eight (8) weeks of paid parental
    printed: , on request, six (6) weeks of paid parental
exit 1

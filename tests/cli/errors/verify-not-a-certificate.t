# verify is given a file that is not a JSON object (a list, plain text, an empty file): refused, saying it expected a certificate or a tally report.
--- file list.json
[{"certificate": 1}]
--- file notes.txt
The LBO vote failed, 76 yes and 152 no.
--- file empty.json
--- run
bargain verify list.json; echo "exit $?"
bargain verify notes.txt; echo "exit $?"
bargain verify empty.json; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
bargain: list.json:1:1: expected a result certificate (tally --certificate FILE.json) or a tally --format json report, a JSON object with "certificate" or "inputs"; found a list
bargain: notes.txt is a certificate for people to read and sign; verify reads the JSON certificate, written with bargain tally ... --certificate FILE.json
bargain: empty.json:1:1: expected a result certificate (tally --certificate FILE.json) or a tally --format json report, a JSON object with "certificate" or "inputs"; found nothing

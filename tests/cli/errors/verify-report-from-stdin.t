# A tally report counted from standard input names no file verify can read again, and two missing files are both named before verify gives up.
--- file ballots.csv
voter,accept
V1,yes
V2,no
--- file roster.csv
voter
V1
V2
--- run
bargain tally - --format json -o stdin.json < ballots.csv
bargain verify stdin.json; echo "exit $?"
bargain tally ballots.csv --roster roster.csv --format json -o report.json
mkdir elsewhere && mv ballots.csv roster.csv elsewhere/
bargain verify report.json; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: stdin.json: cannot verify: it was counted from standard input, which cannot be read again; count the file by its name to make a record anyone can verify
bargain: ballots.csv: cannot open: No such file or directory
bargain: roster.csv: cannot open: No such file or directory
bargain: report.json: cannot verify: 2 files it names are missing (a report's paths are relative to the folder the tally ran in; run verify there, or give that folder as --root DIR)

# An unclosed quote in YAML ballots is an error; it must not silently swallow the ballots after it.
--- file ballots.yaml
ballots:
  - voter: V1
    accept: "yes
  - voter: V2
    accept: no
  - voter: V3
    accept: no
--- run
bargain tally ballots.yaml > report.txt 2> errors.txt
echo "exit $?"
cut -d: -f1-4 errors.txt
wc -c < report.txt
--- stdout
exit 2
bargain: ballots.yaml:3:13
0

# A NUL byte in a YAML ballot file means it is not text, as in CSV: said in those words, at its line.
--- run
{ printf 'ballots:\n  - {voter: V1, accept: yes}\n  - {voter: V2, accept: y'; printf '\000'; printf 's}\n'; } > ballots.yaml
bargain tally ballots.yaml 2> errors.txt
echo "exit $?"
grep -c '^bargain: ballots.yaml:3:[0-9]*: NUL byte: this is not a text file$' errors.txt
--- stdout
exit 2
1

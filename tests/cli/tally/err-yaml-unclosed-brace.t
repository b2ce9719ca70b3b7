# A flow mapping missing its closing brace is reported as a YAML syntax error, not as a strange key.
--- file ballots.yaml
ballots:
  - {voter: V1, accept: yes}
  - {voter: V2, accept: no
--- run
bargain tally ballots.yaml 2> errors.txt
echo "exit $?"
grep -c 'invalid YAML' errors.txt
--- stdout
exit 2
1

# 100,000 levels of nesting, closed or not, in a campaign, a ballot file or a roster: an error at the level past the limit (or, for brackets never closed, where the parser gave up looking for them), never a stack overflow.
--- file ballots.csv
voter,accept
V1,yes
--- run
python3 - <<'PY'
n = 100000
open("lists.yaml", "w").write("bargain: 1\ncampaign: {name: x}\nevents: " + "[" * n + "]" * n + "\n")
open("maps.yaml", "w").write("bargain: 1\ncampaign: {name: x}\nevents: " + "{a: " * n + "x" + "}" * n + "\n")
open("unclosed.yaml", "w").write("[" * n + "\n")
open("ballots.yaml", "w").write("ballots:\n  - {voter: V1, accept: " + "[" * n + "]" * n + "}\n")
open("roster.yaml", "w").write("roster: " + "[" * n + "]" * n + "\n")
PY
bargain check lists.yaml 2>&1; echo "exit $?"
bargain timeline maps.yaml 2>&1; echo "exit $?"
bargain check unclosed.yaml 2>&1; echo "exit $?"
bargain tally unclosed.yaml 2>&1; echo "exit $?"
bargain tally ballots.yaml 2>&1; echo "exit $?"
bargain tally ballots.csv --roster roster.yaml 2>&1; echo "exit $?"
--- stdout
bargain: lists.yaml:3:72: nesting too deep (more than 64 levels)
  |
3 | ...[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[...
  |                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
exit 2
bargain: maps.yaml:3:261: nesting too deep (more than 64 levels)
  |
3 | ...{a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: ...
  |                                            ^
exit 2
bargain: unclosed.yaml:2:1: nesting too deep: hundreds of '[' or '{' opened and never closed
exit 2
bargain: unclosed.yaml:2:1: nesting too deep: hundreds of '[' or '{' opened and never closed
exit 2
bargain: ballots.yaml:2:40: nesting too deep (more than 16 levels)
exit 2
bargain: roster.yaml:1:26: nesting too deep (more than 16 levels)
exit 2

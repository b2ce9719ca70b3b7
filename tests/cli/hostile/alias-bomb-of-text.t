# An alias to one long value, repeated thousands of times, is a "billion laughs" made of text: refused once the copies pass 16 MiB, in a campaign and in a ballot file (found by the hostile corpus: it used to take 7 GB).
--- run
python3 - <<'PY'
big = "x" * 3000000
with open("campaign.yaml", "w") as f:
    f.write('bargain: 1\ncampaign: {name: &a "%s"}\nevents:\n' % big)
    for i in range(1000):
        f.write("  - {id: e%d, kind: rally, date: 2020-01-01, title: *a, what: *a, who: *a, why: *a}\n" % i)
with open("ballots.yaml", "w") as f:
    f.write('questions: {accept: &a "%s"}\nballots:\n' % big)
    for i in range(5000):
        f.write("  - {voter: V%d, accept: *a, a2: *a, a3: *a}\n" % i)
PY
bargain check campaign.yaml
echo "exit $?"
bargain tally ballots.yaml
--- stdout
exit 2
--- stderr
bargain: campaign.yaml:5:62: aliases repeat more than 16 MiB of text (is this a 'billion laughs' file?)
  |
5 |   - {id: e1, kind: rally, date: 2020-01-01, title: *a, what: *a, who: *a, why: *a}
  |                                                              ^^
bargain: ballots.yaml:4:41: aliases repeat more than 16 MiB of text (is this a 'billion laughs' file?)
--- exit 2

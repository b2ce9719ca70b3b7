#!/usr/bin/env python3
"""Secret ballot, checked mechanically: no output links a voter to a choice.

Every voter id and ballot serial below is distinctive, and so is every
ballot's mark on the `note` question (a void answer that only that ballot
carries). The ballots are set aside in every way there is: duplicates (with
--duplicates first and last), not on the roster (rejected, or sealed with
--challenge-unlisted), cast before the window opens and after it closes.
Then every output a user can ask for is read line by line (and JSON and
YAML record by record): `bargain tally` in each format, its --audit file,
--chart SVG and --certificate in each format, `bargain verify` of the JSON
certificate, `bargain notice` of an event whose vote counts those ballots
and of the vote's result, every file of `bargain site` (which may hold no
voter id, serial or mark at all) and its --check, here and on the bundled
examples, and the error messages of ballots that do not read. And small
units: no output of a --by-unit tally may change when only the votes within
units too small to report change (see SMALL_UNITS). No line or record may
hold a voter's id or serial together with any of that voter's choices, and
the audit file may have no choice column at all.

    secrecy_check.py --bargain PATH
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:
    sys.exit("secrecy_check.py: the Python yaml library is missing: run setup.sh (python3-yaml)")

ROSTER = """\
voter,unit
VOTER-ALPHA,unit-one
VOTER-BRAVO,unit-one
VOTER-DELTA,unit-two
VOTER-FOXTROT,unit-two
VOTER-GOLF,unit-two
VOTER-HOTEL,unit-one
"""

# (voter, serial, cast_at, accept, strike, note); VOTER-ECHO is not on the roster.
CSV_BALLOTS = [
    ("VOTER-ALPHA", "SERIAL-A1", "2026-03-10T10:00", "yes", "no", "mark-alpha-one"),
    ("VOTER-BRAVO", "SERIAL-B1", "2026-03-10T10:05", "no", "abstain", "mark-bravo-one"),
    ("VOTER-BRAVO", "SERIAL-B2", "2026-03-10T11:00", "abstain", "yes", "mark-bravo-two"),
    ("VOTER-ECHO", "SERIAL-E1", "2026-03-10T11:30", "No", "Yes", "mark-echo-one"),
    ("VOTER-DELTA", "SERIAL-D1", "2026-03-20T11:00", "YES", "", "mark-delta-one"),
    ("VOTER-FOXTROT", "SERIAL-F1", "2026-03-01T09:00", " no ", "yes", "mark-foxtrot-one"),
    ("VOTER-GOLF", "SERIAL-G1", "", "yes", "no", "mark-golf-one"),
    ("VOTER-HOTEL", "SERIAL-H1", "2026-03-10T12:00", "no", "no", "mark-hotel-one"),
]
# A second file: HOTEL votes again (a duplicate across files), ECHO again.
YAML_BALLOTS = [
    ("VOTER-HOTEL", "SERIAL-H2", "2026-03-10T13:00", "yes", "abstain", "mark-hotel-two"),
    ("VOTER-ECHO", "SERIAL-E2", "2026-03-10T13:30", "abstain", "no", "mark-echo-two"),
]
ALL_BALLOTS = CSV_BALLOTS + YAML_BALLOTS
# The `note` question's marks are all void, which the count refuses (not one
# valid answer, in all or in one file) unless some are mapped to answers (one
# in each file); the rest stay void and are counted in the warnings.
OPTIONS = ["--roster", "roster.csv", "--opens", "2026-03-05", "--closes", "2026-03-11",
           "--answer", "mark-alpha-one=yes", "--answer", "mark-hotel-two=no"]

CAMPAIGN = """\
bargain: 1
campaign:
  name: Secrecy check
  employer: Acme
units:
  - {id: unit-one, name: Unit One, members: 3}
  - {id: unit-two, name: Unit Two, members: 3}
sessions:
  - {id: s1, date: 2026-01-05}
offers:
  - {id: lbo, side: employer, label: "last, best offer", date: 2026-03-01, final: true, wages: [1.0]}
votes:
  - id: lbo-vote
    kind: lbo
    offer: lbo
    question: Do you accept the employer's last, best offer?
    opens: 2026-03-05T00:00
    closes: 2026-03-11T23:59
    ballots: [ballots.csv, ballots.yaml]
    column: accept
    roster: roster.csv
  - id: strike-vote
    kind: strike-authorization
    question: Do you authorize a strike?
    opens: 2026-03-05T00:00
    closes: 2026-03-11T23:59
    ballots: [ballots.csv, ballots.yaml]
    column: strike
    roster: roster.csv
    rule: two-thirds
events:
  - id: rally
    kind: rally
    title: Rally for a fair contract
    date: 2026-03-20
    start: "12:00"
    end: "13:00"
    what: A rally
    who: Members
    why: A fair contract
    locations:
      - {name: Hall, address: 1 Main St., city: Springfield}
"""

failures = []


def fail(message):
    failures.append(message)


def choice_pattern(values):
    """Matches any of a voter's choices: their distinctive marks anywhere,
    yes/no/abstain as whole words in any case."""
    words = sorted({v.strip().lower() for v in values if v.strip()}, key=len, reverse=True)
    marks = [re.escape(w) for w in words if w.startswith("mark-")]
    plain = [r"(?<![\w-])" + re.escape(w) + r"(?![\w-])" for w in words if not w.startswith("mark-")]
    return re.compile("|".join(marks + plain), re.IGNORECASE)


# Each voter: the ids that name them, and every choice any of their ballots made.
VOTERS = {}
for voter, serial, _, accept, strike, note in ALL_BALLOTS:
    ids, choices = VOTERS.setdefault(voter, (set(), set()))
    ids.update({voter, serial})
    choices.update({accept, strike, note})
PATTERNS = {voter: (ids, choice_pattern(choices)) for voter, (ids, choices) in VOTERS.items()}


def check_record(where, text):
    for voter, (ids, pattern) in PATTERNS.items():
        if any(i in text for i in ids):
            m = pattern.search(text)
            if m:
                fail(f"{where}: names {voter} next to their choice {m.group(0)!r}: {text.strip()[:200]!r}")


def check_text(where, text):
    for number, line in enumerate(text.splitlines(), 1):
        check_record(f"{where}:{number}", line)


def check_tree(where, node):
    """A JSON/YAML record is one mapping: its keys and its own scalar values."""
    if isinstance(node, dict):
        own = [str(k) for k in node] + [str(v) for v in node.values() if not isinstance(v, (dict, list))]
        check_record(where, " ".join(own))
        for k, v in node.items():
            check_tree(f"{where}.{k}", v)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            check_tree(f"{where}[{i}]", v)


def check_audit(where, text, expect_statuses):
    lines = text.splitlines()
    if not lines:
        return fail(f"{where}: empty audit file")
    header = lines[0].split(",")
    if header != ["file", "line", "voter", "ballot", "status"]:
        fail(f"{where}: audit columns are {header}, expected file,line,voter,ballot,status and no choice column")
    every_choice = choice_pattern([c for _, (_, cs) in VOTERS.items() for c in cs])
    for number, line in enumerate(lines[1:], 2):
        cells = line.split(",")
        if len(cells) != 5:
            fail(f"{where}:{number}: {len(cells)} cells, expected 5: {line!r}")
        m = every_choice.search(line)
        if m:
            fail(f"{where}:{number}: a choice {m.group(0)!r} in the audit: {line!r}")
    statuses = {line.split(",")[-1] for line in lines[1:]}
    if not expect_statuses <= statuses:
        fail(f"{where}: expected statuses {sorted(expect_statuses)}, found {sorted(statuses)}")
    check_text(where, text)


def run(bargain, work, args, expect_exit=0):
    proc = subprocess.run([bargain] + args, cwd=work, capture_output=True, timeout=60,
                          env={**os.environ, "NO_COLOR": "1", "LC_ALL": "C.UTF-8", "TZ": "UTC"})
    out = proc.stdout.decode("utf-8", "backslashreplace")
    err = proc.stderr.decode("utf-8", "backslashreplace")
    where = "bargain " + " ".join(args)
    if proc.returncode != expect_exit:
        fail(f"{where}: exit {proc.returncode}, expected {expect_exit}: {err.strip()[:300]}")
    check_text(where + " (stderr)", err)
    return where, out, err


def read(work, name):
    with open(os.path.join(work, name), encoding="utf-8", errors="backslashreplace") as f:
        return f.read()


def write(work, name, text):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write(text)


def write_ballots(work):
    write(work, "roster.csv", ROSTER)
    rows = ["voter,ballot,cast_at,accept,strike,note"]
    rows += [",".join(f'"{c}"' if c != c.strip() else c for c in b) for b in CSV_BALLOTS]
    write(work, "ballots.csv", "\n".join(rows) + "\n")
    items = [f"  - {{voter: {v}, ballot: {s}, cast_at: {t}, accept: {a}, strike: {k}, note: {n}}}"
             for v, s, t, a, k, n in YAML_BALLOTS]
    write(work, "ballots.yaml", "bargain: 1\nballots:\n" + "\n".join(items) + "\n")
    write(work, "campaign.yaml", CAMPAIGN)


def check_yaml_reads_as_json(where, as_yaml, as_json):
    """PyYAML reads YAML 1.1, where a bare yes: or no: key is a boolean: the
    YAML report must read as the same tree as the JSON one, q["yes"] and all."""
    for q in as_yaml["questions"]:
        for key in ("yes", "no", "abstain"):
            if not isinstance(q.get(key), int):
                fail(f"{where}: question {q.get('id')!r} has no {key!r} count as PyYAML reads it: {sorted(map(str, q))}")
    if as_yaml != as_json:
        fail(f"{where}: the YAML report does not read as the JSON one does")


def check_tallies(bargain, work):
    runs = 0
    for duplicates in ("first", "last"):
        for challenge in ([], ["--challenge-unlisted"]):
            for by_unit in ([], ["--by-unit"]):
                for fmt, certificate in (("text", "cert.txt"), ("json", "cert.json"), ("yaml", "cert.md"),
                                         ("csv", "cert.html"), ("markdown", "cert.json")):
                    args = (["tally", "ballots.csv", "ballots.yaml"] + OPTIONS +
                            ["--duplicates", duplicates, "--format", fmt, "--audit", "audit.csv",
                             "--chart", "chart.svg", "--certificate", certificate] + challenge + by_unit)
                    where, out, _ = run(bargain, work, args)
                    runs += 1
                    if not out.strip():
                        fail(f"{where}: no report")
                    check_text(where, out)
                    try:
                        if fmt == "json":
                            as_json = json.loads(out)
                            check_tree(where, as_json)
                        elif fmt == "yaml":
                            as_yaml = yaml.safe_load(out)
                            check_tree(where, as_yaml)
                            check_yaml_reads_as_json(where, as_yaml, as_json)
                    except Exception as e:  # a report that does not parse is a failure too
                        fail(f"{where}: {fmt} output does not parse: {e}")
                    check_text(where + " --chart", read(work, "chart.svg"))
                    check_text(where + " --certificate", read(work, certificate))
                    if certificate == "cert.json":
                        check_tree(where + " --certificate", json.loads(read(work, certificate)))
                        where_v, out_v, _ = run(bargain, work, ["verify", certificate])
                        if "verified:" not in out_v:
                            fail(f"{where_v}: the certificate does not verify: {out_v!r}")
                        check_text(where_v, out_v)
                    expect = {"duplicate", "outside-window", "challenged" if challenge else "not-on-roster"}
                    check_audit(where + " --audit", read(work, "audit.csv"), expect)
    return runs


def check_notices(bargain, work):
    runs = 0
    for template in ("media-advisory", "press-release"):
        for fmt in ("text", "markdown", "html"):
            where, out, _ = run(bargain, work, ["notice", "campaign.yaml", "rally", "--template", template,
                                                "--format", fmt])
            runs += 1
            if "last, best offer" not in " ".join(out.split()):
                fail(f"{where}: the notice does not report the vote, so this check proves nothing")
            check_text(where, out)
    for fmt in ("text", "markdown", "html"):
        where, out, _ = run(bargain, work, ["notice", "campaign.yaml", "lbo-vote", "--format", fmt])
        runs += 1
        check_text(where, out)
    where, out, _ = run(bargain, work, ["check", "campaign.yaml"])
    check_text(where, out)
    return runs + 1


def check_site(bargain, work):
    """The members' site holds no voter id, serial or mark at all (a stricter
    rule than "not next to a choice": the site is public), and its own
    --check finds nothing, here and on the bundled examples."""
    where, out, _ = run(bargain, work, ["site", "campaign.yaml", "-o", "site", "--today", "2026-03-15"])
    runs = 1
    marks = [m for b in ALL_BALLOTS for m in (b[0], b[1], b[5])]
    pages = 0
    for folder, _, names in os.walk(os.path.join(work, "site")):
        for name in names:
            path = os.path.join(folder, name)
            text = open(path, encoding="utf-8", errors="replace").read()
            pages += 1
            check_text(where + " " + name, text)
            for mark in marks:
                if mark in text:
                    fail(f"{where}: {os.path.relpath(path, work)} holds {mark!r}")
    if pages < 5:
        fail(f"{where}: the site has {pages} files, so this check proves nothing")
    site_votes = open(os.path.join(work, "site", "votes.html"), encoding="utf-8").read()
    if "Result:" not in site_votes:
        fail(f"{where}: votes.html gives no result, so this check proves nothing")
    where, out, _ = run(bargain, work, ["site", "campaign.yaml", "--check", "site"])
    runs += 1
    examples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")
    for example in sorted(os.listdir(examples)):
        campaign = os.path.join(examples, example, "campaign.yaml")
        if not os.path.exists(campaign):
            continue
        built = os.path.join(work, "site-" + example)
        run(bargain, work, ["site", campaign, "-o", built])
        run(bargain, work, ["site", campaign, "--check", built])
        runs += 2
    return runs


# Small units (--by-unit): a unit with fewer ballots than --min-unit-ballots
# shows its result and not its counts. Checked by difference: two ballot
# files that differ only in how the small units' members voted (the whole
# vote's counts and each unit's result the same) must give the same bytes in
# every format, once the files' sha256 are set aside. The second pair moves
# a vote between a one-member unit and a large one: the large unit's counts
# beside the whole vote's would give the small one away by subtraction, so
# they must be withheld too.
SMALL_UNITS = [
    # (name, roster: unit of each voter, ballots A, ballots B): each ballot (voter, answer)
    ("withheld-units",
     [("P%02d" % i, "wide-unit") for i in range(20)] + [("Q%d" % i, "quad-unit") for i in range(4)] +
     [("T%d" % i, "trio-unit") for i in range(3)],
     [("P%02d" % i, "yes" if i % 3 else "no") for i in range(20)] +
     [("Q0", "yes"), ("Q1", "no"), ("Q2", "no"), ("Q3", "no"), ("T0", "no"), ("T1", "no"), ("T2", "no")],
     [("P%02d" % i, "yes" if i % 3 else "no") for i in range(20)] +
     [("Q0", "no"), ("Q1", "no"), ("Q2", "no"), ("Q3", "no"), ("T0", "yes"), ("T1", "no"), ("T2", "no")]),
    ("one-member-unit",
     [("P%02d" % i, "wide-unit") for i in range(20)] + [("S0", "solo-unit")],
     [("P%02d" % i, "yes" if i % 3 else "no") for i in range(19)] + [("P19", "blank"), ("S0", "abstain")],
     [("P%02d" % i, "yes" if i % 3 else "no") for i in range(19)] + [("P19", "abstain"), ("S0", "blank")]),
]


def small_unit_outputs(bargain, work, roster, ballots, extra):
    """Every output of a --by-unit tally of these ballots, sha256 set aside."""
    write(work, "units-roster.csv", "voter,unit\n" + "".join(f"{v},{u}\n" for v, u in roster))
    text = "voter,accept\n" + "".join(f"{v},{a}\n" for v, a in ballots)
    write(work, "units-ballots.csv", text)
    digest = hashlib.sha256(text.encode()).hexdigest()
    outputs = {}
    for fmt in ("text", "json", "yaml", "csv", "markdown"):
        for certificate in ("units-cert.txt", "units-cert.md", "units-cert.html", "units-cert.json"):
            if fmt != "text" and certificate != "units-cert.json":
                continue  # each certificate format once is enough
            args = ["tally", "units-ballots.csv", "--roster", "units-roster.csv", "--by-unit", "--format", fmt,
                    "--chart", "units-chart.svg", "--certificate", certificate] + extra
            where, out, err = run(bargain, work, args)
            outputs[where] = out + "\n--- stderr\n" + err
            outputs[where + " --chart"] = read(work, "units-chart.svg")
            outputs[where + " --certificate"] = read(work, certificate)
            if certificate == "units-cert.json":
                where_v, out_v, _ = run(bargain, work, ["verify", certificate])
                if "verified:" not in out_v:
                    fail(f"{where_v}: the certificate does not verify: {out_v!r}")
                outputs[where_v] = out_v
    return {k: v.replace(digest, "SHA256").replace(digest[:16], "SHA256") for k, v in outputs.items()}


def check_small_units(bargain, work):
    runs = 0
    for name, roster, a, b in SMALL_UNITS:
        first = small_unit_outputs(bargain, work, roster, a, [])
        second = small_unit_outputs(bargain, work, roster, b, [])
        runs += 2 * len(first)
        for where in first:
            if first[where] != second[where]:
                lines = [f"{x!r} / {y!r}" for x, y in zip(first[where].splitlines(), second[where].splitlines())
                         if x != y]
                fail(f"{name}: {where}: shows how a small unit voted (two votes that differ only there "
                     f"give different output): {lines[:2]}")
        if not any("fewer than 5 ballots" in out for out in first.values()):
            fail(f"{name}: no output says why a unit's counts are not shown, so this check proves nothing")
        # With the minimum off the counts are shown, and differ: the check can fail.
        shown_a = small_unit_outputs(bargain, work, roster, a, ["--min-unit-ballots", "0"])
        shown_b = small_unit_outputs(bargain, work, roster, b, ["--min-unit-ballots", "0"])
        runs += 2 * len(shown_a)
        if shown_a == shown_b:
            fail(f"{name}: with --min-unit-ballots 0 the outputs do not differ either, so this check proves nothing")
    return runs


# Ballots that do not read: the error names the place, never the choice.
BAD_BALLOTS = [
    ("bad.yaml", "ballots:\n  - {voter: VOTER-ALPHA, accept: [mark-alpha-one]}\n"),
    ("bad.yaml", "ballots:\n  - {voter: VOTER-ALPHA, accept: {mark-alpha-one: 1}}\n"),
    ("bad.yaml", "ballots:\n  - {voter: VOTER-ALPHA, accept: mark-alpha-one, accept: yes}\n"),
    ("bad.yaml", "ballots:\n  - {voter: VOTER-ALPHA, accept: mark-alpha-one, cast_at: 2026-02-30}\n"),
    ("bad.yaml", "ballots:\n  - {voter: VOTER-ALPHA, accept: mark-alpha-one, unit: [x]}\n"),
    ("bad.yaml", "ballots:\n  - {voter: VOTER-ALPHA, accept: \"mark-alpha-one}\n"),
    ("bad.yaml", "ballots:\n  - {voter: VOTER-ALPHA, accept: mark-alpha-one\n"),
    ("bad.yaml", "ballots:\n  - {voter: VOTER-ALPHA, accept: mark-alpha-one}\n  - [VOTER-ALPHA, mark-alpha-one]\n"),
    ("bad.csv", "voter,accept\nVOTER-ALPHA,\"mark-alpha-one\"x\n"),
    ("bad.csv", "voter,accept\nVOTER-ALPHA,mark-alpha-one,yes\n"),
    ("bad.csv", "voter,accept\nVOTER-ALPHA,\"mark-alpha-one\n"),
    ("bad.csv", "voter,cast_at,accept\nVOTER-ALPHA,yes,mark-alpha-one\n"),
    ("bad.csv", "voter,accept\nVOTER-ALPHA,mark-alpha-one\0\n"),
]


def check_errors(bargain, work):
    for name, text in BAD_BALLOTS:
        with open(os.path.join(work, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        _, out, err = run(bargain, work, ["tally", name], expect_exit=2)
        if not err.startswith("bargain: " + name + ":"):
            fail(f"bargain tally {name} with {text!r}: unlocated message {err!r}")
        if "mark-alpha-one" in err:
            fail(f"bargain tally {name} with {text!r}: the error echoes a choice: {err!r}")
    return len(BAD_BALLOTS)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bargain", required=True)
    args = ap.parse_args()
    bargain = os.path.abspath(args.bargain)
    with tempfile.TemporaryDirectory(prefix="bargain-secrecy-") as work:
        write_ballots(work)
        runs = check_tallies(bargain, work)
        runs += check_notices(bargain, work)
        runs += check_site(bargain, work)
        runs += check_small_units(bargain, work)
        runs += check_errors(bargain, work)
    for f in failures:
        print("FAIL " + f)
    print(f"{runs} runs, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

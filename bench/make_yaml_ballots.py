#!/usr/bin/env python3
"""make_yaml_ballots.py N DIR [--seed S]: writes DIR/ballots.yaml, N ballots in
bargain's YAML ballot format, for timing the YAML reader against a bare
yaml-cpp event pass over the same file (bench/yaml_pass.cpp).

The voters are drawn as bargain-make-ballots draws them, so the file can be
tallied with the roster.csv that `bargain-make-ballots N DIR` writes: ids
V0000001... (zero-padded to 7 digits) of the round(N * 1.05) roster voters,
about 2% repeat votes by an earlier voter and about 1% voters not on the
roster. The same N and seed write the same bytes (Python's random.Random is
a fixed Mersenne Twister). A blank answer leaves the key out; both questions
are declared, so it counts as blank. Prints what a correct tally reports.
"""
import argparse
import os
import random


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="ballot records")
    ap.add_argument("dir", help="output folder")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    n = a.n
    rng = random.Random(a.seed)
    roster = round(n * 1.05)
    width = max(7, len(str(roster + n)))
    os.makedirs(a.dir, exist_ok=True)

    # Roster voters in a random order without replacement: a shuffled range.
    order = list(range(1, roster + 1))
    rng.shuffle(order)
    next_new = 0
    next_unlisted = roster + 1
    voted = []  # voters seen so far, for repeat votes
    seen = set()
    start = 1578898800  # 2020-01-13T07:00:00, taken as UTC only to format it
    span = 4 * 86400 + 12 * 3600  # to 2020-01-17T19:00:00
    import time

    accept_words = (("yes", 52), ("no", 36), ("abstain", 6), (None, 6))
    strike_words = (("yes", 70), ("no", 20), ("abstain", 5), (None, 5))

    def table(words):
        t = []
        for w, p in words:
            t += [w] * p
        return t

    acc_t, str_t = table(accept_words), table(strike_words)
    expected = {"duplicate": 0, "not-on-roster": 0, "counted": 0}
    answers = {q: {"yes": 0, "no": 0, "abstain": 0, "blank": 0} for q in ("accept", "strike")}

    path = os.path.join(a.dir, "ballots.yaml")
    tmp = path + ".tmp"
    out = []
    out.append("bargain: 1\nquestions:\n  accept: Do you accept the employer's offer?\n"
               "  strike: Do you authorize a strike?\nballots:\n")
    for i in range(n):
        r = rng.random()
        if voted and r < 0.02:
            voter = voted[rng.randrange(len(voted))]
        elif r < 0.03 or next_new >= roster:
            voter = next_unlisted
            next_unlisted += 1
        else:
            voter = order[next_new]
            next_new += 1
        acc = acc_t[rng.randrange(100)]
        stk = str_t[rng.randrange(100)]
        t = start + (span * i) // max(1, n - 1)
        cast_at = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t))
        if voter in seen:
            expected["duplicate"] += 1
        else:
            seen.add(voter)
            voted.append(voter)
            if voter > roster:
                expected["not-on-roster"] += 1
            else:
                expected["counted"] += 1
                answers["accept"][acc or "blank"] += 1
                answers["strike"][stk or "blank"] += 1
        fields = [f"voter: V{voter:0{width}d}", f"ballot: B{i + 1}", f"cast_at: {cast_at}"]
        if acc:
            fields.append(f"accept: {acc}")
        if stk:
            fields.append(f"strike: {stk}")
        out.append("  - {" + ", ".join(fields) + "}\n")
    with open(tmp, "w", encoding="ascii", newline="\n") as f:
        f.writelines(out)
    os.replace(tmp, path)
    print(f"wrote {path} ({n} ballots, {os.path.getsize(path) / 1e6:.1f} MB)")
    print(f"a correct tally with roster.csv of bargain-make-ballots {n}: received {n}, "
          f"duplicate {expected['duplicate']}, not-on-roster {expected['not-on-roster']}, "
          f"counted {expected['counted']}")
    for q, c in answers.items():
        print(f"  {q}: yes {c['yes']}, no {c['no']}, abstain {c['abstain']}, blank {c['blank']}")


if __name__ == "__main__":
    main()

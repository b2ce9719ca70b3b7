#!/usr/bin/env python3
"""The catalogue of bargain's error messages, kept honest by a test.

A message nobody has seen printed is a message nobody has checked reads
well, says where, and says what to do. So every message lib/ and cli/ can
produce has a golden end-to-end test (tests/cli/**/*.t) that prints it, and
doc/errors.md, generated from those tests, shows each one as a user meets
it: the message, an example run, and what to do.

A message is found in the code as the string literals inside a call that
makes one (problem(...), fail(...), report(...), Diagnostic{...} and the
like); its longest literal piece must appear in the stdout or stderr a
golden test expects. The few that no command line can produce (out of
memory, a build without its embedded data) are listed, each with its
reason, in tests/error_catalogue_exempt.txt, by file and fragment.

    error_catalogue.py ROOT            fail on a message with no golden test,
                                       or a doc/errors.md that is out of date
    error_catalogue.py ROOT --write    regenerate doc/errors.md
    error_catalogue.py --self-test     check the scanner on small sources
"""

import glob
import os
import re
import sys

CALL = re.compile(r"\b(problem|fail|refuse|report|report_warning|Diagnostic|InputError|warn|note|error_at)\s*[({]")
ASSIGNED = re.compile(r"\.message\s*\+?=(?!=)")
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
# Shorter pieces ("' in ", "; ") say nothing on their own.
SIGNIFICANT = 6

FOLDERS = [
    ("cli", "The command line"),
    ("lib/core", "Dates, times and text"),
    ("lib/io", "Reading files"),
    ("lib/tally", "Ballots, rosters, totals and counting"),
    ("lib/campaign", "The campaign file and law presets"),
    ("lib/timeline", "The timeline"),
    ("lib/sessions", "Bargaining sessions"),
    ("lib/offers", "Offers and costing"),
    ("lib/notice", "Notices and templates"),
]


def code_chars(src, start):
    """(index, character) of src from `start`, skipping string literals."""
    i, in_string = start, False
    while i < len(src):
        c = src[i]
        if in_string:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", src[i:i + 4]):
            i += src.index("'", i + 2 if src[i + 1] == "\\" else i + 1) - i  # a char literal: '"' is not a string
        else:
            yield i, c
        i += 1


def call_argument(src, start):
    """The text of the balanced (...) or {...} that opens at src[start]."""
    depth = 0
    for i, c in code_chars(src, start):
        if c in "({":
            depth += 1
        elif c in ")}":
            depth -= 1
            if depth == 0:
                return src[start:i + 1]
    return src[start:]


def statement(src, start):
    """The text from src[start] to the ';' that ends its statement."""
    for i, c in code_chars(src, start):
        if c == ";":
            return src[start:i]
    return src[start:]


def unescape(literal):
    return bytes(literal, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace") \
        if "\\" in literal else literal


def template(argument):
    """The message as a reader sees it, with ... where the code fills in a value."""
    pieces = list(LITERAL.finditer(argument))
    lead = re.split(r"[,({]", argument[:pieces[0].start()])[-1] if pieces else ""
    out = "…" if "+" in lead else ""
    for n, m in enumerate(pieces):
        between = argument[pieces[n - 1].end():m.start()] if n else ""
        if n and between.strip(" \n+"):
            out += "…"
        out += unescape(m.group(1))
    after = argument[pieces[-1].end():] if pieces else ""
    if after.strip(" \n)}").startswith("+"):
        out += "…"
    return re.sub(r"\{[^{}]*\}", "…", out)


def fragments(argument):
    out = []
    for m in LITERAL.finditer(argument):
        for piece in re.split(r"\{[^{}]*\}", unescape(m.group(1))):
            if len(piece.strip(" '.,;:()")) >= SIGNIFICANT:
                out.append(piece)
    return out


def messages_in(path, src):
    """(path, line, template, longest fragment) for each message-making call."""
    found, inside = [], 0
    for m in CALL.finditer(src):
        if m.start() < inside:
            continue  # report(Diagnostic{...}): one message, not two
        argument = call_argument(src, m.end() - 1)
        inside = m.end() - 1 + len(argument)
        pieces = fragments(argument)
        if not pieces:
            continue
        line = src.count("\n", 0, m.start()) + 1
        found.append((path, line, template(argument), max(pieces, key=len)))
    # A message written into a Diagnostic made earlier: d.message = "...".
    for m in ASSIGNED.finditer(src):
        argument = statement(src, m.end())
        pieces = fragments(argument)
        if pieces:
            line = src.count("\n", 0, m.start()) + 1
            found.append((path, line, template(argument), max(pieces, key=len)))
    return found


def scan_code(root):
    found = []
    for path in sorted(glob.glob(os.path.join(root, "lib/*/*.cpp")) + glob.glob(os.path.join(root, "cli/*.cpp"))):
        with open(path, encoding="utf-8") as f:
            found += messages_in(os.path.relpath(path, root), f.read())
    return found


def golden_tests(root):
    """(path, comment, run, printed) for every golden test."""
    tests = []
    for path in sorted(glob.glob(os.path.join(root, "tests/cli/**/*.t"), recursive=True)):
        comment, sections, current = [], {}, None
        with open(path, encoding="utf-8") as f:
            for raw in f.read().split("\n"):
                if raw.startswith("--- "):
                    current = raw[4:].split()[0] if raw[4:].split() else ""
                    sections.setdefault(current, [])
                elif current is None:
                    comment.append(raw.lstrip("# "))
                elif current in ("run", "stdout", "stderr"):
                    sections[current].append(raw)
        printed = "\n".join(sections.get("stderr", []) + sections.get("stdout", []))
        tests.append((os.path.relpath(path, root), " ".join(comment).strip(), "\n".join(sections.get("run", [])).strip(),
                      "\n".join(sections.get("stderr", [])).strip(), printed))
    return tests


def exemptions(root):
    exempt = {}
    path = os.path.join(root, "tests/error_catalogue_exempt.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line and not line.startswith("#"):
                    path, fragment, reason = (line.split("\t") + ["", ""])[:3]
                    exempt[(path, fragment)] = reason.strip()
    return exempt


def example_for(fragment, tests):
    """The golden test that shows a message best: one in tests/cli/errors/, else the shortest."""
    showing = [t for t in tests if fragment in t[4]]
    if not showing:
        return None
    return min(showing, key=lambda t: (not t[0].startswith("tests/cli/errors/"), len(t[2]) + len(t[4]), t[0]))


def message_block(printed, fragment):
    """The lines of the one message that holds `fragment`: its located line,
    then its excerpt and help lines."""
    lines = printed.split("\n")
    for i, line in enumerate(lines):
        if fragment in line:
            block = [line]
            for more in lines[i + 1:]:
                if not re.match(r"^ +(\||=)|^[0-9]+ \|", more):
                    break
                block.append(more)
            return block
    return []


def catalogue(root):
    tests = golden_tests(root)
    exempt = exemptions(root)
    entries, missing, seen, used = [], [], set(), set()
    for path, line, text, fragment in scan_code(root):
        if (path, fragment) in exempt:
            used.add((path, fragment))
            continue
        example = example_for(fragment, tests)
        if example is None:
            missing.append(f"{path}:{line}: no golden test prints '{fragment}'")
            continue
        if text in seen:
            continue
        seen.add(text)
        entries.append((path, text, example, fragment))
    for path, fragment in sorted(set(exempt) - used):
        missing.append(f"tests/error_catalogue_exempt.txt: no message in {path} has '{fragment}' any more: remove the line")
    return entries, missing, exempt


def what_to_do(example, block):
    """The message's own help line, else what its test says about it."""
    helps = [l.split("= help:", 1)[1].strip() for l in block if "= help:" in l]
    return "What to do: " + helps[0] if helps else "When: " + example[1]


def render(entries):
    out = ["# Error messages", "",
           "Every message `bargain` prints about a problem, with a run that prints it, and what to do",
           "(its help line) or when it is printed (what its test is about).",
           "Each example is a golden test under `tests/cli/`; the file is generated from them by",
           "`tests/error_catalogue.py . --write` and a test fails when it is out of date.", "",
           "A message names the place (`FILE:LINE:COL`), shows the line of a campaign, preset, template",
           "or totals file with `^^^` under the place, and says what to do on a `= help:` line. A ballot or",
           "roster record is never shown: it would print a vote or a member's id into a log.", "",
           "Exit codes: 2 for bad input (every message here unless it says `warning:` or `note:`), 1 for a",
           "violated constraint or a failed vote with `--exit-status`, 3 for an undetermined result.", ""]
    for folder, title in FOLDERS:
        mine = sorted((e for e in entries if e[0].startswith(folder + "/")), key=lambda e: e[1].lower().lstrip("…'"))
        if not mine:
            continue
        out += [f"## {title}", ""]
        for path, text, example, fragment in mine:
            block = message_block(example[4], fragment)
            run = example[2].split("\n")
            out += [f"### {text.strip()}", "", f"From `{path}`; shown by `{example[0]}`:", "", "```"]
            # A short run is the example; a long one is in its test.
            out += ["$ " + l for l in run] if len(run) <= 3 else []
            out += block
            out += ["```", "", what_to_do(example, block), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def self_test():
    src = '''
        problem(n, "unknown key '" + k.value + "' in " + what_ + ";");
        fail(at, fmt::format("offer '{}' has {} contract years", id, n));
        report(option + ": x");
        if (c == '"') problem(n, "a quote '\\"' closes nothing here");
        d.message = "this cell is in column " + std::to_string(i + 1) + ", which has no name";
    '''
    found = messages_in("lib/x/y.cpp", src)
    assert [f[2] for f in found] == ["unknown key '…' in …;", "offer '…' has … contract years",
                                     "a quote '\"' closes nothing here", "this cell is in column …, which has no name"], found
    assert [f[3] for f in found] == ["unknown key '", " contract years", "a quote '\"' closes nothing here",
                                     "this cell is in column "], found
    assert template('(n, "a" + x)') == "a…"
    assert unescape(r"a\nb") == "a\nb"
    print("ok")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) < 2:
        sys.exit(__doc__)
    root = argv[1]
    entries, missing, exempt = catalogue(root)
    text = render(entries)
    doc = os.path.join(root, "doc/errors.md")
    if "--write" in argv:
        os.makedirs(os.path.dirname(doc), exist_ok=True)
        with open(doc, "w", encoding="utf-8") as f:
            f.write(text)
    status = 0
    for m in missing:
        print(m)
        status = 1
    current = open(doc, encoding="utf-8").read() if os.path.exists(doc) else ""
    if current != text:
        print("doc/errors.md is out of date: run tests/error_catalogue.py . --write")
        status = 1
    if status == 0:
        print(f"ok: {len(entries)} messages, each printed by a golden test; {len(exempt)} exempt")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))

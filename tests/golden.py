#!/usr/bin/env python3
"""Runs one golden end-to-end test of the bargain binary.

A test is one readable file (tests/cli/**/*.t) holding the input files, the
command, and the expected stdout, stderr, exit code and written files:

    # A tie fails a majority vote.
    --- file ballots.csv
    voter,accept
    V1,yes
    V2,no
    --- run
    bargain tally ballots.csv --exit-status
    --- stdout
    ...
    --- stderr
    --- exit 1
    --- output audit.csv
    ...

Sections start with a line `--- NAME [ARG]`. Lines before the first section
are comments. `run` is a shell script run by /bin/sh in a fresh directory
holding the `file`s, with the built bargain first on PATH and $EXAMPLES
pointing at the repository's examples/. A missing `stdout` or `stderr`
section expects that stream to be empty; a missing `exit` expects 0. Every
text section ends with a newline unless its header says `--- stdout -n`.

    golden.py --bargain PATH TEST.t           run, print a diff on mismatch
    golden.py --bargain PATH --update TEST.t  rewrite the expectations
    golden.py --bargain PATH --tally-threads 1 TEST.t...
        run every test that runs `bargain tally`, with `--threads 1` added to
        each tally: one thread must give the same bytes as the default
"""

import argparse
import difflib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(os.path.dirname(HERE), "examples")


class Section:
    def __init__(self, name, arg, no_newline):
        self.name, self.arg, self.no_newline = name, arg, no_newline
        self.lines = []

    def text(self):
        body = "".join(line + "\n" for line in self.lines)
        if self.no_newline and body.endswith("\n"):
            body = body[:-1]
        return body


def parse(path):
    comments, sections = [], []
    with open(path, encoding="utf-8", newline="\n") as f:
        text = f.read()
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for raw in lines:
            if raw.startswith("--- "):
                words = raw[4:].split()
                no_newline = "-n" in words
                words = [w for w in words if w != "-n"]
                name = words[0] if words else ""
                arg = " ".join(words[1:])
                sections.append(Section(name, arg, no_newline))
            elif sections:
                sections[-1].lines.append(raw)
            else:
                comments.append(raw)
    known = {"file", "run", "stdout", "stderr", "exit", "output"}
    for s in sections:
        if s.name not in known:
            sys.exit(f"{path}: unknown section '--- {s.name}'")
    if sum(1 for s in sections if s.name == "run") != 1:
        sys.exit(f"{path}: needs exactly one '--- run' section")
    return comments, sections


def tally_wrapper(bargain, threads, folder):
    """A `bargain` that runs the real one, with --threads added to a tally."""
    real = os.path.abspath(bargain)
    wrapper = os.path.join(folder, "bargain")
    with open(wrapper, "w", encoding="utf-8") as f:
        f.write("#!/bin/sh\n"
                f'if [ "$1" = tally ]; then shift; exec "{real}" tally --threads {threads} "$@"; fi\n'
                f'exec "{real}" "$@"\n')
    os.chmod(wrapper, 0o755)
    return wrapper


def run(bargain, path, update):
    comments, sections = parse(path)
    with tempfile.TemporaryDirectory(prefix="bargain-golden-") as work:
        for s in sections:
            if s.name == "file":
                target = os.path.join(work, s.arg)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "w", encoding="utf-8", newline="\n") as f:
                    f.write(s.text())
        script = next(s for s in sections if s.name == "run").text()
        env = {
            "PATH": os.path.dirname(os.path.abspath(bargain)) + os.pathsep + os.environ.get("PATH", ""),
            "EXAMPLES": EXAMPLES,
            "LC_ALL": "C.UTF-8",
            "NO_COLOR": "1",
            "HOME": work,
            "TZ": "UTC",
        }
        for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if name in os.environ:
                env[name] = os.environ[name]
        proc = subprocess.run(["/bin/sh", "-c", script], cwd=work, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        actual = {
            "stdout": proc.stdout.decode("utf-8", "backslashreplace"),
            "stderr": proc.stderr.decode("utf-8", "backslashreplace"),
            "exit": f"{proc.returncode}",
        }
        outputs = {}
        for s in sections:
            if s.name == "output":
                try:
                    with open(os.path.join(work, s.arg), encoding="utf-8", errors="backslashreplace",
                              newline="") as f:
                        outputs[s.arg] = f.read()
                except FileNotFoundError:
                    outputs[s.arg] = "<no such file>\n"

    if update:
        return rewrite(path, comments, sections, actual, outputs)

    failures = []

    def compare(label, want, got):
        if want != got:
            diff = difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                        f"expected {label}", f"actual {label}")
            failures.append("".join(diff) or f"{label}: expected {want!r}, got {got!r}\n")

    by_name = {}
    for s in sections:
        by_name.setdefault(s.name, s)
    for stream in ("stdout", "stderr"):
        compare(stream, by_name[stream].text() if stream in by_name else "", actual[stream])
    want_exit = by_name["exit"].arg if "exit" in by_name else "0"
    compare("exit code", want_exit + "\n", actual["exit"] + "\n")
    for s in sections:
        if s.name == "output":
            compare(s.arg, s.text(), outputs[s.arg])
    if failures:
        sys.stdout.write(f"FAIL {path}\n" + "".join(f + ("" if f.endswith("\n") else "\n") for f in failures))
        return 1
    return 0


def rewrite(path, comments, sections, actual, outputs):
    out = [line + "\n" for line in comments]

    def emit(name, arg, text):
        no_newline = text != "" and not text.endswith("\n")
        header = "--- " + name + (" " + arg if arg else "") + (" -n" if no_newline else "")
        out.append(header + "\n")
        out.append(text if text.endswith("\n") or text == "" else text + "\n")

    for s in sections:
        if s.name in ("file", "run"):
            emit(s.name, s.arg, s.text())
    if actual["stdout"]:
        emit("stdout", "", actual["stdout"])
    if actual["stderr"]:
        emit("stderr", "", actual["stderr"])
    if actual["exit"] != "0":
        out.append(f"--- exit {actual['exit']}\n")
    for s in sections:
        if s.name == "output":
            emit("output", s.arg, outputs[s.arg])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bargain", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--tally-threads", type=int)
    ap.add_argument("tests", nargs="+")
    args = ap.parse_args()
    status = 0
    if args.tally_threads is None:
        for t in args.tests:
            status |= run(args.bargain, t, args.update)
        return status
    with tempfile.TemporaryDirectory(prefix="bargain-threads-") as folder:
        bargain = tally_wrapper(args.bargain, args.tally_threads, folder)
        ran = 0
        for t in args.tests:
            with open(t, encoding="utf-8") as f:
                text = f.read()
            if "bargain tally" not in text or "--threads" in text:  # a test of --threads itself
                continue
            status |= run(bargain, t, False)
            ran += 1
        print(f"{ran} tests run with bargain tally --threads {args.tally_threads}")
    return status


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The library's dependencies run one way, and this test keeps them so.

    core  <-  io, text  <-  tally  <-  campaign  <-  timeline, sessions, offers, notice  <-  cli

A file may include its own folder's headers and those of a folder below it,
never one beside or above it: io and text do not include each other, and no
feature folder includes another (what two features share moves down). Every
include of the library names its folder ("tally/rule.h"). The adapters stay
alone with their third-party library. Run from anywhere:

    include_direction.py SOURCE_DIR
    include_direction.py --self-test      (the check finds what it must)
"""

import os
import re
import sys
import tempfile

LEVEL = {"core": 0, "io": 1, "text": 1, "tally": 2, "campaign": 3,
         "timeline": 4, "sessions": 4, "offers": 4, "notice": 4, "contract": 4,
         # The members' site composes the features' reports into pages.
         "site": 5}
# Third-party headers and the one file allowed each (STYLE.md: one adapter
# per library with quirks).
ADAPTERS = {"yaml-cpp/": "io/yaml_source.cpp", "kainjow/": "notice/template_render.cpp",
            "date/tz.h": "core/datetime.cpp", "gmpxx.h": "core/exact.cpp", "gmp.h": "core/exact.cpp",
            "cmark.h": "io/markdown_html.cpp"}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def check(root):
    lib = os.path.join(root, "lib")
    problems = []
    for folder in sorted(os.listdir(lib)):
        path = os.path.join(lib, folder)
        if folder == "data":
            continue
        if not os.path.isdir(path):
            problems.append(f"lib/{folder}: a file outside the subsystem folders ({', '.join(LEVEL)})")
            continue
        if folder not in LEVEL:
            problems.append(f"lib/{folder}/: not a known subsystem folder: add it to LEVEL in {__file__}")
            continue
        for name in sorted(os.listdir(path)):
            rel = f"{folder}/{name}"
            with open(os.path.join(path, name), encoding="utf-8") as f:
                text = f.read()
            for m in INCLUDE.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                kind, target = m.groups()
                where = f"lib/{rel}:{line}"
                for header, owner in ADAPTERS.items():
                    if target.startswith(header) and rel != owner:
                        problems.append(f"{where}: includes {target}, which only lib/{owner} may")
                if kind == "<":
                    continue
                if "/" not in target:
                    home = [f for f in LEVEL if os.path.exists(os.path.join(lib, f, target))]
                    problems.append(f'{where}: #include "{target}" names no folder' +
                                    (f' (write "{home[0]}/{target}")' if home else ""))
                    continue
                to = target.split("/")[0]
                if to not in LEVEL:
                    problems.append(f'{where}: #include "{target}" is not a header of the library')
                elif not os.path.exists(os.path.join(lib, target)):
                    problems.append(f'{where}: #include "{target}": no such header')
                elif to != folder and LEVEL[to] >= LEVEL[folder]:
                    way = "sideways" if LEVEL[to] == LEVEL[folder] else "up"
                    problems.append(f'{where}: #include "{target}" runs {way}: {folder}/ may include '
                                    f"its own headers and those of "
                                    f"{', '.join(f + '/' for f in LEVEL if LEVEL[f] < LEVEL[folder]) or 'no other folder'}")
    tests = os.path.join(root, "tests")
    for folder in sorted(os.listdir(tests)):
        path = os.path.join(tests, folder)
        if folder.endswith("_test.cpp") and folder != "main_test.cpp":
            problems.append(f"tests/{folder}: unit tests mirror lib/: move it into its folder")
        elif os.path.isdir(path) and any(n.endswith("_test.cpp") for n in os.listdir(path)) and folder not in LEVEL:
            problems.append(f"tests/{folder}/: unit tests mirror lib/, which has no {folder}/")
    return problems


def self_test():
    """A tree with one of each mistake: each must be found, and nothing else."""
    files = {
        "lib/core/text.h": "#include <string>\n",
        "lib/io/csv.h": '#include "core/text.h"\n#include "text/style.h"\n',       # sideways
        "lib/text/style.h": '#include "core/text.h"\n',
        "lib/tally/rule.h": '#include "notice/notice.h"\n#include "text.h"\n',   # up; no folder
        "lib/notice/notice.h": '#include "tally/rule.h"\n#include "offers/cost.h"\n',  # fine; sideways
        "lib/offers/cost.h": "#include <yaml-cpp/yaml.h>\n",                     # not the adapter
        "lib/stray.cpp": "",                                                       # outside the folders
        "tests/rule_test.cpp": "",                                                 # not mirrored
    }
    expected = ['lib/io/csv.h:2: #include "text/style.h" runs sideways',
                'lib/tally/rule.h:1: #include "notice/notice.h" runs up',
                'lib/tally/rule.h:2: #include "text.h" names no folder (write "core/text.h")',
                'lib/notice/notice.h:2: #include "offers/cost.h" runs sideways',
                "lib/offers/cost.h:1: includes yaml-cpp/yaml.h, which only lib/io/yaml_source.cpp may",
                "lib/stray.cpp: a file outside the subsystem folders",
                "tests/rule_test.cpp: unit tests mirror lib/"]
    with tempfile.TemporaryDirectory() as root:
        for name, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(root, name)), exist_ok=True)
            with open(os.path.join(root, name), "w", encoding="utf-8") as f:
                f.write(text)
        found = check(root)
    missed = [e for e in expected if not any(p.startswith(e) for p in found)]
    extra = [p for p in found if not any(p.startswith(e) for e in expected)]
    for m in missed:
        print(f"self-test: not found: {m}")
    for x in extra:
        print(f"self-test: found but not expected: {x}")
    return 1 if missed or extra else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    problems = check(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) or file(s) out of place")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

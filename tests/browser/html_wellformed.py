#!/usr/bin/env python3
"""HTML that validates in the ways a browser forgives: every element that is
not void is closed, in order; no end tag without its start; attributes not
given twice; one doctype, first. The browser tests check what a reader
meets; this checks what a validator would (in place of vnu.jar, whose Java
runtime is too heavy for CI).

    html_wellformed.py FILE.html...
"""

import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Elements whose end tag HTML lets a page leave out; ours never do, but a
# validator accepts them, and so does this.
OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "option"}


class Checker(HTMLParser):
    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name, self.stack, self.problems, self.doctype = name, [], [], 0

    def where(self):
        return f"{self.name}:{self.getpos()[0]}"

    def handle_decl(self, decl):
        self.doctype += 1
        if decl.lower() != "doctype html" or self.stack:
            self.problems.append(f"{self.where()}: <!{decl}> is not the page's first thing, or not <!DOCTYPE html>")

    def handle_starttag(self, tag, attrs):
        names = [a for a, _ in attrs]
        for a in set(names):
            if names.count(a) > 1:
                self.problems.append(f"{self.where()}: <{tag}> gives {a} twice")
        if tag not in VOID:
            self.stack.append((tag, self.where()))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problems.append(f"{self.where()}: </{tag}> closes a void element")
            return
        while self.stack and self.stack[-1][0] != tag and self.stack[-1][0] in OPTIONAL_END:
            self.stack.pop()
        if not self.stack or self.stack[-1][0] != tag:
            open_tag = self.stack[-1] if self.stack else None
            self.problems.append(f"{self.where()}: </{tag}> does not close "
                                 + (f"<{open_tag[0]}> of {open_tag[1]}" if open_tag else "anything"))
            return
        self.stack.pop()


def main(files):
    failed = 0
    for name in files:
        c = Checker(name)
        c.feed(open(name, encoding="utf-8").read())
        c.close()
        if c.doctype != 1:
            c.problems.append(f"{name}: {c.doctype} doctypes, not one")
        for tag, where in c.stack:
            if tag not in OPTIONAL_END:
                c.problems.append(f"{where}: <{tag}> is never closed")
        for p in c.problems:
            print(p)
        print(f"{name}: {'ok' if not c.problems else 'FAILED'}")
        failed += bool(c.problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Writes a campaign with a long contract for timing `bargain redline`,
`bargain contract` and `bargain check`: ARTICLES articles of about
SECTIONS sections in all and WORDS words of contract prose (the issue's
300-page contract: 40 articles, 400 sections, 90,000 words), and SESSIONS
sessions whose proposals change about CHANGE of the sections, word by word
(numbers changed, clauses inserted, sentences added and dropped), delete a
few and add a few after: others. Most chains of proposals end in a signed
tentative agreement; some are still open. The issue's target: it redlines
in under a second.

It also writes final.md, the integrated agreement as a printer would set
it (no section ids, lines wrapped at another width, curly apostrophes and
quotes), so `bargain contract --final final.md` must find no difference,
and final-typos.md, the same with a word capitalised in TYPOS sections
(`--final` must list each). It prints what it wrote: the sections the
redline's table must list are the agreed ones.

    make_contract.py DIR [--articles 40] [--sections 400] [--words 90000]
                         [--change 0.10] [--sessions 8] [--typos 5] [--seed 1]

The same arguments and seed always write the same bytes.
"""

import argparse
import datetime
import os
import random
import re
import textwrap

NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
           10: "ten", 12: "twelve", 14: "fourteen", 15: "fifteen", 20: "twenty", 21: "twenty-one", 24: "twenty-four",
           30: "thirty", 45: "forty-five", 48: "forty-eight", 60: "sixty", 90: "ninety"}

ARTICLES = [
    "Recognition", "Union security", "Management rights", "Non-discrimination", "Union rights", "Stewards",
    "Labor-management committee", "Grievance procedure", "Arbitration", "Discipline and discharge",
    "Personnel files", "Probationary period", "Seniority", "Layoff and recall", "Vacancies and promotions",
    "Transfers", "Hours of work", "Overtime", "Wages", "Longevity", "Shift differential", "Health insurance",
    "Retirement", "Sick leave", "Vacation", "Holidays", "Personal leave", "Parental leave", "Bereavement leave",
    "Jury duty", "Military leave", "Leaves of absence", "Health and safety", "Uniforms and equipment",
    "Travel and mileage", "Training and education", "Telework", "Subcontracting", "No strike, no lockout",
    "Duration",
]

SECTION_TITLES = [
    "Purpose", "Definitions", "Eligibility", "Notice", "Procedure", "Time limits", "Pay", "Scheduling",
    "Requests", "Approval", "Records", "Disputes", "Exceptions", "Review", "Accrual", "Use", "Posting",
    "Selection", "Appeals", "Effective date", "Part-time employees", "Temporary assignments", "Information",
    "Meetings", "Representation", "Reporting", "Confidentiality", "Limitations", "Waiver", "Past practice",
]

SUBJECTS = [
    "The Employer", "The Union", "An employee", "Each employee", "A bargaining unit member",
    "The immediate supervisor", "The department head or designee", "A steward", "The committee",
    "The Director of Human Resources", "A probationary employee", "A part-time employee", "The parties",
    "An employee on approved leave",
]
MODALS = ["shall", "shall", "shall", "may", "shall not", "will", "must"]
DOCUMENTS = ["the written decision", "the notice", "the schedule", "the evaluation", "the posting",
             "the request", "the seniority list", "the report", "the personnel action", "the written reprimand"]
PARTIES = ["the Union", "the employee", "the affected employees", "the steward", "the Employer", "the committee"]
OCCASIONS = ["of the request", "of receipt", "after the occurrence", "of the meeting", "of the posting",
             "after the decision", "of the employee's return to work", "of the effective date"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TERMS = ["employee", "immediate family", "working day", "regular rate of pay", "continuous service",
         "bargaining unit", "shift", "workweek", "emergency", "qualified"]
DEFINITIONS = [
    "a person employed in a position in the bargaining unit described in Article 1",
    "the employee's spouse, domestic partner, child, stepchild, parent, sibling, grandparent or grandchild",
    "any day Monday through Friday other than a holiday observed under this Agreement",
    "the employee's hourly base rate together with any differential the employee regularly receives",
    "employment without a break of more than thirty (30) calendar days",
    "all employees in the classifications listed in the appendix to this Agreement",
    "a scheduled period of work of no less than four (4) consecutive hours",
    "the seven (7) consecutive days beginning at 12:01 a.m. on Sunday",
    "an unforeseen event that requires immediate action to protect life or property",
    "meeting the minimum requirements stated in the posting, as shown by the employee's record",
]


def number(n):
    return f"{NUMBERS[n]} ({n})"


# The grammar of a sentence: "{SUBJECT} {MODAL} {ACTION}{TIME}{CONDITION}.",
# each {slot} filled from VOCABULARY ("count" and "day" are numbers). An
# empty choice leaves the part out.
ACTIONS = [
    "provide written notice of {change} to {party}",
    "meet with {party} to discuss {matter}",
    "be compensated at {multiple} times the regular rate of pay",
    "receive {count} days of paid leave",
    "post {notice} on the bulletin board and the Employer's intranet",
    "respond to {document} in writing",
    "forward a copy of {document} to {party}",
    "submit a written request to {office}",
    "maintain a record of {record}",
    "be entitled to Union representation at any meeting that may lead to discipline",
    "be paid an allowance of {allowance} per {period}",
    "receive an increase of {percent} of base salary",
    "schedule {meeting} during the employee's regular working hours",
    "not {refuse} {request}",
]
TIMES = ["", "", " within {count} {days} days {occasion}", " within {count} {days} days {occasion}",
         " within {count} {days} days {occasion}", " within {count} {days} days {occasion}",
         " no later than {count} days before {deadline}", " on or before {month} {day} of each year",
         " at least {hours} hours in advance", " {term_of}"]
CONDITIONS = ["", "", "", ", provided that the employee has completed the probationary period",
              ", except as provided in Section {article}.{day9}", " unless the parties agree otherwise in writing",
              ", subject to the operational needs of the Employer", " in accordance with Article {article}",
              ", and such approval shall not be unreasonably denied"]
VOCABULARY = {
    "change": ["the change", "any proposed change", "the decision"],
    "party": PARTIES,
    "matter": ["the matter", "the proposed change", "its effects", "the schedule"],
    "multiple": ["one and one-half (1.5)", "two (2)"],
    "notice": ["the vacancy", "the schedule", "the notice"],
    "document": DOCUMENTS,
    "office": ["the immediate supervisor", "Human Resources", "the department head"],
    "record": ["all hours worked", "leave used and accrued", "each request and its answer", "all overtime offered"],
    "allowance": ["fifty dollars ($50.00)", "seventy-five dollars ($75.00)", "one hundred dollars ($100.00)",
                  "two hundred fifty dollars ($250.00)"],
    "period": ["month", "year", "pay period"],
    "percent": ["one percent (1%)", "two percent (2%)", "two and one-half percent (2.5%)", "three percent (3%)"],
    "meeting": ["the meeting", "the hearing", "the interview", "the training"],
    "refuse": ["unreasonably deny", "delay"],
    "request": ["the request", "the grievance", "the transfer", "the leave"],
    "days": ["working", "calendar"],
    "occasion": OCCASIONS,
    "deadline": ["the effective date", "the change", "the start of the leave"],
    "month": MONTHS,
    "term_of": ["each pay period", "during the term of this Agreement", "each fiscal year"],
    "limit": ["limit", "waive", "diminish"],
    "law": ["state law", "federal law", "this Agreement"],
}


class Prose:
    """Sentences of contract prose from a small grammar, so that no two
    sections read the same and a word diff has real work to do."""

    def __init__(self, rng, articles):
        self.rng = rng
        self.articles = articles  # article numbers, for cross references

    def slot(self, name):
        if name == "count":
            return number(self.rng.choice([2, 3, 5, 7, 10, 10, 14, 15, 20, 30, 30, 45, 60, 90]))
        if name == "hours":
            return number(self.rng.choice([12, 24, 48]))
        if name == "day":
            return str(self.rng.randint(1, 28))
        if name == "day9":
            return str(self.rng.randint(1, 9))
        if name == "article":
            return str(self.rng.choice(self.articles))
        return self.rng.choice(VOCABULARY[name])

    def fill(self, template):
        return re.sub(r"\{(\w+)\}", lambda m: self.slot(m.group(1)), template)

    def sentence(self):
        r = self.rng.random()
        if r < 0.06:
            term = self.rng.randrange(len(TERMS))
            return f'For the purposes of this Article, "{TERMS[term]}" means {DEFINITIONS[term]}.'
        if r < 0.13:
            return self.fill("Nothing in this Section shall be construed to {limit} the rights of {party} under {law}.")
        modal, action = self.rng.choice(MODALS), self.rng.choice(ACTIONS)
        if modal.endswith("not") and action.startswith("not "):
            modal = "shall"
        return (f"{self.rng.choice(SUBJECTS)} {modal} {self.fill(action)}{self.fill(self.rng.choice(TIMES))}"
                f"{self.fill(self.rng.choice(CONDITIONS))}.")

    def paragraph(self, sentences):
        return [self.sentence() for _ in range(sentences)]


def wrap(text, width, indent=""):
    return textwrap.fill(text, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent), break_on_hyphens=False, break_long_words=False)


class Section:
    """A section as paragraphs of sentences (a list item is a paragraph
    whose marker is set), so edits can work sentence by sentence."""

    def __init__(self, sid, level, title, paragraphs):
        self.id, self.level, self.title, self.paragraphs = sid, level, title, paragraphs

    def copy(self):
        return Section(self.id, self.level, self.title, [(m, list(s)) for m, s in self.paragraphs])

    def words(self):
        return sum(len(s.split()) for _, ss in self.paragraphs for s in ss)

    def body(self, width=76):
        out = []
        for marker, sentences in self.paragraphs:
            out.append(wrap(" ".join(sentences), width, marker + " " if marker else ""))
        # List items stay together, one after the other.
        text = ""
        for k, p in enumerate(out):
            if k:
                both_items = self.paragraphs[k][0] and self.paragraphs[k - 1][0]
                text += "\n" if both_items else "\n\n"
            text += p
        return text + "\n" if text else ""

    def heading(self, with_id=True):
        h = "#" * self.level + " " + self.title
        return h + " {#" + self.id + "}" if with_id else h


NUMBER_RE = re.compile(r"\b([a-z-]+) \((\d+)\)")


def edit(rng, prose, section):
    """The section with one to three word-level changes (a sentence
    inserted and then deleted again is no change: then it tries again)."""
    s = section.copy()
    for _ in range(rng.randint(1, 3)):
        k = rng.randrange(len(s.paragraphs))
        marker, sentences = s.paragraphs[k]
        i = rng.randrange(len(sentences))
        kind = rng.randrange(5)
        if kind == 0 and NUMBER_RE.search(sentences[i]):
            def other(m):
                n = int(m.group(2))
                choices = [x for x in NUMBERS if x != n and abs(x - n) <= max(5, n)]
                return number(rng.choice(choices))
            sentences[i] = NUMBER_RE.sub(other, sentences[i], count=1)
        elif kind == 1:
            clause = rng.choice([", provided that the Union is notified in advance",
                                 " and shall give the reasons in writing",
                                 ", including employees on approved leave",
                                 ", without loss of pay or benefits"])
            sentences[i] = sentences[i][:-1] + clause + "."
        elif kind == 2 and " may " in sentences[i]:
            sentences[i] = sentences[i].replace(" may ", " shall ", 1)
        elif kind == 3 and len(sentences) > 1:
            del sentences[i]
        else:
            sentences.insert(i + 1, prose.sentence())
        s.paragraphs[k] = (marker, sentences)
    return s if s.body() != section.body() else edit(rng, prose, section)


def write_printed(folder, articles, final, added_after, rng, typos):
    """final.md, the agreed contract in order with each new section after
    the one it names, as a printer sets it; and final-typos.md, the same
    with a word changed in TYPOS sections."""
    printed = []
    for _, sections in articles:
        for s in sections:
            for x in ([final[s.id]] if s.id in final else []) + added_after.get(s.id, []):
                body = x.body(width=68).replace("'", "\u2019")
                body = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", body)
                heading = x.heading(with_id=False)
                printed.append(heading + "\n\n" + body if x.paragraphs else heading + "\n")
    with open(os.path.join(folder, "final.md"), "w") as f:
        f.write("\n".join(printed))
    word = re.compile(r"\b(shall|may|within|days)\b")
    can = [k for k, x in enumerate(printed) if word.search(x)]
    for k in rng.sample(can, min(typos, len(can))):
        printed[k] = word.sub(lambda m: m.group(1).upper(), printed[k], count=1)
    with open(os.path.join(folder, "final-typos.md"), "w") as f:
        f.write("\n".join(printed))


def write_campaign(folder, dates, sessions):
    """campaign.yaml with its sessions' proposals; the number of proposals."""
    signers = ("Dana Whitfield", "Marcus Bell")

    def block(text, indent):
        return "|\n" + "".join((indent + line if line else "") + "\n" for line in text.rstrip("\n").split("\n"))

    out = ["bargain: 1", "campaign:", "  name: Benchmark contract", "  employer: Benchmark County",
           "  timezone: America/Chicago", "  contract_expires: 2024-12-31",
           "units:", "  - {id: county, name: County Employees, members: 1200}", "contract: contract/", "sessions:"]
    for k, proposals in enumerate(sessions):
        out += [f"  - id: s{k + 1}", f"    date: {dates[k]}", '    start: "10:00"', '    end: "16:00"',
                "    location: County Building, Room 204"]
        if proposals:
            out.append("    proposals:")
        for p in proposals:
            out += [f"      - article: {p['article']}", f"        side: {p['side']}",
                    f"        summary: {p['summary']}", f"        status: {p['status']}",
                    f"        section: {p['section']}"]
            if "after" in p:
                out.append(f"        after: {p['after']}")
            if p.get("delete"):
                out.append("        delete: true")
            if "text" in p:
                t = p["text"]
                # A new section's text starts with its heading; a section
                # of the contract keeps its own.
                text = (t.heading() + "\n\n" + t.body()) if p.get("new") else t.body()
                out.append("        text: " + block(text, "          ").rstrip("\n"))
            if "signed" in p:
                out.append(f"        signed: {{union: {signers[0]}, employer: {signers[1]}, date: {p['signed']}}}")
    with open(os.path.join(folder, "campaign.yaml"), "w") as f:
        f.write("\n".join(out) + "\n")
    return sum(len(p) for p in sessions)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--sections", type=int, default=400, help="sections in all, article headings not counted")
    ap.add_argument("--words", type=int, default=90000)
    ap.add_argument("--change", type=float, default=0.10, help="share of sections a proposal changes")
    ap.add_argument("--sessions", type=int, default=8)
    ap.add_argument("--typos", type=int, default=5, help="sections with a printer's error in final-typos.md")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    titles = [ARTICLES[k % len(ARTICLES)] + ("" if k < len(ARTICLES) else f" ({k // len(ARTICLES) + 1})")
              for k in range(a.articles)]
    numbers = list(range(1, a.articles + 1))
    prose = Prose(rng, numbers)
    # An article's preamble is about a third of a section.
    words_per_section = a.words / (a.sections + a.articles * 0.3)

    # The contract: each article a heading with a short preamble (or none)
    # and its sections, each of a few paragraphs, some a numbered list.
    articles = []  # (file name, [Section])
    per_article = [a.sections // a.articles + (1 if k < a.sections % a.articles else 0) for k in range(a.articles)]
    for k, n in enumerate(numbers):
        head = Section(f"art-{n}", 1, f"Article {n} {titles[k]}",
                       [("", prose.paragraph(rng.randint(1, 2)))] if rng.random() < 0.6 else [])
        sections = [head]
        names = rng.sample(SECTION_TITLES, min(per_article[k], len(SECTION_TITLES)))
        for j in range(per_article[k]):
            title = names[j] if j < len(names) else f"{rng.choice(SECTION_TITLES)} ({j + 1})"
            # The last sentence runs over the target, by half of one on average.
            target = words_per_section * rng.uniform(0.5, 1.5) - 12
            paragraphs = []
            words = 0
            listed = rng.random() < 0.15
            # Sentence by sentence, so the section ends near its target.
            while words < target:
                if listed and paragraphs:
                    ps = [(f"{i + 1}.", prose.paragraph(1)) for i in range(rng.randint(3, 5))]
                else:
                    ps = [("", [])]
                    for _ in range(rng.randint(3, 6)):
                        if words >= target:
                            break
                        ps[0][1].append(prose.sentence())
                        words += len(ps[0][1][-1].split())
                paragraphs += ps
                words += sum(len(s.split()) for m, ss in ps if m for s in ss)  # a list's items
            sections.append(Section(f"art-{n}.{j + 1}", 2, f"{n}.{j + 1} {title}", paragraphs))
        slug = re.sub(r"[^a-z0-9]+", "-", titles[k].lower()).strip("-")
        articles.append((f"{n:02d}-{slug}.md", sections))

    # The sessions: two weeks apart, starting two weeks after the contract expired.
    first = datetime.date(2025, 1, 14)
    dates = [first + datetime.timedelta(days=14 * k) for k in range(a.sessions)]
    sessions = [[] for _ in dates]

    def propose(session, article, side, status, summary, section, **language):
        p = {"article": article, "side": side, "summary": summary, "status": status, "section": section.id}
        p.update(language)
        if status == "ta":
            p["signed"] = dates[session]
        sessions[session].append(p)

    # Which sections change, and how: a few deleted, a few added after one,
    # the rest edited; each a chain of proposals across sessions.
    body_sections = [(k, s) for k, (_, ss) in enumerate(articles) for s in ss[1:]]
    changed = rng.sample(body_sections, max(1, round(len(body_sections) * a.change)))
    deletes = max(1, len(changed) // 12)
    adds = max(1, len(changed) // 12)
    final = {s.id: s for _, ss in articles for s in ss}  # the agreed contract, by id
    added_after = {}  # anchor id -> [new Section], in the order they are placed
    stats = {"ta": 0, "open": 0}
    last = a.sessions - 1
    for n, (k, s) in enumerate(changed):
        article = titles[k]
        start = rng.randrange(max(1, a.sessions - 2))
        ta = rng.random() < 0.8
        if n < deletes:
            propose(start, article, "employer", "open", "strike the section", s, delete=True)
            if ta:
                propose(rng.randint(start + 1, last), article, "employer", "ta", "strike the section", s, delete=True)
                del final[s.id]
        elif n < deletes + adds:
            new = Section(f"{s.id}a", 2, s.title.split(" ", 1)[0] + "a " + rng.choice(SECTION_TITLES),
                          [("", prose.paragraph(rng.randint(3, 6))) for _ in range(rng.randint(1, 3))])
            propose(start, article, "union", "open", "a new section", new, text=new, after=s.id, new=True)
            if ta:
                agreed = edit(rng, prose, new)
                propose(rng.randint(start + 1, last), article, "employer", "ta", "the new section, amended", new,
                        text=agreed, new=True)
                added_after.setdefault(s.id, []).append(agreed)
        else:
            ours = edit(rng, prose, s)
            propose(start, article, "union", "open", "union proposal", s, text=ours)
            latest, side, at = ours, "union", start
            if rng.random() < 0.5 and start + 1 < last:
                at = rng.randint(start + 1, last - 1)
                latest, side = edit(rng, prose, ours), "employer"
                propose(at, article, side, "open", "counter-proposal", s, text=latest)
            if ta:
                propose(rng.randint(at + 1, last), article, side, "ta", "agreed", s, text=latest)
                final[s.id] = latest
        stats["ta" if ta else "open"] += 1

    folder = os.path.join(a.dir, "contract")
    os.makedirs(folder, exist_ok=True)
    total_words = 0
    for name, sections in articles:
        total_words += sum(s.words() for s in sections)
        with open(os.path.join(folder, name), "w") as f:
            f.write("\n".join(s.heading() + "\n" + ("\n" + s.body() if s.paragraphs else "") for s in sections))

    write_printed(a.dir, articles, final, added_after, rng, a.typos)

    proposals = write_campaign(a.dir, dates, sessions)
    sections = sum(len(ss) for _, ss in articles)
    print(f"{a.dir}: {len(articles)} articles, {sections} sections ({sections - len(articles)} under article "
          f"headings), {total_words} words; {len(changed)} sections changed ({deletes} deleted, {adds} added), "
          f"{stats['ta']} agreed and {stats['open']} open, in {proposals} proposals over "
          f"{a.sessions} sessions")


if __name__ == "__main__":
    main()

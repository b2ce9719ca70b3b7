#!/usr/bin/env python3
"""Reads the SOS example's calendar with the Python icalendar library.

The spec promises a calendar that Google Calendar, Outlook and Python's
icalendar accept. This test runs `bargain timeline --format ics` on
examples/sos-2020/campaign.yaml and checks, through an independent parser,
what a member's phone would show: every event, its UID, its day or its
instants in America/Chicago, its text unescaped, and a VTIMEZONE that
agrees with the tz database. It also checks the wire format itself: CRLF
everywhere and no physical line over 75 octets.

    ics_check.py --bargain PATH --campaign examples/sos-2020/campaign.yaml
"""

import argparse
import datetime
import os
import subprocess
import sys

try:
    import icalendar
except ImportError:
    sys.exit("ics_check.py: the Python icalendar library is missing: run setup.sh (python3-icalendar)")

UTC = datetime.timezone.utc
DOMAIN = "@sos-fair-contract-2019-20.bargain"


def utc(*fields):
    return datetime.datetime(*fields, tzinfo=UTC)


def day(y, m, d):
    return datetime.date(y, m, d)


# id -> (kind, start, end, summary): all-day items as dates (end exclusive),
# timed ones as the UTC instants America/Chicago's wall-clock times name.
EXPECTED = [
    ("s1", "session", utc(2019, 7, 9, 15), utc(2019, 7, 9, 20), "Bargaining session"),
    ("s2", "session", utc(2019, 10, 22, 15), utc(2019, 10, 22, 21), "Bargaining session"),
    ("union-dec", "offer", day(2019, 12, 10), day(2019, 12, 11), "Union offer"),
    ("lbo", "offer", day(2020, 1, 6), day(2020, 1, 7), "Employer offer: last, best offer"),
    ("lbo-vote", "vote", utc(2020, 1, 13, 13), utc(2020, 1, 18, 1),
     "Vote: Do you accept the employer's last, best offer?"),
    ("strike-vote", "vote", utc(2020, 1, 13, 13), utc(2020, 1, 18, 1),
     "Vote: Do you authorize the bargaining team to file an intent to strike notice?"),
    ("mediation", "mediation", day(2020, 1, 28), day(2020, 1, 29), "Mediation session"),
    ("picket-feb4", "picket", utc(2020, 2, 4, 17), utc(2020, 2, 4, 19, 30),
     "Informational picketing for a fair contract"),
    ("next-session", "deadline", day(2020, 2, 14), day(2020, 2, 15), "Next bargaining session"),
    ("intent-notice", "notice", day(2020, 2, 15), day(2020, 2, 16), "Notice (intent to strike)"),
    ("strike", "strike", day(2020, 2, 25), day(2020, 2, 26), "Strike"),
]

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


def wire_format(raw):
    lines = raw.split(b"\r\n")
    check(lines[-1] == b"", "the calendar does not end with CRLF")
    for n, line in enumerate(lines[:-1], 1):
        check(b"\n" not in line and b"\r" not in line, f"line {n} has a bare CR or LF")
        check(len(line) <= 75, f"line {n} is {len(line)} octets long")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            failures.append(f"line {n} is not whole UTF-8 (a fold split a character?)")


def local_time_zone(vtimezone):
    """The VTIMEZONE as a tzinfo built from its own observances, not looked up by name."""
    try:
        return vtimezone.to_tz(lookup_tzid=False)
    except TypeError:  # icalendar 4 knows only its own observances
        return vtimezone.to_tz()


def offset_at(tz, naive):
    if hasattr(tz, "localize"):  # pytz
        return tz.localize(naive).utcoffset()
    return naive.replace(tzinfo=tz).utcoffset()


def calendar(cal):
    check(str(cal.get("VERSION")) == "2.0", "VERSION is not 2.0")
    check(str(cal.get("PRODID", "")).startswith("-//bargain//bargain "), "PRODID is not bargain's")
    check(str(cal.get("CALSCALE")) == "GREGORIAN", "CALSCALE is not GREGORIAN")
    check(str(cal.get("X-WR-CALNAME")) == "SOS fair contract 2019-20", "X-WR-CALNAME is not the campaign's name")

    zones = cal.walk("VTIMEZONE")
    check(len(zones) == 1 and str(zones[0]["TZID"]) == "America/Chicago", "expected one VTIMEZONE, America/Chicago")
    if zones:
        tz = local_time_zone(zones[0])
        for naive, hours in [(datetime.datetime(2019, 7, 9, 10), -5), (datetime.datetime(2020, 1, 13, 7), -6),
                             (datetime.datetime(2020, 3, 9, 12), -5), (datetime.datetime(2020, 11, 2, 12), -6)]:
            got = offset_at(tz, naive)
            check(got == datetime.timedelta(hours=hours), f"the VTIMEZONE puts {naive} at UTC{got}, not {hours}h")

    events = cal.walk("VEVENT")
    check(len(events) == len(EXPECTED), f"{len(events)} events, expected {len(EXPECTED)}")
    stamps = set()
    for event, (item, kind, start, end, summary) in zip(events, EXPECTED):
        uid = str(event["UID"])
        check(uid == item + DOMAIN, f"UID {uid}, expected {item + DOMAIN}")
        check(str(event["SUMMARY"]) == summary, f"{item}: SUMMARY {event['SUMMARY']!r}")
        categories = event.get("CATEGORIES")
        names = [str(c) for c in getattr(categories, "cats", [categories])]
        check(names == [kind], f"{item}: CATEGORIES {names}, expected {kind}")
        stamps.add(event.decoded("DTSTAMP"))
        check(event.decoded("LAST-MODIFIED") == event.decoded("DTSTAMP"), f"{item}: LAST-MODIFIED is not the stamp")
        check(isinstance(event.decoded("SEQUENCE"), int) and event.decoded("SEQUENCE") >= 0,
              f"{item}: SEQUENCE {event.get('SEQUENCE')!r} is not a non-negative integer")
        # A vote's window is not busy time; nothing else says so.
        transp = str(event.get("TRANSP", "OPAQUE"))
        check(transp == ("TRANSPARENT" if kind == "vote" else "OPAQUE"), f"{item}: TRANSP {transp}")
        for prop, want in (("DTSTART", start), ("DTEND", end)):
            got = event[prop].dt
            if isinstance(want, datetime.datetime):
                check(event[prop].params.get("TZID") == "America/Chicago", f"{item}: {prop} is not in America/Chicago")
                check(isinstance(got, datetime.datetime) and got.tzinfo is not None,
                      f"{item}: {prop} {got!r} is not a time in a zone")
                if isinstance(got, datetime.datetime) and got.tzinfo is not None:
                    check(got.astimezone(UTC) == want, f"{item}: {prop} is {got.astimezone(UTC)}, expected {want}")
            else:
                check(event[prop].params.get("VALUE") == "DATE", f"{item}: {prop} is not VALUE=DATE")
                check(not isinstance(got, datetime.datetime) and got == want, f"{item}: {prop} {got!r}, expected {want}")
    check(len(stamps) == 1, "the events' DTSTAMPs differ")
    check(stamps == {utc(2020, 2, 25)}, f"DTSTAMP {stamps}, expected the timeline's last day, 2020-02-25 00:00 UTC")

    by_uid = {str(e["UID"]): e for e in events}
    picket = by_uid.get("picket-feb4" + DOMAIN)
    if picket is not None:
        location = str(picket.get("LOCATION"))
        check(location.startswith("SOS Facility, 2701 S. Dirksen Parkway, Springfield; State Capitol Complex \u2013 "),
              f"picket LOCATION unescaped wrongly: {location!r}")
        check(location.endswith("James R. Thompson Center, 100 W. Randolph St., Chicago"),
              f"picket LOCATION lost its end: {location!r}")
        description = str(picket.get("DESCRIPTION"))
        check(description.split("\n")[0].startswith("What: Informational picketing") and "\nWho: " in description
              and "\nWhy: " in description, f"picket DESCRIPTION: {description!r}")
    session = by_uid.get("s1" + DOMAIN)
    if session is not None:
        check(str(session.get("LOCATION")) == "Howlett Building, Springfield", "session LOCATION")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bargain", required=True)
    ap.add_argument("--campaign", required=True)
    args = ap.parse_args()
    env = dict(os.environ)
    env.pop("SOURCE_DATE_EPOCH", None)
    run = subprocess.run([args.bargain, "timeline", args.campaign, "--format", "ics"], capture_output=True, env=env,
                         timeout=60)
    if run.returncode != 0:
        sys.exit(f"bargain exited {run.returncode}: {run.stderr.decode(errors='replace')}")
    raw = run.stdout
    wire_format(raw)
    calendar(icalendar.Calendar.from_ical(raw))
    # Same campaign, same calendar: the UIDs and everything else.
    again = subprocess.run([args.bargain, "timeline", args.campaign, "--format", "ics"], capture_output=True, env=env,
                           timeout=60)
    check(again.stdout == raw, "a second run wrote a different calendar")
    for f in failures:
        print("FAIL:", f)
    if not failures:
        print(f"ok: {len(EXPECTED)} events, icalendar {getattr(icalendar, '__version__', '?')}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

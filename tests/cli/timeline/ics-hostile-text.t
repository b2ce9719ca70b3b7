# Text from the campaign cannot break the calendar: backslashes, semicolons, commas and line breaks are escaped, a title that looks like calendar lines stays one value, control characters become spaces, and long multi-byte text folds between whole characters.
--- file campaign.yaml
bargain: 1
campaign:
  name: "Local 4408; \"Fair, now\" \\ 2026"
  timezone: Europe/London
sessions:
  - id: s1
    date: 2026-03-29
    start: "01:30"
    end: "03:00"
    location: "Room 2; Hall B, 1 Main St. \\ rear door"
    proposals:
      - {article: "Wages; COLA", side: union, summary: "5%, then 4%\nthen 3%", status: open}
events:
  - id: rally
    kind: rally
    date: 2026-04-02
    title: "Rally\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged"
    what: "Bell \a here; tab\tthere"
    who: "Membres du Syndicat des travailleuses et travailleurs — Grève générale à Montréal, Québec, Trois-Rivières"
--- run
SOURCE_DATE_EPOCH=0 bargain timeline campaign.yaml --format ics -o out.ics
tr -d '\r' < out.ics | sed -n '/X-WR-CALNAME/p; /BEGIN:VEVENT/,$p'
grep -c '^BEGIN:VEVENT' out.ics
LC_ALL=C awk '!/\r$/ { bare++ } length($0) > 76 { long++ } END { print NR " lines, " bare + 0 " without CRLF, " long + 0 " over 75 octets" }' out.ics
--- stdout
X-WR-CALNAME:Local 4408\; "Fair\, now" \\ 2026
BEGIN:VEVENT
UID:s1@local-4408-fair-now-2026.bargain
DTSTAMP:19700101T000000Z
DTSTART;TZID=Europe/London:20260329T023000
DTEND;TZID=Europe/London:20260329T030000
SUMMARY:Bargaining session
DESCRIPTION:Wages\; COLA (union\, open): 5%\, then 4%\nthen 3%
LOCATION:Room 2\; Hall B\, 1 Main St. \\ rear door
CATEGORIES:session
LAST-MODIFIED:19700101T000000Z
SEQUENCE:817504748
END:VEVENT
BEGIN:VEVENT
UID:rally@local-4408-fair-now-2026.bargain
DTSTAMP:19700101T000000Z
DTSTART;VALUE=DATE:20260402
DTEND;VALUE=DATE:20260403
SUMMARY:Rally\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:forged
DESCRIPTION:What: Bell   here\; tab	there\nWho: Membres du Syndicat des tra
 vailleuses et travailleurs — Grève générale à Montréal\, Québec\, 
 Trois-Rivières
CATEGORIES:rally
LAST-MODIFIED:19700101T000000Z
SEQUENCE:1524557495
END:VEVENT
END:VCALENDAR
2
52 lines, 0 without CRLF, 0 over 75 octets

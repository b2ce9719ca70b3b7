# The SOS calendar: a VTIMEZONE for America/Chicago over 2019-2020, timed items (the session, the vote windows, the picket) in that zone, all-day items as VALUE=DATE ending the next day, stable UIDs, escaped and folded text. Every line ends CRLF (removed here to keep this file plain) and none is over 75 octets.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain timeline sos/campaign.yaml --format ics -o sos.ics
tr -d '\r' < sos.ics
LC_ALL=C awk '!/\r$/ { bare++ } length($0) > 76 { long++ } END { print NR " lines, " bare + 0 " without CRLF, " long + 0 " over 75 octets" }' sos.ics
--- stdout
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//bargain//bargain 0.1.0//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:SOS fair contract 2019-20
BEGIN:VTIMEZONE
TZID:America/Chicago
BEGIN:STANDARD
DTSTART:20181104T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20190310T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:20191103T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20200308T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:20201101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:s1@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;TZID=America/Chicago:20190709T100000
DTEND;TZID=America/Chicago:20190709T150000
SUMMARY:Bargaining session
DESCRIPTION:Wages (union\, open): 4% each year\nParental leave (union\, ope
 n): match other constitutional officers\nGrievance procedure (employer\, t
 entatively agreed): no changes
LOCATION:Howlett Building\, Springfield
CATEGORIES:session
LAST-MODIFIED:20200225T000000Z
SEQUENCE:2081128167
END:VEVENT
BEGIN:VEVENT
UID:s2@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;TZID=America/Chicago:20191022T100000
DTEND;TZID=America/Chicago:20191022T160000
SUMMARY:Bargaining session
DESCRIPTION:Parental leave (employer\, tentatively agreed): eight weeks pai
 d\, on the union's terms otherwise\nWages (employer\, open): 1.5% and 2% a
 nd 2%
LOCATION:Howlett Building\, Springfield
CATEGORIES:session
LAST-MODIFIED:20200225T000000Z
SEQUENCE:986693777
END:VEVENT
BEGIN:VEVENT
UID:union-dec@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;VALUE=DATE:20191210
DTEND;VALUE=DATE:20191211
SUMMARY:Union offer
DESCRIPTION:Wage increases by contract year: 4.0%\, 4.0%\, 3.5%
CATEGORIES:offer
LAST-MODIFIED:20200225T000000Z
SEQUENCE:1225188176
END:VEVENT
BEGIN:VEVENT
UID:lbo@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;VALUE=DATE:20200106
DTEND;VALUE=DATE:20200107
SUMMARY:Employer offer: last\, best offer
DESCRIPTION:Wage increases by contract year: 1.5%\, 2.0%\, 2.0%\nA final of
 fer.
CATEGORIES:offer
LAST-MODIFIED:20200225T000000Z
SEQUENCE:2095221313
END:VEVENT
BEGIN:VEVENT
UID:lbo-vote@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;TZID=America/Chicago:20200113T070000
DTEND;TZID=America/Chicago:20200117T190000
SUMMARY:Vote: Do you accept the employer's last\, best offer?
DESCRIPTION:Do you accept the employer's last\, best offer?\nUnits: IFPE\, 
 Local 4408\; Local 4407\nOffer: last\, best offer\nRule: majority
CATEGORIES:vote
LAST-MODIFIED:20200225T000000Z
SEQUENCE:1984770364
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:strike-vote@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;TZID=America/Chicago:20200113T070000
DTEND;TZID=America/Chicago:20200117T190000
SUMMARY:Vote: Do you authorize the bargaining team to file an intent to str
 ike notice?
DESCRIPTION:Do you authorize the bargaining team to file an intent to strik
 e notice?\nRule: two-thirds
CATEGORIES:vote
LAST-MODIFIED:20200225T000000Z
SEQUENCE:993720483
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:mediation@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;VALUE=DATE:20200128
DTEND;VALUE=DATE:20200129
SUMMARY:Mediation session
CATEGORIES:mediation
LAST-MODIFIED:20200225T000000Z
SEQUENCE:140914515
END:VEVENT
BEGIN:VEVENT
UID:picket-feb4@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;TZID=America/Chicago:20200204T110000
DTEND;TZID=America/Chicago:20200204T133000
SUMMARY:Informational picketing for a fair contract
DESCRIPTION:What: Informational picketing to call for a fair contract for I
 FT members who work for Secretary of State Jesse White\nWho: Members of th
 e Secretary of State Council of the Illinois Federation of Public Employee
 s (IFPE\, Local 4408) and the Illinois Federation of Information System Em
 ployees (Local 4407)\nWhy: IT and many other employees earn less than work
 ers in comparable jobs in other state offices\, and the workers seek a par
 ental leave policy that matches other constitutional officers'
LOCATION:SOS Facility\, 2701 S. Dirksen Parkway\, Springfield\; State Capit
 ol Complex – State Library\, 300 S. Second St.\, Springfield\; Howlett B
 uilding\, 501 S. Second St.\, Springfield\; James R. Thompson Center\, 100
  W. Randolph St.\, Chicago
CATEGORIES:picket
LAST-MODIFIED:20200225T000000Z
SEQUENCE:1606230055
END:VEVENT
BEGIN:VEVENT
UID:next-session@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;VALUE=DATE:20200214
DTEND;VALUE=DATE:20200215
SUMMARY:Next bargaining session
CATEGORIES:deadline
LAST-MODIFIED:20200225T000000Z
SEQUENCE:1947236562
END:VEVENT
BEGIN:VEVENT
UID:intent-notice@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;VALUE=DATE:20200215
DTEND;VALUE=DATE:20200216
SUMMARY:Notice (intent to strike)
CATEGORIES:notice
LAST-MODIFIED:20200225T000000Z
SEQUENCE:846532657
END:VEVENT
BEGIN:VEVENT
UID:strike@sos-fair-contract-2019-20.bargain
DTSTAMP:20200225T000000Z
DTSTART;VALUE=DATE:20200225
DTEND;VALUE=DATE:20200226
SUMMARY:Strike
LOCATION:SOS Facility\, 2701 S. Dirksen Parkway\, Springfield\; Howlett Bui
 lding\, 501 S. Second St.\, Springfield\; James R. Thompson Center\, 100 W
 . Randolph St.\, Chicago
CATEGORIES:strike
LAST-MODIFIED:20200225T000000Z
SEQUENCE:413725742
END:VEVENT
END:VCALENDAR
181 lines, 0 without CRLF, 0 over 75 octets

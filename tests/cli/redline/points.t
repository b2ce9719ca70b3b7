# --from and --to name points: a session is the table at its end (agreed, and each open section's latest proposal), an offer its side's package at its date; --article narrows to an article or a section; --by-side shades changes by side in HTML and says whose each is.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain redline sos/campaign.yaml --from current --to s1 --format text | head -8; echo "exit $?"
bargain redline sos/campaign.yaml --from s1 --to s2 --format text; echo "exit $?"
bargain redline sos/campaign.yaml --to union-dec --format text | head -7; echo "exit $?"
bargain redline sos/campaign.yaml --to lbo --article art-10 --format text | head -7; echo "exit $?"
bargain redline sos/campaign.yaml --to s2 --article art-17.1 --format text; echo "exit $?"
bargain redline sos/campaign.yaml --to s2 --by-side -o by-side.html; echo "exit $?"
grep -o '<del class="by-[a-z]*">\|<ins class="by-[a-z]*">' by-side.html | sort | uniq -c
--- stdout
SOS fair contract 2019-20: redline
From the current contract to the table at the end of session s1 (2019-07-09).
Deleted words are [-struck-], inserted words {+added+}.

  section   title                          change     status  session         side
  art-7     Article 7 Grievance procedure  unchanged  TA      s1, 2019-07-09  employer
  art-10.1  10.1 General increases         changed    open    s1, 2019-07-09  union
  art-17.2  17.2 Parental leave            changed    open    s1, 2019-07-09  union
exit 0
SOS fair contract 2019-20: redline
From the table at the end of session s1 (2019-07-09) to the table at the end of session s2 (2019-10-22).
Deleted words are [-struck-], inserted words {+added+}.

  section   title                   change   status  session         side
  art-10.1  10.1 General increases  changed  open    s2, 2019-10-22  employer
  art-17.2  17.2 Parental leave     changed  TA      s2, 2019-10-22  employer

10.1 General increases (art-10.1): changed; open in session s2 (2019-10-22), employer proposal

Effective July 1, 2019, the base salary of each employee covered by this
Agreement shall be increased by [-four -]{+one and one-half +}percent
([-4-]{+1.5+}%).

Effective July 1, 2020, the base salary of each employee shall be increased by
[-four-]{+two+} percent ([-4-]{+2+}%).

Effective July 1, 2021, the base salary of each employee shall be increased by
[-three and one-half-]{+two+} percent ([-3.5-]{+2+}%).

17.2 Parental leave (art-17.2): changed; TA in session s2 (2019-10-22), employer proposal

An employee who becomes a parent by birth, adoption or foster placement shall
be granted, on request, [-twelve-]{+eight+} ([-12-]{+8+}) weeks of paid
parental leave, and an unpaid leave of absence of up to six (6) months after
it. The employee may use accrued vacation and personal days during the unpaid
leave.
exit 0
SOS fair contract 2019-20: redline
From the current contract to offer union-dec (union, 2019-12-10).
Deleted words are [-struck-], inserted words {+added+}.

  section   title                          change     status  session         side
  art-7     Article 7 Grievance procedure  unchanged  TA      s1, 2019-07-09  employer
  art-10.1  10.1 General increases         changed    open    s1, 2019-07-09  union
exit 0
SOS fair contract 2019-20: redline
From the current contract to offer lbo (employer, 2020-01-06).
Deleted words are [-struck-], inserted words {+added+}.

  section   title                   change   status  session         side
  art-10.1  10.1 General increases  changed  open    s2, 2019-10-22  employer

exit 0
SOS fair contract 2019-20: redline
From the current contract to the table at the end of session s2 (2019-10-22).

No section differs.
exit 0
exit 0
      5 <del class="by-employer">
      9 <ins class="by-employer">

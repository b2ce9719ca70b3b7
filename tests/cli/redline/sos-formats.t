# redline compares the current contract with every tentative agreement by default: a table of changed sections, then each section word by word, [-struck-]{+inserted+} in text, ~~struck~~ **bold** in Markdown, <del>/<ins> in HTML.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain redline sos/campaign.yaml --format text; echo "exit $?"
bargain redline sos/campaign.yaml --format markdown; echo "exit $?"
bargain redline sos/campaign.yaml -o redline.html; echo "exit $?"
grep -c '<del>' redline.html
grep -c '<ins>' redline.html
grep -o '<th scope="row"><a href="#rl-[^"]*">' redline.html
--- stdout
SOS fair contract 2019-20: redline
From the current contract to every tentative agreement.
Deleted words are [-struck-], inserted words {+added+}.

  section   title                          change     status  session         side
  art-7     Article 7 Grievance procedure  unchanged  TA      s1, 2019-07-09  employer
  art-17.2  17.2 Parental leave            changed    TA      s2, 2019-10-22  employer

17.2 Parental leave (art-17.2): changed; TA in session s2 (2019-10-22), employer proposal

An employee who becomes a parent by birth[- -]{+, adoption +}or [-adoption
-]{+foster placement +}shall be granted, on request, {+eight (8) weeks of paid
parental leave, and +}an unpaid leave of absence of up to six (6) months{+
after it+}. The employee may use accrued vacation and personal days during
the{+ unpaid+} leave.
exit 0
# SOS fair contract 2019-20: redline

From the current contract to every tentative agreement.
Deleted words are ~~struck~~, inserted words **bold**.

| section | title | change | status | session | side |
|---|---|---|---|---|---|
| art-7 | Article 7 Grievance procedure | unchanged | TA | s1, 2019-07-09 | employer |
| art-17.2 | 17.2 Parental leave | changed | TA | s2, 2019-10-22 | employer |

## 17.2 Parental leave (art-17.2)

*changed; TA in session s2 (2019-10-22), employer proposal*

An employee who becomes a parent by ~~birth~~ **birth, adoption** or ~~adoption~~ **foster placement** shall be granted, on request, **eight (8) weeks of paid parental leave, and** an unpaid leave of absence of up to six (6) months **after it**. The employee may use accrued vacation and personal days during the **unpaid** leave.
exit 0
exit 0
2
2
<th scope="row"><a href="#rl-art-17.2">

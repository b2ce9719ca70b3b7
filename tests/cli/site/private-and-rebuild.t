# Items and contacts marked private: true are left off every page and the calendar (a private session's proposals too: articles stand as the sessions members may see left them), and so is a notice that gives a private item's date (the intent-to-strike letter, with the strike private); a rebuild removes the pages of what is gone and keeps the rest; --check names a roster value planted in a page and exits 1.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain site sos/campaign.yaml -o public --today 2020-01-30 >/dev/null; echo "exit $?"
ls public/notices
python3 -c "
s = open('sos/campaign.yaml').read()
s = s.replace('  - id: strike\n    kind: strike\n', '  - id: strike\n    kind: strike\n    private: true\n')
s = s.replace('email: press@example.org}', 'email: press@example.org, private: true}')
s = s.replace('  - id: s2\n    date: 2019-10-22\n', '  - id: s2\n    date: 2019-10-22\n    private: true\n')
open('sos/campaign.yaml', 'w').write(s)
"
bargain site sos/campaign.yaml -o public --today 2020-01-30; echo "exit $?"
ls public/notices
grep -c 'strike@\|UID:strike@' public/calendar.ics
grep -rc 'press@example.org\|Communications Office' public/index.html
grep -o 'Strike[^<]*' public/index.html public/timeline.html || echo "no strike on the pages"
grep -o '<tr><th scope="row">[^<]*</th><td>[^<]*</td><td>[^<]*</td><td>[^<]*' public/bargaining.html
grep -c 'eight (8)\|s2' public/redline.html public/timeline.html public/calendar.ics
bargain site sos/campaign.yaml --check public; echo "exit $?"
echo '<p>V00001</p>' >> public/votes.html
bargain site sos/campaign.yaml --check public; echo "exit $?"
--- stdout
exit 0
intent-notice.html
picket-feb4.html
strike.html
public: 9 files, as of 2020-01-30
exit 0
picket-feb4.html
0
0
no strike on the pages
<tr><th scope="row">Wages</th><td>union</td><td>open</td><td>s1, July 9, 2019
<tr><th scope="row">Parental leave</th><td>union</td><td>open</td><td>s1, July 9, 2019
<tr><th scope="row">Grievance procedure</th><td>employer</td><td>tentatively agreed</td><td>s1, July 9, 2019
public/redline.html:0
public/timeline.html:0
public/calendar.ics:0
public: ok: 10 files, none holds any of 718 roster and ballot values
exit 0
public/votes.html: holds 'V00001', a value of sos/ballots/lbo-vote.csv (column voter)
public: 1 roster or ballot value found: do not publish it
exit 1
--- stderr
bargain: sos/campaign.yaml:154:5: warning: event 'intent-notice': its notice is left off the site: it gives the date of 'strike', which is marked private

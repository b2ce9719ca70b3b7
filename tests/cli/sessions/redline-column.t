# Once proposals name contract sections, sessions shows where each article's redline is: its sections' ids in text, and in Markdown, with --redline-link PAGE, links to their places (rl-ID) in a page bargain redline wrote to the last session, which holds every section bargained over; the page's name is %-escaped where a link would break.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain sessions sos/campaign.yaml | tail -4
bargain sessions sos/campaign.yaml --format markdown --redline-link "redline (draft).html" | tail -3
bargain redline sos/campaign.yaml --to s2 -o "redline (draft).html"
grep -o 'id="rl-[^"]*"' "redline (draft).html"
--- stdout
  article              side      status  last moved      redline
  Wages                employer  open    s2, 2019-10-22  art-10.1
  Parental leave       employer  TA      s2, 2019-10-22  art-17.2
  Grievance procedure  employer  TA      s1, 2019-07-09  art-7
| Wages | employer | open | s2, 2019-10-22 | [art-10.1](redline%20%28draft%29.html#rl-art-10.1) |
| Parental leave | employer | TA | s2, 2019-10-22 | [art-17.2](redline%20%28draft%29.html#rl-art-17.2) |
| Grievance procedure | employer | TA | s1, 2019-07-09 | [art-7](redline%20%28draft%29.html#rl-art-7) |
id="rl-art-7"
id="rl-art-10.1"
id="rl-art-17.2"

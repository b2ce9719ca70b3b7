# site builds the SOS campaign as a members' website: home (what happens next with days to go, the strike countdown, the latest result, the notices, the calendar's webcal link), timeline (chart and list), votes (counts and rule, never a voter), bargaining (sessions, articles linked to the redline), a page per notice, calendar.ics and one stylesheet; no scripts, nothing loaded from elsewhere; --check finds no roster or ballot value in it.
--- run
cp -r "$EXAMPLES/sos-2020" sos
SOURCE_DATE_EPOCH=1580000000 bargain site sos/campaign.yaml -o public --today 2020-01-30 --base-url https://example.org/sos; echo "exit $?"
find public -type f | sort
grep -c '<h1>' public/index.html public/timeline.html public/votes.html public/bargaining.html
grep -l '<script\|https\?://[^"]*\.\(js\|css\|woff\)' -r public || echo "no scripts, nothing from elsewhere"
sed -n '/<main/,/<\/main>/p' public/index.html
sed -n '/<main/,/<\/main>/p' public/votes.html
sed -n '/<main/,/<\/main>/p' public/bargaining.html
grep -c 'BEGIN:VEVENT' public/calendar.ics
bargain site sos/campaign.yaml --check public; echo "exit $?"
--- stdout
public: 11 files, as of 2020-01-30
exit 0
public/.bargain-site
public/bargaining.html
public/calendar.ics
public/index.html
public/notices/intent-notice.html
public/notices/picket-feb4.html
public/notices/strike.html
public/redline.html
public/style.css
public/timeline.html
public/timeline.svg
public/votes.html
public/index.html:1
public/timeline.html:1
public/votes.html:1
public/bargaining.html:1
no scripts, nothing from elsewhere
<main id="main">
<h1>SOS fair contract 2019-20</h1>
<p class="lede">Bargaining a fair contract with Illinois Secretary of State.</p>
<p>As of Thursday, January 30, 2020.</p>
<p class="countdown">Strike in 26 days: Tuesday, February 25, 2020.</p>
<h2>What happens next</h2>
<ul class="events">
<li><strong>Tuesday, February 4, 2020, 11 a.m. to 1:30 p.m.</strong> (in 5 days): <a href="notices/picket-feb4.html">Informational picketing for a fair contract</a></li>
<li><strong>Friday, February 14, 2020</strong> (in 15 days): <a href="timeline.html#next-session">Next bargaining session</a></li>
<li><strong>Saturday, February 15, 2020</strong> (in 16 days): <a href="notices/intent-notice.html">Notice (intent to strike)</a></li>
<li><strong>Tuesday, February 25, 2020</strong> (in 26 days): <a href="notices/strike.html">Strike</a></li>
</ul>
<h2>The latest vote</h2>
<p>Do you accept the employer&#39;s last, best offer? <strong>failed</strong>: members rejected the employer&#39;s last, best offer by a 2-to-1 margin. <a href="votes.html#lbo-vote">The numbers</a>.</p>
<h2>Notices</h2>
<ul>
<li><a href="notices/picket-feb4.html">Informational picketing for a fair contract</a> (February 4, 2020)</li>
<li><a href="notices/intent-notice.html">Notice (intent to strike)</a> (February 15, 2020)</li>
<li><a href="notices/strike.html">Strike</a> (February 25, 2020)</li>
</ul>
<h2>On your phone's calendar</h2>
<p><a href="webcal://example.org/sos/calendar.ics">Subscribe to the campaign's calendar</a>; it updates when the dates change. Or <a href="calendar.ics">download the calendar</a>.</p>
<h2>Contact</h2>
<ul>
<li>Communications Office, Illinois Federation of Teachers: (217) 555-0100, press@example.org</li>
</ul>
</main>
<main id="main">
<h1>Votes</h1>
<section aria-labelledby="lbo-vote">
<h2 id="lbo-vote">Do you accept the employer&#39;s last, best offer?</h2>
<p class="result">Result: failed. Members rejected the employer&#39;s last, best offer by a 2-to-1 margin.</p>
<div class="scroll" role="region" tabindex="0" aria-label="The ballots, by answer">
<table>
<caption>The ballots, by answer</caption>
<thead><tr><th scope="col">answer</th><th scope="col" class="num">ballots</th></tr></thead>
<tbody>
<tr><th scope="row">yes</th><td class="num">76</td></tr>
<tr><th scope="row">no</th><td class="num">152</td></tr>
<tr><th scope="row">abstain</th><td class="num">3</td></tr>
<tr><th scope="row">blank</th><td class="num">1</td></tr>
<tr><th scope="row">counted</th><td class="num">232</td></tr>
<tr><th scope="row">eligible</th><td class="num">255</td></tr>
</tbody>
</table>
</div>
<p>The rule: more than 1/2 of valid votes.</p>
</section>
<section aria-labelledby="strike-vote">
<h2 id="strike-vote">Do you authorize the bargaining team to file an intent to strike notice?</h2>
<p class="result">Result: carried. Members overwhelmingly authorized the bargaining team to file an intent to strike notice.</p>
<div class="scroll" role="region" tabindex="0" aria-label="The ballots, by answer">
<table>
<caption>The ballots, by answer</caption>
<thead><tr><th scope="col">answer</th><th scope="col" class="num">ballots</th></tr></thead>
<tbody>
<tr><th scope="row">yes</th><td class="num">204</td></tr>
<tr><th scope="row">no</th><td class="num">22</td></tr>
<tr><th scope="row">abstain</th><td class="num">4</td></tr>
<tr><th scope="row">blank</th><td class="num">2</td></tr>
<tr><th scope="row">counted</th><td class="num">232</td></tr>
<tr><th scope="row">eligible</th><td class="num">255</td></tr>
</tbody>
</table>
</div>
<p>The rule: at least 2/3 of valid votes.</p>
</section>
</main>
<main id="main">
<h1>Bargaining</h1>
<h2>Sessions</h2>
<p>2 sessions, from July 9, 2019 to October 22, 2019 (more than three months).</p>
<h2>Where each article stands</h2>
<div class="scroll" role="region" tabindex="0" aria-label="Each article&#39;s latest proposal">
<table>
<caption>Each article&#39;s latest proposal</caption>
<thead><tr><th scope="col">article</th><th scope="col">side</th><th scope="col">status</th><th scope="col">last moved</th><th scope="col">redline</th></tr></thead>
<tbody>
<tr><th scope="row">Wages</th><td>employer</td><td>open</td><td>s2, October 22, 2019</td><td><a href="redline.html#rl-art-10.1">art-10.1</a></td></tr>
<tr><th scope="row">Parental leave</th><td>employer</td><td>tentatively agreed</td><td>s2, October 22, 2019</td><td><a href="redline.html#rl-art-17.2">art-17.2</a></td></tr>
<tr><th scope="row">Grievance procedure</th><td>employer</td><td>tentatively agreed</td><td>s1, July 9, 2019</td><td><a href="redline.html#rl-art-7">art-7</a></td></tr>
</tbody>
</table>
</div>
<h2>The contract</h2>
<p><a href="redline.html">What has changed, word by word</a>: the current contract against what is agreed and what is on the table.</p>
</main>
11
public: ok: 12 files, none holds any of 718 roster and ballot values
exit 0

# contract --format html is one printable page: a title, the contract's headings one level down with their ids as anchors, the text rendered from Markdown, and the still-open list.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain contract sos/campaign.yaml --format html -o agreement.html; echo "exit $?"
grep -c '<h1>' agreement.html
grep -o '<h[23] id="[^"]*">[^<]*' agreement.html
grep -A2 '<h3 id="art-7.2">' agreement.html
grep -A3 'id="still-open"' agreement.html
--- stdout
exit 0
1
<h2 id="art-7">Article 7 Grievance procedure
<h3 id="art-7.1">7.1 Informal discussion
<h3 id="art-7.2">7.2 Formal steps
<h3 id="art-7.3">7.3 Arbitration
<h2 id="art-10">Article 10 Wages
<h3 id="art-10.1">10.1 General increases
<h3 id="art-10.2">10.2 Step increases
<h3 id="art-10.3">10.3 Longevity
<h2 id="art-17">Article 17 Leaves of absence
<h3 id="art-17.1">17.1 Sick leave
<h3 id="art-17.2">17.2 Parental leave
<h3 id="art-17.3">17.3 Bereavement leave
<h2 id="still-open">Still open or withdrawn
<h2 id="signed">Tentative agreements signed
<h3 id="art-7.2">7.2 Formal steps</h3>
<p>If the matter is not settled informally, the Union may file a written
grievance within thirty (30) calendar days of the occurrence, or of the
<h2 id="still-open">Still open or withdrawn</h2>
<ul>
<li><strong>Wages</strong> (art-10.1): open; employer proposal in session s2 (2019-10-22): 1.5% and 2% and 2%</li>
</ul>

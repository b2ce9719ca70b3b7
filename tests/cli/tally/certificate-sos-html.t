# The SOS last-best-offer vote's result certificate as .html, with the audit file's sha256: the rule's arithmetic on the real numbers, the electorate, each set-aside reason, every file with its sha256, paths relative to the certificate.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos && mkdir results
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate results/lbo.html --audit results/audit.csv > /dev/null; echo "exit $?"
cat results/lbo.html
--- stdout
exit 0
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Certificate of the result: lbo-vote</title>
<style>
@page { margin: 12mm 14mm; }
* { box-sizing: border-box; }
body { font: 9.5pt/1.3 "DejaVu Serif", Georgia, serif; color: #111; background: #fff; margin: 0 auto; padding: 1em; max-width: 52em; }
h1 { font-size: 14pt; margin: 0 0 .3em; }
h2 { font-size: 10.5pt; margin: .7em 0 .2em; padding-bottom: .05em; border-bottom: 1px solid #444; }
p { margin: .2em 0; }
table { border-collapse: collapse; margin: .2em 0; min-width: 60%; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { text-align: left; vertical-align: top; padding: 0 .5em .05em 0; border-bottom: 1px solid #ccc; font-weight: normal; }
thead th { font-weight: bold; border-bottom: 1px solid #444; }
tbody th { font-weight: bold; }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: 7.5pt "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
.signatures { display: flex; flex-wrap: wrap; gap: .8em 2em; margin-top: .4em; }
.signature { flex: 1 1 12em; margin-top: 1.8em; border-top: 1px solid #111; padding-top: .1em; }
@media (max-width: 40em) { table { display: block; overflow-x: auto; min-width: 0; } }
@media print { body { font-size: 8.5pt; padding: 0; max-width: none; } section, table { break-inside: avoid; } }
</style>
</head>
<body>
<main>
<h1>Certificate of the result</h1>
<section>
<table>
<caption>The vote</caption>
<thead><tr><th scope="col"></th><th scope="col"></th></tr></thead>
<tbody>
<tr><th scope="row">Vote</th><td>lbo-vote</td></tr>
<tr><th scope="row">Question</th><td>Do you accept the employer&#39;s last, best offer?</td></tr>
<tr><th scope="row">Rule</th><td>majority: more than 1/2 of valid votes</td></tr>
<tr><th scope="row">Result</th><td>FAILED</td></tr>
</tbody>
</table>
</section>
<section>
<h2>Result</h2>
<p>FAILED: rejected by a 2-to-1 margin (152 no, 76 yes), 91% turnout.</p>
<table>
<caption>The votes</caption>
<thead><tr><th scope="col"></th><th scope="col" class="n">votes</th><th scope="col" class="n">share</th></tr></thead>
<tbody>
<tr><th scope="row">Yes</th><td class="n">76</td><td class="n">33.3% of valid</td></tr>
<tr><th scope="row">No</th><td class="n">152</td><td class="n">66.7% of valid</td></tr>
<tr><th scope="row">Abstain</th><td class="n">3</td><td class="n"></td></tr>
<tr><th scope="row">Blank</th><td class="n">1</td><td class="n"></td></tr>
<tr><th scope="row">Void (spoiled)</th><td class="n">0</td><td class="n"></td></tr>
<tr><th scope="row">Valid (yes and no)</th><td class="n">228</td><td class="n"></td></tr>
<tr><th scope="row">Cast</th><td class="n">232</td><td class="n">91% of 255 eligible</td></tr>
</tbody>
</table>
<p>The rule: majority: more than 1/2 of valid votes. It is decided by whole numbers, each side multiplied out, never by rounded percentages:</p>
<table>
<caption>The rule&#39;s arithmetic</caption>
<thead><tr><th scope="col">requirement</th><th scope="col">arithmetic</th><th scope="col"></th></tr></thead>
<tbody>
<tr><th scope="row">more than 1/2 of valid votes</th><td>yes × 2 &gt; valid × 1: 76 × 2 = 152 ≤ 228 × 1 = 228</td><td>not met</td></tr>
</tbody>
</table>
<p>No ballots were challenged.</p>
</section>
<section>
<h2>Electorate and ballots</h2>
<table>
<caption>Who could vote, and what became of each ballot</caption>
<thead><tr><th scope="col"></th><th scope="col" class="n">number</th><th scope="col"></th></tr></thead>
<tbody>
<tr><th scope="row">Entitled to vote</th><td class="n">255</td><td>the roster, ../roster.csv</td></tr>
<tr><th scope="row">Ballot records received</th><td class="n">235</td><td></td></tr>
<tr><th scope="row">Set aside: a voter&#39;s other ballots</th><td class="n">2</td><td>the first ballot of a voter counts</td></tr>
<tr><th scope="row">Set aside: outside the voting window</th><td class="n">1</td><td></td></tr>
<tr><th scope="row">Set aside: not on the roster</th><td class="n">0</td><td></td></tr>
<tr><th scope="row">Challenged (sealed, not counted)</th><td class="n">0</td><td></td></tr>
<tr><th scope="row">Counted</th><td class="n">232</td><td></td></tr>
</tbody>
</table>
</section>
<section>
<h2>Files counted</h2>
<p>A file whose sha256 differs is not the file that was counted.</p>
<table>
<caption>Every file the count read, with its sha256</caption>
<thead><tr><th scope="col">file</th><th scope="col">what</th><th scope="col" class="n">records</th><th scope="col">sha256</th></tr></thead>
<tbody>
<tr><th scope="row">../ballots/lbo-vote.csv</th><td>ballots</td><td class="n">235</td><td><code>1d708b87a32383311a3dd5bd0262b9f43d31b61cc0cdc5de12f1621badeb616e</code></td></tr>
<tr><th scope="row">../roster.csv</th><td>roster</td><td class="n">255</td><td><code>a392873b4cb80ca704d21f6c5ee27d88ef19891a5e36060268fe2477b3641d6f</code></td></tr>
<tr><th scope="row">audit.csv</th><td>audit</td><td class="n">3</td><td><code>fbfdd2763f9da5ebcaa0267b98ba84e8beca33790b22ec172d67af8020761303</code></td></tr>
</tbody>
</table>
</section>
<section>
<h2>Counted with</h2>
<table>
<caption>The options the count was made with</caption>
<thead><tr><th scope="col"></th><th scope="col"></th></tr></thead>
<tbody>
<tr><th scope="row">rule</th><td>majority</td></tr>
<tr><th scope="row">voting window</th><td>from 2020-01-13T07:00 to 2020-01-17T19:00 (America/Chicago)</td></tr>
<tr><th scope="row">duplicates</th><td>the first ballot of a voter counts</td></tr>
<tr><th scope="row">units</th><td>ifpe-4408, ifise-4407</td></tr>
<tr><th scope="row">question</th><td>accept</td></tr>
<tr><th scope="row">program</th><td>bargain 0.1.0</td></tr>
</tbody>
</table>
<p>Anyone can recount this result from the files above: <code>bargain verify</code> reads the JSON certificate (<code>tally --certificate FILE.json</code>), checks every file&#39;s sha256, counts again with these options and compares every number.</p>
</section>
<section>
<h2>Election committee</h2>
<p>We certify that this is the result of the vote, counted as shown above.</p>
<div class="signatures">
<div class="signature">Name<br>Signature and date</div>
<div class="signature">Name<br>Signature and date</div>
<div class="signature">Name<br>Signature and date</div>
</div>
</section>
</main>
</body>
</html>

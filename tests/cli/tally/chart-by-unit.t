# --by-unit --chart draws, under the question's bars, one group per unit: its name and result in words, its turnout and other answers, and a yes and a no bar with their counts and shares; the page is tall enough for all of it.
--- run
bargain tally --campaign "$EXAMPLES/sos-2020/campaign.yaml" --vote lbo-vote --by-unit --chart chart.svg > /dev/null; echo "exit $?"
head -n 2 chart.svg | tail -n 1
echo "bars: $(grep -c '<rect x=' chart.svg)"
sed -n '/>By unit</,$p' chart.svg
--- stdout
exit 0
<svg xmlns="http://www.w3.org/2000/svg" width="720" height="505" viewBox="0 0 720 505" font-family="DejaVu Sans, Arial, sans-serif" font-size="14">
bars: 9
<text x="24" y="245" font-weight="bold">By unit</text>
<line x1="48" y1="265" x2="696" y2="265" stroke="#c0c0c0"/>
<rect x="138" y="311" width="224" height="18" fill="#2e7d32"/>
<rect x="138" y="337" width="416" height="18" fill="#c62828"/>
<text x="48" y="280" font-weight="bold">ifpe-4408: Failed</text>
<text x="48" y="301">164 cast of 180 eligible (91% turnout); 3 abstain, 1 blank, 0 void</text>
<text x="48" y="325">Yes</text>
<text x="370" y="325">56 (35.0%)</text>
<text x="48" y="351">No</text>
<text x="562" y="351">104 (65.0%)</text>
<line x1="48" y1="375" x2="696" y2="375" stroke="#c0c0c0"/>
<rect x="138" y="421" width="80" height="18" fill="#2e7d32"/>
<rect x="138" y="447" width="192" height="18" fill="#c62828"/>
<text x="48" y="390" font-weight="bold">ifise-4407: Failed</text>
<text x="48" y="411">68 cast of 75 eligible (91% turnout); 0 abstain, 0 blank, 0 void</text>
<text x="48" y="435">Yes</text>
<text x="226" y="435">20 (29.4%)</text>
<text x="48" y="461">No</text>
<text x="338" y="461">48 (70.6%)</text>
</svg>

# The chart draws a withheld unit's name and result, and says why it has no bars; the bars of the units shown are on a scale their own counts set (examples/small-units).
--- run
bargain tally "$EXAMPLES/small-units/ballots.csv" --roster "$EXAMPLES/small-units/roster.csv" --roster-column voter="Employee ID" --by-unit --chart chart.svg > /dev/null; echo "exit $?"
sed -n '/>By unit</,$p' chart.svg | grep -v '<rect'
--- stdout
exit 0
<text x="24" y="245" font-weight="bold">By unit</text>
<line x1="48" y1="265" x2="696" y2="265" stroke="#c0c0c0"/>
<text x="48" y="280" font-weight="bold">operators: Carried</text>
<text x="48" y="301">18 cast of 20 eligible (90% turnout); 0 abstain, 0 blank, 0 void</text>
<text x="48" y="325">Yes</text>
<text x="562" y="325">12 (66.7%)</text>
<text x="48" y="351">No</text>
<text x="354" y="351">6 (33.3%)</text>
<line x1="48" y1="375" x2="696" y2="375" stroke="#c0c0c0"/>
<text x="48" y="390" font-weight="bold">mechanics: Carried</text>
<text x="48" y="411">12 cast of 12 eligible (100% turnout); 0 abstain, 0 blank, 0 void</text>
<text x="48" y="435">Yes</text>
<text x="388" y="435">7 (58.3%)</text>
<text x="48" y="461">No</text>
<text x="319" y="461">5 (41.7%)</text>
<line x1="48" y1="485" x2="696" y2="485" stroke="#c0c0c0"/>
<text x="48" y="500" font-weight="bold">dispatch: Failed</text>
<text x="48" y="521">Fewer than 5 ballots: counts not shown, to keep the ballot secret</text>
<line x1="48" y1="541" x2="696" y2="541" stroke="#c0c0c0"/>
<text x="48" y="556" font-weight="bold">stores: Failed</text>
<text x="48" y="577">Fewer than 5 ballots: counts not shown, to keep the ballot secret</text>
</svg>

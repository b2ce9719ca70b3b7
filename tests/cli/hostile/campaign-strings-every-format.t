# Markup, spreadsheet formulas, semicolons, pipes and line breaks in a campaign's text: timeline csv prefixes formulas with ' and quotes line breaks, markdown escapes markup and pipes and joins lines, json escapes, ics escapes ; , and line breaks, and the HTML notice escapes markup.
--- file campaign.yaml
bargain: 1
campaign:
  name: "=HYPERLINK(\"http://evil\") <script>alert(1)</script>; Local | 7"
  employer: "+Acme; \"Sons\"\nand | co"
units:
  - {id: u1, name: "@SUM(A1)", members: 12}
sessions:
  - id: s1
    date: 2026-03-02
    location: "-1+1; <b>room</b>\r\nline two"
    proposals:
      - {article: "=cmd|' /C calc'!A0", side: union, summary: "a | b\nc", status: open}
events:
  - id: rally
    kind: rally
    title: "=HYPERLINK(\"http://evil\",\"click\"); <script>x</script>\nline | two"
    date: 2026-03-10
    start: "12:00"
    end: "13:00"
    what: "What; <script>alert(1)</script>\n=1+1"
    who: "@who | who"
    why: "Why\r\nBEGIN:VEVENT"
    locations:
      - {name: "=Hall; <i>", address: "1 | Main\nSt", city: "-Springfield"}
--- run
bargain timeline campaign.yaml --format csv | tr -d '\r'
bargain timeline campaign.yaml --format markdown
bargain timeline campaign.yaml --format json | python3 -c 'import json, sys; [print(repr(i["title"])) for i in json.load(sys.stdin)["items"]]'
SOURCE_DATE_EPOCH=0 bargain timeline campaign.yaml --format ics | tr -d '\r' | grep -E '^(X-WR-CALNAME|SUMMARY|DESCRIPTION|LOCATION|BEGIN:VEVENT| )' 
bargain timeline campaign.yaml --format svg | python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.stdin).getroot(); print(sorted({e.tag.split("}")[1] for e in r.iter()}))'
bargain notice campaign.yaml rally --format html | tr -d '\r' | sed -n '/<body>/,$p'
bargain sessions campaign.yaml --format csv
--- stdout
date,start,end,kind,id,title
2026-03-02,,,session,s1,"Bargaining session, -1+1; <b>room</b>
line two"
2026-03-10,12:00,13:00,rally,rally,"'=HYPERLINK(""http://evil"",""click""); <script>x</script>
line | two"
# =HYPERLINK("http://evil") \<script\>alert(1)\</script\>; Local \| 7: timeline

| date | time | kind | what | id |
|---|---|---|---|---|
| 2026-03-02 Mon |  | session | Bargaining session, -1+1; \<b\>room\</b\>  line two | s1 |
| 2026-03-10 Tue | 12:00-13:00 | rally | =HYPERLINK("http://evil","click"); \<script\>x\</script\> line \| two | rally |
'Bargaining session, -1+1; <b>room</b>\r\nline two'
'=HYPERLINK("http://evil","click"); <script>x</script>\nline | two'
X-WR-CALNAME:=HYPERLINK("http://evil") <script>alert(1)</script>\; Local | 
 7
BEGIN:VEVENT
SUMMARY:Bargaining session
DESCRIPTION:=cmd|' /C calc'!A0 (union\, open): a | b\nc
LOCATION:-1+1\; <b>room</b>\nline two
BEGIN:VEVENT
SUMMARY:=HYPERLINK("http://evil"\,"click")\; <script>x</script>\nline | two
DESCRIPTION:What: What\; <script>alert(1)</script>\n=1+1\nWho: @who | who\n
 Why: Why\nBEGIN:VEVENT
LOCATION:=Hall\; <i>\, 1 | Main\nSt\, -Springfield
['circle', 'g', 'line', 'path', 'rect', 'svg', 'text', 'title', 'tspan']
<body>
<p class="banner">MEDIA ADVISORY</p>
<p class="release">For immediate release: Monday, March 9, 2026</p>

<h1>=HYPERLINK(&quot;http://evil&quot;,&quot;click&quot;); &lt;script&gt;x&lt;/script&gt;
line | two</h1>

<p>-SPRINGFIELD — For a week, @SUM(A1) members who work for +Acme; &quot;Sons&quot;
and | co have been bargaining for a fair contract.</p>

<p>Tomorrow, the workers will rally to demonstrate their solidarity and demand a fair agreement.</p>

<p><span class="label">WHAT:</span> What; &lt;script&gt;alert(1)&lt;/script&gt;
=1+1</p>

<p><span class="label">WHO:</span> @who | who</p>

<p><span class="label">WHEN:</span> Tuesday, March 10, 2026, noon to 1 p.m.</p>

<p><span class="label">WHERE:</span> =Hall; &lt;i&gt;, 1 | Main
St, -Springfield</p>

<p><span class="label">WHY:</span> Why
BEGIN:VEVENT</p>

<p>The bargaining unit represents 12 employees.</p>

<p class="end">###</p>
</body>
</html>
article,side,status,last_session,last_date,sections
'=cmd|' /C calc'!A0,union,open,s1,2026-03-02,

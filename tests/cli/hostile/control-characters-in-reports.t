# Control characters in a campaign's or a ballot file's text (here terminal escape sequences written as YAML \e escapes, and one in a ballot header and a file name) reach no text, Markdown, SVG, HTML or notice output raw: text and Markdown show each as a C escape (\x1b), SVG and HTML leave it out. CSV and JSON keep the data as it is (JSON escapes it as \u001b).
--- file campaign.yaml
bargain: 1
campaign:
  name: "Local \e[31m7"
  employer: "Acme \e]0;pwned\a"
units:
  - {id: u1, name: "Unit \e[2J", members: 10, payroll: 1000}
sessions:
  - id: s1
    date: 2026-03-02
    location: "Room \e[5m"
    proposals:
      - {article: "Art \e[1m", side: union, summary: "sum \e[0m", status: open}
offers:
  - {id: o1, side: union, label: "Offer \e[7m", date: 2026-03-01, wages: [1]}
events:
  - {id: rally, kind: rally, title: "Rally \e[8m", date: 2026-03-10, what: "w \e[9m", who: "x", why: "y", locations: [{name: "Hall \e[3m", city: "C \e[4m"}]}
--- run
esc=$(printf '\033')
printf 'voter,q\033[1m\nV1,yes\n' > "b${esc}[1m.csv"
for cmd in "timeline campaign.yaml" "timeline campaign.yaml --format markdown" "timeline campaign.yaml --format svg" \
    "sessions campaign.yaml" "sessions campaign.yaml --format markdown" "offers campaign.yaml" \
    "offers campaign.yaml --format markdown" "notice campaign.yaml rally" "notice campaign.yaml rally --format markdown" \
    "notice campaign.yaml rally --format html" "tally b${esc}[1m.csv" "tally b${esc}[1m.csv --format markdown"; do
    echo "$cmd: $(bargain $cmd 2>&1 | grep -c "$esc") raw"
done | sed "s/$esc/ESC/g"
bargain timeline campaign.yaml | head -1
bargain tally b*.csv | sed -n '2p;/^q/p'
bargain tally b*.csv --format json | grep '"id"'
--- stdout
timeline campaign.yaml: 0 raw
timeline campaign.yaml --format markdown: 0 raw
timeline campaign.yaml --format svg: 0 raw
sessions campaign.yaml: 0 raw
sessions campaign.yaml --format markdown: 0 raw
offers campaign.yaml: 0 raw
offers campaign.yaml --format markdown: 0 raw
notice campaign.yaml rally: 0 raw
notice campaign.yaml rally --format markdown: 0 raw
notice campaign.yaml rally --format html: 0 raw
tally bESC[1m.csv: 0 raw
tally bESC[1m.csv --format markdown: 0 raw
Local \x1b[31m7: timeline
  b\x1b[1m.csv: 1 record, sha256 eea12f8ee0c1121a
q\x1b[1m
      "id": "q\u001b[1m",

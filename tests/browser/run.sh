#!/bin/sh
# The HTML people read, in a real browser: result certificates (each must
# print on one sheet of US Letter and of A4), the notices, the members' pay
# table, the integrated agreement and the redlines, checked by
# check_html.js in Debian's chromium with axe-core.
#   run.sh BARGAIN SOURCE_DIR WORK_DIR
# The pages and their screenshots are left in WORK_DIR (emptied first), for
# a person to look at (ctest: build/browser-pages/sos/results/).
set -eu
bargain=$1
source=$2
work=$3
here=$source/tests/browser
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ] || [ ! -d "$here/node_modules/puppeteer-core" ] || ! command -v node >/dev/null; then
    echo "browser tests need chromium, node and tests/browser/node_modules: run ./setup.sh" >&2
    exit 1
fi
rm -rf "$work" && mkdir -p "$work"
cp -r "$source/examples/sos-2020" "$work/sos"
cd "$work/sos"
mkdir results

# Certificates: the SOS votes (one sheet each); a UK strike ballot with its s.231 statement;
# a vote by unit whose challenged ballots are determinative, with a committee.
"$bargain" tally --campaign campaign.yaml --vote lbo-vote --certificate results/lbo.html --audit results/audit.csv >/dev/null
"$bargain" tally --campaign campaign.yaml --vote strike-vote --certificate results/strike.html >/dev/null
{ echo voter,unit; seq 1 40 | sed 's/^/M/; s/$/,north/'; seq 41 70 | sed 's/^/M/; s/$/,south/'; } > units.csv
{ echo voter,strike; seq 1 30 | sed 's/^/M/; s/$/,yes/'; seq 31 38 | sed 's/^/M/; s/$/,no/'; echo M39,spoilt
  seq 41 55 | sed 's/^/M/; s/$/,yes/'; seq 56 60 | sed 's/^/M/; s/$/,no/'; echo X1,no; echo X2,yes; } > uk.csv
"$bargain" tally uk.csv --roster units.csv --rule uk-2016-ips --by-unit --challenge-unlisted \
    --certificate results/uk.html >/dev/null 2>&1

# A vote by unit with units too small to report: their rows say why, with no numbers.
"$bargain" tally "$source/examples/small-units/ballots.csv" --roster "$source/examples/small-units/roster.csv" \
    --roster-column voter="Employee ID" --by-unit --certificate results/small-units.html >/dev/null

# Notices, in HTML.
"$bargain" notice campaign.yaml picket-feb4 --format html -o results/advisory.html
"$bargain" notice campaign.yaml intent-notice --format html -o results/intent.html
"$bargain" notice campaign.yaml picket-feb4 --template press-release --format html -o results/release.html
"$bargain" notice campaign.yaml lbo-vote --format html -o results/ballot-result.html
"$bargain" offers "$source/examples/prairie-valley-2026/campaign.yaml" --members --format html -o results/members.html

# Contract text: the integrated agreement, and redlines (shaded by side too).
"$bargain" contract campaign.yaml --format html -o results/contract.html
"$bargain" redline campaign.yaml -o results/redline.html
"$bargain" redline campaign.yaml --to s2 --by-side -o results/redline-by-side.html

# The members' site, for SOS and for Prairie Valley (its pay table).
"$bargain" site campaign.yaml -o results/site --today 2020-01-30 --base-url https://example.org/sos/ >/dev/null
"$bargain" site "$source/examples/prairie-valley-2026/campaign.yaml" -o results/pv-site --today 2026-05-01 >/dev/null

status=0
node "$here/check_html.js" --browser "$chromium" --pages 1 results/lbo.html results/strike.html || status=1
# Two units, each worked out with its challenged ballots counted both ways,
# and the s.231 statement: three sheets at most.
node "$here/check_html.js" --browser "$chromium" --pages 3 results/uk.html || status=1
node "$here/check_html.js" --browser "$chromium" --pages 2 results/small-units.html || status=1
# A redline prints (on four sheets at most, for the example) and its changes are there as
# <del> and <ins>, which say what changed without colour.
node "$here/check_html.js" --browser "$chromium" --pages 4 --expect del --expect ins \
    results/redline.html results/redline-by-side.html || status=1
node "$here/check_html.js" --browser "$chromium" --pages 6 results/contract.html || status=1
node "$here/check_html.js" --browser "$chromium" --structure --pages 4 results/site/index.html results/site/timeline.html \
    results/site/votes.html results/site/bargaining.html results/pv-site/index.html results/pv-site/timeline.html \
    results/pv-site/votes.html results/pv-site/bargaining.html || status=1
node "$here/check_html.js" --browser "$chromium" results/site/redline.html results/site/notices/*.html \
    results/pv-site/pay.html || status=1
node "$here/check_html.js" --browser "$chromium" results/advisory.html results/intent.html results/release.html results/ballot-result.html results/members.html || status=1
# Every page validates as far as a validator would see (html_wellformed.py).
python3 "$here/html_wellformed.py" results/*.html results/site/*.html results/site/notices/*.html results/pv-site/*.html \
    | grep -v ': ok$' || true
python3 "$here/html_wellformed.py" results/*.html results/site/*.html results/site/notices/*.html results/pv-site/*.html \
    > /dev/null || status=1

# The site's calendar, read by ical.js: every timeline item at its time.
"$bargain" timeline campaign.yaml --format json -o results/timeline.json
node "$here/check_calendar.js" results/site/calendar.ics results/timeline.json || status=1
"$bargain" timeline "$source/examples/prairie-valley-2026/campaign.yaml" --format json -o results/pv-timeline.json
node "$here/check_calendar.js" results/pv-site/calendar.ics results/pv-timeline.json || status=1
echo "pages and screenshots: $work/sos/results/"
exit $status

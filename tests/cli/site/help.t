# site --help lists its options, the pages it writes and what it leaves out.
--- run
bargain site --help
--- stdout
The campaign as a website for members, to publish from CI.
Usage: bargain site [OPTIONS] CAMPAIGN

Positionals:
  CAMPAIGN FILE REQUIRED      The campaign file (campaign.yaml)

Options:
  -h,--help                   Print this help message and exit
  -o,--output DIR             Build the site in this folder
  --today DATE                Count what happens next from this date (default: today)
  --base-url URL              Where the site is published, for the calendar's webcal:// link
  --check DIR                 Check a built site: exit 1 naming any roster or ballot value in it

Pages: index.html, timeline.html (and timeline.svg), votes.html, bargaining.html, a page per
notice in notices/, redline.html and pay.html when the campaign has a contract and salary
schedules, calendar.ics and style.css. Plain HTML: no scripts, nothing loaded from elsewhere.
Anything marked private: true is left out. The calendar's DTSTAMP is SOURCE_DATE_EPOCH when set.

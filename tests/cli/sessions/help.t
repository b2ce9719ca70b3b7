# 'bargain sessions --help' lists the options.
--- run
bargain sessions --help
--- stdout
The bargaining sessions and where each article stands.
Usage: bargain sessions [OPTIONS] CAMPAIGN

Positionals:
  CAMPAIGN FILE REQUIRED      The campaign file (campaign.yaml)

Options:
  -h,--help                   Print this help message and exit
  --format FMT                Output format: text (default), markdown, json, csv
  --article NAME              Show one article's history, session by session
  --today DATE                Count the span to this date instead of the last session
  --redline-link PAGE         In Markdown, link each article's sections to their place in PAGE (bargain redline --to LAST-SESSION)
  -o,--output FILE            Write to FILE (atomically) instead of stdout

An article's status, side and last session are those of its latest proposal: sessions in date
order, then start time (undated ones last, in file order), proposals in file order within a
session.

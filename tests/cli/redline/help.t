# redline --help lists its options and says what a session and an offer compare.
--- run
bargain redline --help
--- stdout
The contract's changes, word by word, struck and inserted.
Usage: bargain redline [OPTIONS] CAMPAIGN

Positionals:
  CAMPAIGN FILE REQUIRED      The campaign file (campaign.yaml)

Options:
  -h,--help                   Print this help message and exit
  --from current|SESSION|OFFER
                              Compare from: current (default), a session or an offer
  --to ta|SESSION|OFFER       Compare to: ta (default: every agreement), a session or an offer
  --article ID                Only this article (its first section's id) or section
  --by-side                   Shade each change by the side that proposed it (HTML; every format says whose each section is)
  --format FMT                Output format: html (default), markdown, text
  -o,--output FILE            Write to FILE (atomically) instead of stdout

A session is the table at its end: what was agreed by then, and for each section still open its
latest proposal. An offer is its side's package: what was agreed by its date, and that side's
proposals still open. Deletions are struck (<del>, ~~old~~, [-old-]), insertions underlined
(<ins>, **new**, {+new+}), so no change is shown by colour alone.

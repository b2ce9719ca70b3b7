# 'bargain offers --help' lists the options and how a year's cost is computed.
--- run
bargain offers --help
--- stdout
Cost the campaign's offers and compare two of them.
Usage: bargain offers [OPTIONS] CAMPAIGN

Positionals:
  CAMPAIGN FILE REQUIRED      The campaign file (campaign.yaml)

Options:
  -h,--help                   Print this help message and exit
  --format FMT                Output format: text (default), markdown, json, csv, html
  --members                   What each offer means for each member on a salary schedule: pay today and each year, by lane and starting step (html only with it)
  --offer ID                  With --members: only this offer
  --compare ID x 2            Show the gap from offer A to offer B, year by year and in total
  -o,--output FILE            Write to FILE (atomically) instead of stdout

A unit's cost in year k is payroll x ((1+r1)...(1+rk) - 1), in exact cents, rounded half away
from zero once per year. A raise is a percentage (1.5) or a flat amount per member ("$1,000").

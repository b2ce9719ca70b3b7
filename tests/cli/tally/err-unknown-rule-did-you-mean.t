# A misspelt rule is an error that suggests the nearest preset and lists them all.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --rule majorty
--- stderr
bargain: unknown rule 'majorty'; rules are majority, two-thirds, three-quarters, chicago-ielra, uaw, uk-2016, uk-2016-ips, uk-2026, teamsters-1987, or a fraction like '>1/2 of valid' or '>=2/3 of eligible'
   = help: did you mean 'majority'?
--- exit 2

# An anonymous export (no voter or serial column) downloaded twice would count its ballots twice,
# and no duplicate could be found: the same contents under two names is refused.
--- file anon.csv
Submitted At,accept
2026-03-01T10:00,yes
2026-03-01T11:00,no
2026-03-01T12:00,yes
--- run
cp anon.csv "anon (1).csv"
bargain tally anon.csv "anon (1).csv"; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: anon (1).csv: this file has the same contents as anon.csv: is it the same export saved twice? Its ballots would be counted twice

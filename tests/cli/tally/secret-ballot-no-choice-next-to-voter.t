# Secret ballot: no format and no audit line puts a voter id next to a choice; the audit has no choice column.
--- file roster.csv
voter
ALICE
BOB
--- file ballots.csv
voter,cast_at,accept
ALICE,2026-03-10T10:00,yes
BOB,2026-03-10T10:00,no
BOB,2026-03-10T11:00,yes
CAROL,2026-03-10T11:00,no
DAVE,2026-03-12T11:00,yes
--- run
for f in text json yaml csv markdown; do
  bargain tally ballots.csv --roster roster.csv --closes 2026-03-11 --format $f --audit audit-$f.csv --chart chart-$f.svg > report.$f
  if grep -E 'ALICE|BOB|CAROL|DAVE' report.$f chart-$f.svg; then echo "$f names a voter"; else echo "$f names no voter"; fi
  cmp -s audit-$f.csv audit-text.csv || echo "audit differs for $f"
done
cat audit-text.csv
--- stdout
text names no voter
json names no voter
yaml names no voter
csv names no voter
markdown names no voter
file,line,voter,ballot,status
ballots.csv,4,BOB,,duplicate
ballots.csv,5,CAROL,,not-on-roster
ballots.csv,6,DAVE,,outside-window
--- stderr
bargain: warning: 3 of the 5 ballot records (60%) are set aside: 1 duplicate, 1 outside the voting window, 1 not on the roster; the audit file lists them
bargain: warning: 3 of the 5 ballot records (60%) are set aside: 1 duplicate, 1 outside the voting window, 1 not on the roster; the audit file lists them
bargain: warning: 3 of the 5 ballot records (60%) are set aside: 1 duplicate, 1 outside the voting window, 1 not on the roster; the audit file lists them
bargain: warning: 3 of the 5 ballot records (60%) are set aside: 1 duplicate, 1 outside the voting window, 1 not on the roster; the audit file lists them
bargain: warning: 3 of the 5 ballot records (60%) are set aside: 1 duplicate, 1 outside the voting window, 1 not on the roster; the audit file lists them

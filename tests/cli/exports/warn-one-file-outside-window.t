# One file wholly outside the window, beside a file inside it: a file from another vote, or its
# times in another zone. Counted, with a warning that names the file.
--- file online.csv
voter,cast_at,accept
V1,2026-03-10T10:00,yes
V2,2026-03-10T11:00,no
V3,2026-03-10T12:00,yes
--- file old.csv
voter,cast_at,accept
V4,2025-03-10T10:00,no
--- run
bargain tally online.csv old.csv --opens 2026-03-05 --closes 2026-03-11 > /dev/null; echo "exit $?"
--- stdout
exit 0
--- stderr
bargain: warning: 1 of the 4 ballot records (25%) is set aside: 1 outside the voting window; --audit FILE lists them
bargain: old.csv: warning: this file's one ballot record is outside the voting window: is it from another vote, or are its times in another time zone?

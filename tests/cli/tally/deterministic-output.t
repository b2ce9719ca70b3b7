# Same inputs, same bytes: the report does not change with the machine's time zone or between runs.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-10T18:30,yes
V2,2026-03-10T19:30,no
V3,2026-03-10T12:00-05:00,no
--- run
bargain tally ballots.csv --closes 2026-03-10T19:00 --format json > utc.json
TZ=America/Chicago bargain tally ballots.csv --closes 2026-03-10T19:00 --format json > chicago.json
TZ=Asia/Tokyo bargain tally ballots.csv --closes 2026-03-10T19:00 --format json > tokyo.json
cmp utc.json chicago.json && cmp utc.json tokyo.json && echo identical
grep -E '"(received|outside-window|yes|no)"' utc.json
--- stdout
identical
  "received": 3,
    "outside-window": 1,
      "yes": 1,
      "no": 1,
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 outside the voting window; --audit FILE lists them
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 outside the voting window; --audit FILE lists them
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 outside the voting window; --audit FILE lists them

# A --closes on a day that does not exist is refused.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --closes 2026-02-30T19:00
--- stderr
bargain: --closes: '2026-02-30T19:00': no such date
--- exit 2

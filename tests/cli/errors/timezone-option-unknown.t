# --timezone names no IANA zone (a city alone): refused, naming the option and the value.
--- file online.csv
voter,cast_at,accept
E00032,2020-01-13T07:00,no
E00040,2020-01-14T14:13,yes
--- run
bargain tally online.csv --timezone Chicago --opens 2020-01-13T07:00 --closes 2020-01-17T19:00
--- stderr
bargain: --timezone 'Chicago': no time zone 'Chicago' in the time-zone database (did you mean 'America/Chicago'?)
--- exit 2

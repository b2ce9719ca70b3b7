# The SOS bargaining log: one session so far, and where each article stands.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain sessions sos/campaign.yaml
--- stdout
SOS fair contract 2019-20: bargaining sessions

  sessions  1
  first     2019-07-09
  last      2019-07-09
  span      less than a day

  article              side      status  last moved
  Wages                union     open    s1, 2019-07-09
  Parental leave       union     open    s1, 2019-07-09
  Grievance procedure  employer  TA      s1, 2019-07-09

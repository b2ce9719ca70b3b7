# The SOS bargaining log: one session so far, and where each article stands.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain sessions sos/campaign.yaml
--- stdout
SOS fair contract 2019-20: bargaining sessions

  sessions  2
  first     2019-07-09
  last      2019-10-22
  span      more than three months

  article              side      status  last moved      redline
  Wages                employer  open    s2, 2019-10-22  art-10.1
  Parental leave       employer  TA      s2, 2019-10-22  art-17.2
  Grievance procedure  employer  TA      s1, 2019-07-09  art-7

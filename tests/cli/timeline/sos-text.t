# The SOS timeline in date order, relative dates resolved: the notice the day after the next session, the strike 10 days later.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain timeline sos/campaign.yaml
--- stdout
SOS fair contract 2019-20: timeline

  2019-07-09 Tue  10:00-15:00  session    Bargaining session, Howlett Building, Springfield  [s1]
  2019-10-22 Tue  10:00-16:00  session    Bargaining session, Howlett Building, Springfield  [s2]
  2019-12-10 Tue               offer      Offer union-dec  [union-dec]
  2020-01-06 Mon               offer      last, best offer  [lbo]
  2020-01-17 Fri  19:00        vote       Vote closes: Do you accept the employer's last, best offer?  [lbo-vote]
  2020-01-17 Fri  19:00        vote       Vote closes: Do you authorize the bargaining team to file an intent to strike notice?  [strike-vote]
  2020-01-28 Tue               mediation  Mediation session  [mediation]
  2020-02-04 Tue  11:00-13:30  picket     Informational picketing for a fair contract  [picket-feb4]
  2020-02-14 Fri               deadline   Next bargaining session  [next-session]
  2020-02-15 Sat               notice     Notice (intent to strike)  [intent-notice]
  2020-02-25 Tue               strike     Strike  [strike]

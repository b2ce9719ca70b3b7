# CSV and Markdown list the same items.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain timeline sos/campaign.yaml --format csv
bargain timeline sos/campaign.yaml --format markdown --today 2020-02-14
--- stdout
date,start,end,kind,id,title
2019-07-09,10:00,15:00,session,s1,"Bargaining session, Howlett Building, Springfield"
2019-10-22,10:00,16:00,session,s2,"Bargaining session, Howlett Building, Springfield"
2019-12-10,,,offer,union-dec,Offer union-dec
2020-01-06,,,offer,lbo,"last, best offer"
2020-01-17,19:00,,vote,lbo-vote,"Vote closes: Do you accept the employer's last, best offer?"
2020-01-17,19:00,,vote,strike-vote,Vote closes: Do you authorize the bargaining team to file an intent to strike notice?
2020-01-28,,,mediation,mediation,Mediation session
2020-02-04,11:00,13:30,picket,picket-feb4,Informational picketing for a fair contract
2020-02-14,,,deadline,next-session,Next bargaining session
2020-02-15,,,notice,intent-notice,Notice (intent to strike)
2020-02-25,,,strike,strike,Strike
# SOS fair contract 2019-20: timeline

| date | time | kind | what | when | id |
|---|---|---|---|---|---|
| 2019-07-09 Tue | 10:00-15:00 | session | Bargaining session, Howlett Building, Springfield | past | s1 |
| 2019-10-22 Tue | 10:00-16:00 | session | Bargaining session, Howlett Building, Springfield | past | s2 |
| 2019-12-10 Tue |  | offer | Offer union-dec | past | union-dec |
| 2020-01-06 Mon |  | offer | last, best offer | past | lbo |
| 2020-01-17 Fri | 19:00 | vote | Vote closes: Do you accept the employer's last, best offer? | past | lbo-vote |
| 2020-01-17 Fri | 19:00 | vote | Vote closes: Do you authorize the bargaining team to file an intent to strike notice? | past | strike-vote |
| 2020-01-28 Tue |  | mediation | Mediation session | past | mediation |
| 2020-02-04 Tue | 11:00-13:30 | picket | Informational picketing for a fair contract | past | picket-feb4 |
| 2020-02-14 Fri |  | deadline | Next bargaining session | today | next-session |
| 2020-02-15 Sat |  | notice | Notice (intent to strike) | upcoming | intent-notice |
| 2020-02-25 Tue |  | strike | Strike | upcoming | strike |

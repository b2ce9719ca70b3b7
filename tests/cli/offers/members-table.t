# --members shows what an offer means for each member by lane and starting step, in every format; its FTE times each member's pay increase add up to the wage cost (checked over the whole example).
--- run
cp -r "$EXAMPLES/prairie-valley-2026" pv
bargain offers pv/campaign.yaml --members --offer board-initial --format markdown | head -12; echo "exit $?"
bargain offers pv/campaign.yaml --members --format csv | head -4
bargain offers pv/campaign.yaml --members --format json > members.json
bargain offers pv/campaign.yaml --format json > offers.json
python3 -c "
import json
from fractions import Fraction
members = json.load(open('members.json'))['offers']
costs = json.load(open('offers.json'))['offers']
for m, c in zip(members, costs):
    for s, u in zip(m['schedules'], c['cost']):
        years = len(u['years'])
        for k in range(1, years + 1):
            # To the cent, except in a year a raise starts midyear: a member's pay
            # is then a fraction of a cent the table rounds, by half a cent at
            # most (the exact agreement is held by a unit test).
            total = sum(Fraction(r['fte']) * (r['pay_cents'][k] - r['pay_cents'][0]) for r in s['members'])
            split = m['id'] == 'board-final' and k == 2
            bound = sum(Fraction(r['fte']) for r in s['members']) / 2 + Fraction(1, 2) if split else Fraction(1, 2)
            assert abs(total - u['years'][k - 1]['wages_cents']) <= bound, (m['id'], s['schedule'], k, total)
print('the members table agrees with the wage cost')
"
bargain offers pv/campaign.yaml --members --format html -o pay.html; echo "exit $?"
grep -c '<th scope="row">' pay.html
bargain offers pv/campaign.yaml --format html; echo "exit $?"
bargain offers pv/campaign.yaml --members --compare board-final union-proposal; echo "exit $?"
bargain offers pv/campaign.yaml --members --offer board-fnal; echo "exit $?"
bargain offers pv/campaign.yaml --offer board-final; echo "exit $?"
--- stdout
# Prairie Valley contract 2026: what each offer means for members

## board-initial: schedule teachers (PVEA)

| starting at | FTE | today | year 1 | year 2 | year 3 | gain | premium change | net gain |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
| BA, step 1 | 4.9 | $46,000.00 | $46,690.00 | $48,781.00 | $51,227.00 | $5,227.00 | $0.00 | $5,227.00 |
| BA, step 2 | 7.2 | $47,350.00 | $48,060.00 | $50,223.00 | $52,751.00 | $5,401.00 | $0.00 | $5,401.00 |
| BA, step 3 | 7.3 | $48,750.00 | $49,481.00 | $51,717.00 | $54,328.00 | $5,578.00 | $0.00 | $5,578.00 |
| BA, step 4 | 9.8 | $50,200.00 | $50,953.00 | $53,263.00 | $55,957.00 | $5,757.00 | $0.00 | $5,757.00 |
| BA, step 5 | 4.3 | $51,700.00 | $52,476.00 | $54,860.00 | $57,638.00 | $5,938.00 | $0.00 | $5,938.00 |
| BA, step 6 | 5.2 | $53,250.00 | $54,049.00 | $56,508.00 | $59,372.00 | $6,122.00 | $0.00 | $6,122.00 |
exit 0
offer,schedule,lane,step,fte,year,pay,gain,premium_change,net_gain
union-proposal,teachers,BA,1,4.9,0,46000.00,10196.00,0.00,10196.00
union-proposal,teachers,BA,1,4.9,1,49244.00,10196.00,0.00,10196.00
union-proposal,teachers,BA,1,4.9,2,52728.00,10196.00,0.00,10196.00
the members table agrees with the wage cost
exit 0
216
exit 2
exit 2
exit 2
exit 2
--- stderr
bargain: --format html is for --members: the members' table is the page a local posts
bargain: --members and --compare do not go together: --compare gives the gap between two offers' costs, --members each member's pay under an offer
bargain: --offer: no offer 'board-fnal' in pv/campaign.yaml
   = help: did you mean 'board-final'?
bargain: --offer is for --members: it says whose table to show

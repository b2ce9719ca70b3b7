# The JSON gives each schedule unit's parts in years:, and --compare gives the gap in each part, year by year.
--- run
cp -r "$EXAMPLES/prairie-valley-2026" pv
bargain offers pv/campaign.yaml --format json > offers.json; echo "exit $?"
python3 -c "
import json
o = json.load(open('offers.json'))['offers'][2]
u = o['cost'][0]
print(o['id'], u['unit'], u['per_year_cents'], u['total_cents'])
for y in u['years']: print(y)
# every year's parts add up to its total
for c in o['cost']:
    for y in c['years']:
        assert y['wages_cents'] + y['rollup_cents'] + y['bonus_cents'] + y['benefits_cents'] == y['total_cents']
        assert y['schedule_cents'] + y['steps_cents'] == y['wages_cents']
print('every part adds up')
"
bargain offers pv/campaign.yaml --compare board-final union-proposal; echo "exit $?"
--- stdout
exit 0
board-final pvea [105827295, 141810010, 250231637] 497868942
{'year': 1, 'schedule_cents': 37670100, 'steps_cents': 36150500, 'wages_cents': 73820600, 'rollup_cents': 12881695, 'bonus_cents': 19125000, 'benefits_cents': 0, 'total_cents': 105827295, 'percent_of_base': 7.1967}
{'year': 2, 'schedule_cents': 58104123, 'steps_cents': 68889500, 'wages_cents': 126993623, 'rollup_cents': 22160387, 'bonus_cents': 0, 'benefits_cents': -7344000, 'total_cents': 141810010, 'percent_of_base': 9.6437}
{'year': 3, 'schedule_cents': 120657130, 'steps_cents': 98649500, 'wages_cents': 219306630, 'rollup_cents': 38269007, 'bonus_cents': 0, 'benefits_cents': -7344000, 'total_cents': 250231637, 'percent_of_base': 17.0169}
every part adds up
Prairie Valley contract 2026: union-proposal against board-final

                               year 1          year 2          year 3           total
  board-final raise              2.5%            2.5%            2.5%         7.6891%
  union-proposal raise           4.0%            4.0%            3.5%        11.9456%
  gap (points)                   +1.5            +1.5            +1.0         +4.2565
  board-final cost      $1,288,397.69   $1,665,916.37   $2,945,444.11   $5,899,758.17
  union-proposal cost   $1,354,171.49   $2,721,052.83   $3,989,613.42   $8,064,837.74
  gap                     +$65,773.80  +$1,055,136.46  +$1,044,169.31  +$2,165,079.57

union-proposal is $2,165,079.57 above board-final over three years: 4.2565 percentage points more, compounded.

  gap, PVEA (schedule teachers, base wages $14,704,930.00):
                           year 1       year 2       year 3           term
  schedule increase   $225,956.40  $675,075.67  $667,831.50  $1,568,863.57
  steps                     $0.00        $0.00        $0.00          $0.00
  wages               $225,956.40  $675,075.67  $667,831.50  $1,568,863.57
  roll-up              $39,429.39  $117,800.71  $116,536.60    $273,766.70
  bonus              -$191,250.00        $0.00        $0.00   -$191,250.00
  benefits                  $0.00   $73,440.00   $73,440.00    $146,880.00
  total                $74,135.79  $866,316.38  $857,808.10  $1,798,260.27
  % of base wages         0.5042%      5.8913%      5.8334%       12.2290%

  gap, PVESP (schedule support, base wages $3,081,817.05):
                          year 1       year 2       year 3         term
  schedule increase   $47,158.80  $139,923.44  $137,829.90  $324,912.14
  steps                    $0.00        $0.00        $0.00        $0.00
  wages               $47,158.80  $139,923.44  $137,829.90  $324,912.14
  roll-up              $8,229.21   $24,416.64   $24,051.31   $56,697.16
  bonus              -$63,750.00        $0.00        $0.00  -$63,750.00
  benefits                 $0.00   $24,480.00   $24,480.00   $48,960.00
  total               -$8,361.99  $188,820.08  $186,361.21  $366,819.30
  % of base wages       -0.2714%      6.1269%      6.0471%     11.9027%
exit 0

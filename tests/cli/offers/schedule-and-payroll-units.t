# A campaign with units on schedules and a unit on a payroll: "all units" adds whole costs to raises alone, and the report says so under each offer and the comparison; a payroll may be written with thousands commas and a $, as schedule cells are.
--- run
cp -r "$EXAMPLES/prairie-valley-2026" pv
python3 -c "
s = open('pv/campaign.yaml').read()
s = s.replace('units:\n', 'units:\n  - id: bus\n    name: Prairie Valley Bus Drivers\n    short: Drivers\n    members: 30\n    payroll: \"\$1,200,000\"\n', 1)
open('pv/campaign.yaml', 'w').write(s)
"
bargain offers pv/campaign.yaml; echo "exit $?"
bargain offers pv/campaign.yaml --compare board-final union-proposal --format markdown; echo "exit $?"
--- stdout
Prairie Valley contract 2026: offers

union-proposal: offer from the union, 2026-03-10
                     year 1         year 2         year 3          total
  raise                4.0%           4.0%           3.5%
  compounded        4.0000%        8.1600%       11.9456%
  Drivers        $48,000.00     $97,920.00    $143,347.20    $289,267.20
  PVEA        $1,132,408.74  $2,284,416.48  $3,360,124.47  $6,776,949.69
  PVESP         $221,762.75    $436,636.35    $629,488.95  $1,287,888.05
  all units   $1,402,171.49  $2,818,972.83  $4,132,960.62  $8,354,104.94
  union-proposal raises wages 11.9456% compounded over three years, at a cost of $8,354,104.94.
  all units adds the whole cost of PVEA and PVESP (wages, roll-up, bonus and
    benefits, from their schedules) to the cost of the raises alone for
    Drivers (from its payroll).

  PVEA (schedule teachers, base wages $14,704,930.00):
                            year 1         year 2         year 3           term
  schedule increase    $602,657.40  $1,256,116.90  $1,874,402.80  $3,733,177.10
  steps                $361,505.00    $688,895.00    $986,495.00  $2,036,895.00
  wages                $964,162.40  $1,945,011.90  $2,860,897.80  $5,770,072.10
  roll-up              $168,246.34    $339,404.58    $499,226.67  $1,006,877.59
  bonus                      $0.00          $0.00          $0.00          $0.00
  benefits                   $0.00          $0.00          $0.00          $0.00
  total              $1,132,408.74  $2,284,416.48  $3,360,124.47  $6,776,949.69
  % of base wages          7.7009%       15.5350%       22.8503%       46.0862%

  PVESP (schedule support, base wages $3,081,817.05):
                          year 1       year 2       year 3           term
  schedule increase  $125,712.60  $260,377.65  $386,103.90    $772,194.15
  steps               $63,102.00  $111,385.95  $149,859.45    $324,347.40
  wages              $188,814.60  $371,763.60  $535,963.35  $1,096,541.55
  roll-up             $32,948.15   $64,872.75   $93,525.60    $191,346.50
  bonus                    $0.00        $0.00        $0.00          $0.00
  benefits                 $0.00        $0.00        $0.00          $0.00
  total              $221,762.75  $436,636.35  $629,488.95  $1,287,888.05
  % of base wages        7.1958%     14.1681%     20.4259%       41.7899%

board-initial: offer from the employer, 2026-04-07
                   year 1         year 2         year 3          total
  raise              1.5%           1.5%           2.0%
  compounded      1.5000%        3.0225%        5.0830%
  Drivers      $18,000.00     $36,270.00     $60,995.40    $115,265.40
  PVEA        $259,097.87    $959,448.23  $1,728,118.66  $2,946,664.76
  PVESP        $54,405.48    $185,906.20    $321,355.36    $561,667.04
  all units   $331,503.35  $1,181,624.43  $2,110,469.42  $3,623,597.20
  board-initial raises wages 5.0830% compounded over three years, at a cost of $3,623,597.20.
  all units adds the whole cost of PVEA and PVESP (wages, roll-up, bonus and
    benefits, from their schedules) to the cost of the raises alone for
    Drivers (from its payroll).

  PVEA (schedule teachers, base wages $14,704,930.00):
                          year 1       year 2         year 3           term
  schedule increase  $220,602.70  $455,394.30    $782,470.40  $1,458,467.40
  steps                    $0.00  $361,505.00    $688,895.00  $1,050,400.00
  wages              $220,602.70  $816,899.30  $1,471,365.40  $2,508,867.40
  roll-up             $38,495.17  $142,548.93    $256,753.26    $437,797.36
  bonus                    $0.00        $0.00          $0.00          $0.00
  benefits                 $0.00        $0.00          $0.00          $0.00
  total              $259,097.87  $959,448.23  $1,728,118.66  $2,946,664.76
  % of base wages        1.7620%      6.5247%       11.7520%       20.0386%

  PVESP (schedule support, base wages $3,081,817.05):
                         year 1       year 2       year 3         term
  schedule increase  $46,322.25   $95,183.40  $162,224.40  $303,730.05
  steps                   $0.00   $63,102.00  $111,385.95  $174,487.95
  wages              $46,322.25  $158,285.40  $273,610.35  $478,218.00
  roll-up             $8,083.23   $27,620.80   $47,745.01   $83,449.04
  bonus                   $0.00        $0.00        $0.00        $0.00
  benefits                $0.00        $0.00        $0.00        $0.00
  total              $54,405.48  $185,906.20  $321,355.36  $561,667.04
  % of base wages       1.7654%      6.0324%     10.4275%     18.2252%

board-final (last, best offer): final offer from the employer, 2026-05-12
                     year 1         year 2         year 3          total
  raise                2.5%           2.5%           2.5%
  compounded        2.5000%        5.0625%        7.6891%
  Drivers        $30,000.00     $60,750.00     $92,268.75    $183,018.75
  PVEA        $1,058,272.95  $1,418,100.10  $2,502,316.37  $4,978,689.42
  PVESP         $230,124.74    $247,816.27    $443,127.74    $921,068.75
  all units   $1,318,397.69  $1,726,666.37  $3,037,712.86  $6,082,776.92
  board-final raises wages 7.6891% compounded over three years, at a cost of $6,082,776.92.
  all units adds the whole cost of PVEA and PVESP (wages, roll-up, bonus and
    benefits, from their schedules) to the cost of the raises alone for
    Drivers (from its payroll).

  PVEA (schedule teachers, base wages $14,704,930.00):
                            year 1         year 2         year 3           term
  schedule increase    $376,701.00    $581,041.23  $1,206,571.30  $2,164,313.53
  steps                $361,505.00    $688,895.00    $986,495.00  $2,036,895.00
  wages                $738,206.00  $1,269,936.23  $2,193,066.30  $4,201,208.53
  roll-up              $128,816.95    $221,603.87    $382,690.07    $733,110.89
  bonus                $191,250.00          $0.00          $0.00    $191,250.00
  benefits                   $0.00    -$73,440.00    -$73,440.00   -$146,880.00
  total              $1,058,272.95  $1,418,100.10  $2,502,316.37  $4,978,689.42
  % of base wages          7.1967%        9.6437%       17.0169%       33.8573%

  PVESP (schedule support, base wages $3,081,817.05):
                          year 1       year 2       year 3         term
  schedule increase   $78,553.80  $120,454.21  $248,274.00  $447,282.01
  steps               $63,102.00  $111,385.95  $149,859.45  $324,347.40
  wages              $141,655.80  $231,840.16  $398,133.45  $771,629.41
  roll-up             $24,718.94   $40,456.11   $69,474.29  $134,649.34
  bonus               $63,750.00        $0.00        $0.00   $63,750.00
  benefits                 $0.00  -$24,480.00  -$24,480.00  -$48,960.00
  total              $230,124.74  $247,816.27  $443,127.74  $921,068.75
  % of base wages        7.4672%      8.0412%     14.3788%     29.8872%
exit 0
# Prairie Valley contract 2026: union-proposal against board-final

|  | year 1 | year 2 | year 3 | total |
|---|---:|---:|---:|---:|
| board-final raise | 2.5% | 2.5% | 2.5% | 7.6891% |
| union-proposal raise | 4.0% | 4.0% | 3.5% | 11.9456% |
| gap (points) | +1.5 | +1.5 | +1.0 | +4.2565 |
| board-final cost | $1,318,397.69 | $1,726,666.37 | $3,037,712.86 | $6,082,776.92 |
| union-proposal cost | $1,402,171.49 | $2,818,972.83 | $4,132,960.62 | $8,354,104.94 |
| gap | +$83,773.80 | +$1,092,306.46 | +$1,095,247.76 | +$2,271,328.02 |

union-proposal is $2,271,328.02 above board-final over three years: 4.2565 percentage points more, compounded.

all units adds the whole cost of PVEA and PVESP (wages, roll-up, bonus and benefits, from their schedules) to the cost of the raises alone for Drivers (from its payroll).

gap, PVEA (schedule teachers, base wages $14,704,930.00):

|  | year 1 | year 2 | year 3 | term |
|---|---:|---:|---:|---:|
| schedule increase | $225,956.40 | $675,075.67 | $667,831.50 | $1,568,863.57 |
| steps | $0.00 | $0.00 | $0.00 | $0.00 |
| wages | $225,956.40 | $675,075.67 | $667,831.50 | $1,568,863.57 |
| roll-up | $39,429.39 | $117,800.71 | $116,536.60 | $273,766.70 |
| bonus | -$191,250.00 | $0.00 | $0.00 | -$191,250.00 |
| benefits | $0.00 | $73,440.00 | $73,440.00 | $146,880.00 |
| total | $74,135.79 | $866,316.38 | $857,808.10 | $1,798,260.27 |
| % of base wages | 0.5042% | 5.8913% | 5.8334% | 12.2290% |

gap, PVESP (schedule support, base wages $3,081,817.05):

|  | year 1 | year 2 | year 3 | term |
|---|---:|---:|---:|---:|
| schedule increase | $47,158.80 | $139,923.44 | $137,829.90 | $324,912.14 |
| steps | $0.00 | $0.00 | $0.00 | $0.00 |
| wages | $47,158.80 | $139,923.44 | $137,829.90 | $324,912.14 |
| roll-up | $8,229.21 | $24,416.64 | $24,051.31 | $56,697.16 |
| bonus | -$63,750.00 | $0.00 | $0.00 | -$63,750.00 |
| benefits | $0.00 | $24,480.00 | $24,480.00 | $48,960.00 |
| total | -$8,361.99 | $188,820.08 | $186,361.21 | $366,819.30 |
| % of base wages | -0.2714% | 6.1269% | 6.0471% | 11.9027% |
exit 0

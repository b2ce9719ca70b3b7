# The SOS offers, costed against both units' payroll: raises by year, compounded, cost per unit and in total.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain offers sos/campaign.yaml
--- stdout
SOS fair contract 2019-20: offers

union-dec: offer from the union, 2019-12-10
                         year 1         year 2         year 3          total
  raise                    4.0%           4.0%           3.5%
  compounded            4.0000%        8.1600%       11.9456%
  IFPE, Local 4408  $378,000.00    $771,120.00  $1,128,859.20  $2,277,979.20
  Local 4407        $210,000.00    $428,400.00    $627,144.00  $1,265,544.00
  all units         $588,000.00  $1,199,520.00  $1,756,003.20  $3,543,523.20
  union-dec raises wages 11.9456% compounded over three years, at a cost of $3,543,523.20.

lbo (last, best offer): final offer from the employer, 2020-01-06
                         year 1       year 2       year 3          total
  raise                    1.5%         2.0%         2.0%
  compounded            1.5000%      3.5300%      5.6006%
  IFPE, Local 4408  $141,750.00  $333,585.00  $529,256.70  $1,004,591.70
  Local 4407         $78,750.00  $185,325.00  $294,031.50    $558,106.50
  all units         $220,500.00  $518,910.00  $823,288.20  $1,562,698.20
  lbo raises wages 5.6006% compounded over three years, at a cost of $1,562,698.20.

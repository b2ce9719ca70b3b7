# --compare A B: the gap from A to B per year and in total, in percentage points and in money.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain offers sos/campaign.yaml --compare union-dec lbo
--- stdout
SOS fair contract 2019-20: lbo against union-dec

                         year 1         year 2         year 3           total
  union-dec raise          4.0%           4.0%           3.5%        11.9456%
  lbo raise                1.5%           2.0%           2.0%         5.6006%
  gap (points)             -2.5           -2.0           -1.5         -6.3450
  union-dec cost    $588,000.00  $1,199,520.00  $1,756,003.20   $3,543,523.20
  lbo cost          $220,500.00    $518,910.00    $823,288.20   $1,562,698.20
  gap              -$367,500.00   -$680,610.00   -$932,715.00  -$1,980,825.00

lbo is $1,980,825.00 below union-dec over three years: 6.3450 percentage points less, compounded.

# Offers of different lengths are compared over the years both cover, and the report says so.
--- file campaign.yaml
bargain: 1
campaign: {name: Terms}
units:
  - {id: local-1, short: Local 1, payroll: 1000000.00}
offers:
  - {id: union, side: union, wages: [3, 3, 3]}
  - {id: employer, side: employer, wages: [3.5, 2]}
--- run
bargain offers campaign.yaml --compare union employer
bargain offers campaign.yaml --compare employer employer
--- stdout
Terms: employer against union

                      year 1      year 2       total
  union raise           3.0%        3.0%     6.0900%
  employer raise        3.5%        2.0%     5.5700%
  gap (points)          +0.5        -1.0     -0.5200
  union cost      $30,000.00  $60,900.00  $90,900.00
  employer cost   $35,000.00  $55,700.00  $90,700.00
  gap             +$5,000.00  -$5,200.00    -$200.00

union runs three years and employer two years: compared over the first two years.
employer is $200.00 below union over two years: 0.5200 percentage points less, compounded.
Terms: employer against employer

                      year 1      year 2       total
  employer raise        3.5%        2.0%     5.5700%
  employer raise        3.5%        2.0%     5.5700%
  gap (points)           0.0         0.0      0.0000
  employer cost   $35,000.00  $55,700.00  $90,700.00
  employer cost   $35,000.00  $55,700.00  $90,700.00
  gap                  $0.00       $0.00       $0.00

employer costs the same as employer over two years: the same increase, compounded.

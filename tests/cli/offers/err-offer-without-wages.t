# An offer with no wages cannot be costed: it is named at its line, not costed as zero. Offers not compared are not costed.
--- file campaign.yaml
bargain: 1
campaign: {name: Missing wages}
units:
  - {id: local-1, payroll: 1000000.00}
offers:
  - {id: union, side: union, wages: [3, 3, 3]}
  - id: employer
    side: employer
    label: package without numbers
  - {id: lbo, side: employer, wages: [1, 1, 1]}
--- run
bargain offers campaign.yaml
echo "exit $?"
bargain offers campaign.yaml --compare union lbo --format csv
--- stdout
exit 2
year,union raise,lbo raise,gap points,union cost,lbo cost,gap
1,3.0,1.0,-2.0,30000.00,10000.00,-20000.00
2,3.0,1.0,-2.0,60900.00,20100.00,-40800.00
3,3.0,1.0,-2.0,92727.00,30301.00,-62426.00
total,9.2727,3.0301,-6.2426,183627.00,60401.00,-123226.00
--- stderr
bargain: campaign.yaml:7:5: offer 'employer' has no wages to cost: give its raise for each contract year, like wages: [1.5, 2.0, 2.0]

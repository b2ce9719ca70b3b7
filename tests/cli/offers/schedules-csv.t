# The CSV gives each schedule unit's parts as columns after its total, and --compare's CSV the gap in each part; the parts add up to the totals in every row.
--- run
cp -r "$EXAMPLES/prairie-valley-2026" pv
bargain offers pv/campaign.yaml --format csv > offers.csv; echo "exit $?"
cat offers.csv
bargain offers pv/campaign.yaml --compare board-final union-proposal --format csv > compare.csv; echo "exit $?"
cat compare.csv
python3 -c "
import csv
from decimal import Decimal as D
for name, total in (('offers.csv', ''), ('compare.csv', ' total gap')):
    rows = list(csv.DictReader(open(name)))
    for r in rows:
        for u in ('pvea', 'pvesp'):
            g = lambda p: D(r[u + ' ' + p + (' gap' if total else '')])
            t = D(r[u + total]) if total else D(r[u])
            assert g('wages') + g('rollup') + g('bonus') + g('benefits') == t, (name, r['year'], u)
            assert g('schedule') + g('steps') == g('wages')
print('every row adds up')
"
--- stdout
exit 0
offer,side,year,raise,compounded_percent,pvea,pvea schedule,pvea steps,pvea wages,pvea rollup,pvea bonus,pvea benefits,pvea percent_of_base,pvesp,pvesp schedule,pvesp steps,pvesp wages,pvesp rollup,pvesp bonus,pvesp benefits,pvesp percent_of_base,all units
union-proposal,union,1,4.0,4.0000,1132408.74,602657.40,361505.00,964162.40,168246.34,0.00,0.00,7.7009,221762.75,125712.60,63102.00,188814.60,32948.15,0.00,0.00,7.1958,1354171.49
union-proposal,union,2,4.0,8.1600,2284416.48,1256116.90,688895.00,1945011.90,339404.58,0.00,0.00,15.5350,436636.35,260377.65,111385.95,371763.60,64872.75,0.00,0.00,14.1681,2721052.83
union-proposal,union,3,3.5,11.9456,3360124.47,1874402.80,986495.00,2860897.80,499226.67,0.00,0.00,22.8503,629488.95,386103.90,149859.45,535963.35,93525.60,0.00,0.00,20.4259,3989613.42
union-proposal,union,total,,11.9456,6776949.69,3733177.10,2036895.00,5770072.10,1006877.59,0.00,0.00,46.0862,1287888.05,772194.15,324347.40,1096541.55,191346.50,0.00,0.00,41.7899,8064837.74
board-initial,employer,1,1.5,1.5000,259097.87,220602.70,0.00,220602.70,38495.17,0.00,0.00,1.7620,54405.48,46322.25,0.00,46322.25,8083.23,0.00,0.00,1.7654,313503.35
board-initial,employer,2,1.5,3.0225,959448.23,455394.30,361505.00,816899.30,142548.93,0.00,0.00,6.5247,185906.20,95183.40,63102.00,158285.40,27620.80,0.00,0.00,6.0324,1145354.43
board-initial,employer,3,2.0,5.0830,1728118.66,782470.40,688895.00,1471365.40,256753.26,0.00,0.00,11.7520,321355.36,162224.40,111385.95,273610.35,47745.01,0.00,0.00,10.4275,2049474.02
board-initial,employer,total,,5.0830,2946664.76,1458467.40,1050400.00,2508867.40,437797.36,0.00,0.00,20.0386,561667.04,303730.05,174487.95,478218.00,83449.04,0.00,0.00,18.2252,3508331.80
board-final,employer,1,2.5,2.5000,1058272.95,376701.00,361505.00,738206.00,128816.95,191250.00,0.00,7.1967,230124.74,78553.80,63102.00,141655.80,24718.94,63750.00,0.00,7.4672,1288397.69
board-final,employer,2,2.5,5.0625,1418100.10,581041.23,688895.00,1269936.23,221603.87,0.00,-73440.00,9.6437,247816.27,120454.21,111385.95,231840.16,40456.11,0.00,-24480.00,8.0412,1665916.37
board-final,employer,3,2.5,7.6891,2502316.37,1206571.30,986495.00,2193066.30,382690.07,0.00,-73440.00,17.0169,443127.74,248274.00,149859.45,398133.45,69474.29,0.00,-24480.00,14.3788,2945444.11
board-final,employer,total,,7.6891,4978689.42,2164313.53,2036895.00,4201208.53,733110.89,191250.00,-146880.00,33.8573,921068.75,447282.01,324347.40,771629.41,134649.34,63750.00,-48960.00,29.8872,5899758.17
exit 0
year,board-final raise,union-proposal raise,gap points,board-final cost,union-proposal cost,gap,pvea schedule gap,pvea steps gap,pvea wages gap,pvea rollup gap,pvea bonus gap,pvea benefits gap,pvea total gap,pvea percent_of_base gap,pvesp schedule gap,pvesp steps gap,pvesp wages gap,pvesp rollup gap,pvesp bonus gap,pvesp benefits gap,pvesp total gap,pvesp percent_of_base gap
1,2.5,4.0,1.5,1288397.69,1354171.49,65773.80,225956.40,0.00,225956.40,39429.39,-191250.00,0.00,74135.79,0.5042,47158.80,0.00,47158.80,8229.21,-63750.00,0.00,-8361.99,-0.2714
2,2.5,4.0,1.5,1665916.37,2721052.83,1055136.46,675075.67,0.00,675075.67,117800.71,0.00,73440.00,866316.38,5.8913,139923.44,0.00,139923.44,24416.64,0.00,24480.00,188820.08,6.1269
3,2.5,3.5,1.0,2945444.11,3989613.42,1044169.31,667831.50,0.00,667831.50,116536.60,0.00,73440.00,857808.10,5.8334,137829.90,0.00,137829.90,24051.31,0.00,24480.00,186361.21,6.0471
total,7.6891,11.9456,4.2565,5899758.17,8064837.74,2165079.57,1568863.57,0.00,1568863.57,273766.70,-191250.00,146880.00,1798260.27,12.2290,324912.14,0.00,324912.14,56697.16,-63750.00,48960.00,366819.30,11.9027
every row adds up

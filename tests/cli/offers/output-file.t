# -o writes the report to a file, atomically; stdout stays empty.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain offers sos/campaign.yaml --format csv -o costs.csv
--- output costs.csv
offer,side,year,raise,compounded_percent,ifpe-4408,ifise-4407,all units
union-dec,union,1,4.0,4.0000,378000.00,210000.00,588000.00
union-dec,union,2,4.0,8.1600,771120.00,428400.00,1199520.00
union-dec,union,3,3.5,11.9456,1128859.20,627144.00,1756003.20
union-dec,union,total,,11.9456,2277979.20,1265544.00,3543523.20
lbo,employer,1,1.5,1.5000,141750.00,78750.00,220500.00
lbo,employer,2,2.0,3.5300,333585.00,185325.00,518910.00
lbo,employer,3,2.0,5.6006,529256.70,294031.50,823288.20
lbo,employer,total,,5.6006,1004591.70,558106.50,1562698.20

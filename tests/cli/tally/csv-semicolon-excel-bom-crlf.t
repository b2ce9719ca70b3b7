# A semicolon-separated export as Excel writes it in German or French locales (a BOM, CRLF, a quoted cell holding a ';') counts by its semicolons.
--- run
printf '\357\273\277voter;unit;accept;strike\r\n' > ballots.csv
printf 'V0001;"Local 4408; Springfield";yes;yes\r\n' >> ballots.csv
printf 'V0002;"Local 4408; Springfield";no;yes\r\n' >> ballots.csv
printf 'V0003;Local 4407;yes;no\r\n' >> ballots.csv
printf 'V0001;Local 4407;no;no\r\n' >> ballots.csv
printf 'V0004;Local 4407;yes;\r\n' >> ballots.csv
bargain tally ballots.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,4,4,3,1,0,0,0,,carried,false,3-to-1
strike,,majority,,4,3,2,1,0,1,0,,carried,false,2-to-1
--- stderr
bargain: warning: 1 of the 5 ballot records (20%) is set aside: 1 duplicate; --audit FILE lists them

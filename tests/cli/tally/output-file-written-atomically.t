# -o FILE writes the report to FILE, replacing an old report whole and leaving no temporary file behind.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,no
--- file report.csv
an old report
--- run
bargain tally ballots.csv --format csv -o report.csv
ls
--- stdout
ballots.csv
report.csv
--- output report.csv
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,1,2,0,0,0,,failed,false,2-to-1

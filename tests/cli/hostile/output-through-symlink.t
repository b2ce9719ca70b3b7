# -o through a symbolic link replaces the link's target atomically (its temporary file beside the target) and keeps the link; a link to a file that does not exist yet creates that file.
--- file reports/old.txt
the old report
--- file ballots.csv
voter,accept
V1,yes
V2,no
--- run
ln -s reports/old.txt report.txt
ln -s ../reports/new.csv reports/new-link
ln -s reports/new-link chained.csv
bargain tally ballots.csv -o report.txt; echo "exit $?"
test -L report.txt && echo "report.txt is still a link to $(readlink report.txt)"
head -1 reports/old.txt
bargain tally ballots.csv --format csv -o chained.csv; echo "exit $?"
test -L chained.csv && test -L reports/new-link && echo "both links kept"
cat reports/new.csv
ls . reports
--- stdout
exit 0
report.txt is still a link to reports/old.txt
Tally of 2 ballot records from 1 file
exit 0
both links kept
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
.:
ballots.csv
chained.csv
report.txt
reports

reports:
new-link
new.csv
old.txt

# --chart writes an SVG bar chart beside the report.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,no
--- run
bargain tally ballots.csv --chart chart.svg --format csv
head -c 200 chart.svg; echo
grep -c '<rect' chart.svg
tail -n 1 chart.svg
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,1,2,0,0,0,,failed,false,2-to-1
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="720" height="237" viewBox="0 0 720 237" font-family="DejaVu Sans, Arial, sans-serif" font-size="14">
<rect width="
6
</svg>

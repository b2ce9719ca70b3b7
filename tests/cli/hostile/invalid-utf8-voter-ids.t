# Bytes that are not UTF-8 in voter ids and a question id: the audit keeps the voter's bytes as they were (so the ballot can be found), text, csv and markdown keep the question's, and the chart shows U+FFFD.
--- run
printf 'voter,acc\377ept\nV\377\376,yes\nV\377\376,no\nV\300\257,yes\n' > ballots.csv
bargain tally ballots.csv --audit audit.csv --chart chart.svg > report.txt 2>&1; echo "exit $?"
cat audit.csv
bargain tally ballots.csv --format csv 2>&1
bargain tally ballots.csv --format markdown 2>&1 | grep -a acc
grep -a acc report.txt
python3 -c 'import xml.etree.ElementTree as E; r = E.parse("chart.svg").getroot(); print([t.text for t in r.iter("{http://www.w3.org/2000/svg}text")][0])'
--- stdout
exit 0
file,line,voter,ballot,status
ballots.csv,3,V\xff\xfe,,duplicate
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
acc\xffept,,majority,,2,2,2,0,0,0,0,,carried,false,
## acc\xffept
acc\xffept
acc�ept

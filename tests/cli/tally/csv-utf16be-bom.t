# A UTF-16BE file with a byte order mark is transcoded and counted like its UTF-8 text.
--- run
printf 'voter,accept\nV1,yes\nV2,no\nV3,yes\n' | iconv -f UTF-8 -t UTF-16BE > body
{ printf '\376\377'; cat body; } > ballots.csv
bargain tally ballots.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1

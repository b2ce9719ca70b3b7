# A UTF-16 YAML ballot file with a byte order mark (as Windows Notepad saves "Unicode") is transcoded and counted.
--- run
printf 'questions:\n  accept: \302\277Acepta la oferta?\nballots:\n  - {voter: V1, accept: yes}\n  - {voter: V2, accept: no}\n  - {voter: V3, accept: yes}\n' > body
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE body; } > ballots.yaml
bargain tally ballots.yaml --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1

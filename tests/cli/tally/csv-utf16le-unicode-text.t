# An Excel "Unicode Text" export (UTF-16LE with a byte order mark, tab-separated, CRLF, accented voter ids) is transcoded and counted.
--- run
printf 'voter\taccept\r\nJos\303\251-0001\tyes\r\nZo\303\253-0002\tno\r\nAnne-Marie-0003\tyes\r\n\305\201uk-\360\237\227\263\tabstain\r\nJos\303\251-0001\tno\r\n' > ballots.utf8
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE ballots.utf8; } > ballots.txt
head -c 4 ballots.txt | od -An -tx1
bargain tally ballots.txt --format csv
--- stdout
 ff fe 76 00
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,4,3,2,1,1,0,0,,carried,false,2-to-1
--- stderr
bargain: warning: 1 of the 5 ballot records (20%) is set aside: 1 duplicate; --audit FILE lists them

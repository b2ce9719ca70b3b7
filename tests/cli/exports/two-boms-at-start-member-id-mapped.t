# A "CSV UTF-8" file re-saved by Excel starts with two byte order marks: the mapped 'Member ID' header still matches (both BOMs trimmed), so the resubmitted M1001 is a duplicate and the first ballot counts: 1 yes, 1 no.
--- run
printf '\357\273\277\357\273\277Member ID,Submitted At,Do you accept the offer?\r\nM1001,2026-03-02 09:15,yes\r\nM1001,2026-03-02 09:20,no\r\nM1002,2026-03-02 10:01,no\r\n' > ballots.csv
head -c 8 ballots.csv | od -An -tx1
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --format csv
--- stdout
 ef bb bf ef bb bf 4d 65
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 duplicate; --audit FILE lists them

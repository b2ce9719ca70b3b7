# A file with CR line ends alone (an old Mac export) is read line by line, not as one line with questions named "accept\rV1".
--- run
printf 'voter,accept\rV1,yes\rV2,no\r"V3","yes"\rV1,no\r' > ballots.csv
bargain tally ballots.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
--- stderr
bargain: warning: 1 of the 4 ballot records (25%) is set aside: 1 duplicate; --audit FILE lists them

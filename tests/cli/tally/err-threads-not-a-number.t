# --threads takes a whole number of threads, 1 or more: 1 reads and counts on one thread.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --threads 0
bargain tally ballots.csv --threads two
bargain tally ballots.csv --threads 1 --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,1,1,1,0,0,0,0,,carried,false,
--- stderr
bargain: --threads '0': expected a whole number of threads, 1 or more (1 reads and counts on one thread)
bargain: --threads 'two': expected a whole number of threads, 1 or more (1 reads and counts on one thread)

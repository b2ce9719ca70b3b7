# YAML ballots piped to standard input are recognised as YAML and counted with a CSV file.
--- file ballots.yaml
bargain: 1
ballots:
  - {voter: V1, accept: yes}
  - {voter: V2, accept: no}
  - {voter: V3, accept: yes}
--- file mail.csv
voter,accept
V4,no
--- run
cat ballots.yaml | bargain tally - mail.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,4,4,2,2,0,0,0,,failed,false,1-to-1

# -o a FIFO writes the report into it for the reader at the other end, and leaves the FIFO a FIFO.
--- file ballots.csv
voter,accept
V1,yes
V2,no
--- run
mkfifo report.fifo
cat report.fifo > received.txt &
reader=$!
bargain tally ballots.csv --format csv -o report.fifo; echo "exit $?"
wait $reader
test -p report.fifo && echo "report.fifo is still a FIFO"
cat received.txt
ls
--- stdout
exit 0
report.fifo is still a FIFO
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
ballots.csv
received.txt
report.fifo

# -o /dev/null writes into the device in place and exits 0; /dev/null stays a character device (renaming a report over it would replace the device node, as root for every program on the machine).
--- file ballots.csv
voter,accept
V1,yes
V2,no
--- run
bargain tally ballots.csv -o /dev/null; echo "exit $?"
bargain tally ballots.csv --audit /dev/null --chart /dev/null -o /dev/null; echo "exit $?"
test -c /dev/null && echo "/dev/null is still a character device"
ls
--- stdout
exit 0
exit 0
/dev/null is still a character device
ballots.csv

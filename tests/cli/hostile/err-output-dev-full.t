# -o into a device that cannot take the report (/dev/full) is an error with the reason, exit 2; the device stays a device. Standard output that is full is the same error, named as standard output.
--- file ballots.csv
voter,accept
V1,yes
V2,no
--- run
bargain tally ballots.csv -o /dev/full; echo "exit $?"
test -c /dev/full && echo "/dev/full is still a character device"
bargain tally ballots.csv > /dev/full; echo "exit $?"
--- stdout
exit 2
/dev/full is still a character device
exit 2
--- stderr
bargain: /dev/full: cannot write: No space left on device
bargain: cannot write to standard output: No space left on device

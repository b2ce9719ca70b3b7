# -o a directory, a socket, or a link that loops, is an error with the reason, exit 2, and leaves no temporary file.
--- file ballots.csv
voter,accept
V1,yes
--- run
mkdir reports
ln -s loop-b loop-a
ln -s loop-a loop-b
python3 -c "import socket; socket.socket(socket.AF_UNIX).bind('report.sock')"
bargain tally ballots.csv -o reports; echo "exit $?"
bargain tally ballots.csv -o report.sock; echo "exit $?"
bargain tally ballots.csv -o loop-a; echo "exit $?"
ls . reports
--- stdout
exit 2
exit 2
exit 2
.:
ballots.csv
loop-a
loop-b
report.sock
reports

reports:
--- stderr
bargain: reports: cannot write: Is a directory
bargain: report.sock: cannot write: this is a socket, not a file
bargain: loop-a: cannot write: Too many levels of symbolic links

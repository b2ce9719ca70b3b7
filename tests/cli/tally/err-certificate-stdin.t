# A certificate names files anyone can read again: a ballot file from standard input, or a certificate written to '-', is refused.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally - --certificate c.json < ballots.csv; echo "exit $?"
bargain tally ballots.csv --certificate -; echo "exit $?"
test -e c.json || echo "no certificate written"
--- stdout
exit 2
exit 2
no certificate written
--- stderr
bargain: --certificate: a file read from standard input cannot be certified, since nobody could read it again to check the count; name the file instead of '-'
bargain: --certificate needs a file, not '-': its paths to the files counted are relative to its folder

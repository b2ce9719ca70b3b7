# Two totals files that both give "yes" to the same question are added (two channels), with a
# warning: if one is an earlier export of the other, the sum counts the same votes twice.
--- file interim.csv
question,option,votes
accept,yes,50
accept,no,40
--- file final.csv
question,option,votes
accept,yes,60
accept,no,45
--- run
bargain tally --totals interim.csv --totals final.csv --format json | grep -A3 '"warnings"'; echo "exit $?"
--- stdout
  "warnings": [
    "final.csv:2: this row gives the same answer to 'accept' as interim.csv (line 2), and their votes are added: right for two channels (online and paper), wrong if one file is an earlier export of the other (count only the latest)"
  ]
}
exit 0
--- stderr
bargain: final.csv:2: warning: this row gives the same answer to 'accept' as interim.csv (line 2), and their votes are added: right for two channels (online and paper), wrong if one file is an earlier export of the other (count only the latest)

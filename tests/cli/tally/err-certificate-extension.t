# A certificate's format comes from its extension: an unknown one says which there are, and --certificate-format alone says it needs --certificate.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --certificate result.pdf; echo "exit $?"
bargain tally ballots.csv --certificate-format html; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: --certificate 'result.pdf': the format comes from the file's extension, .txt, .md, .html or .json; or give --certificate-format text, markdown, html or json
bargain: --certificate-format needs --certificate FILE

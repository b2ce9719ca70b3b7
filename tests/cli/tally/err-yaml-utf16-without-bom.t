# A UTF-16 YAML ballot file without a byte order mark gets the CSV reader's message, at 1:1.
--- run
printf 'ballots:\n  - {voter: V1, accept: yes}\n' | iconv -f UTF-8 -t UTF-16LE > ballots.yaml
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:1:1: this file looks like UTF-16 without a byte order mark: save it from your editor as UTF-8
--- exit 2

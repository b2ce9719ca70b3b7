# A question id that is not UTF-8 (a Latin-1 export) comes out of json and yaml as U+FFFD, so both stay readable by any JSON or YAML reader.
--- run
printf 'voter,acc\377ept\nV1,yes\nV2,no\nV3,yes\n' > ballots.csv
bargain tally ballots.csv --format json > out.json
python3 -c "import json; d = json.load(open('out.json', encoding='utf-8')); print(d['questions'][0]['id'], d['questions'][0]['yes'])"
bargain tally ballots.csv --format yaml | grep -a 'acc'
--- stdout
acc�ept 2
  - id: "acc�ept"
--- exit 0

# A cast_at that does not exist (February 30 in YAML, February 29 of a common year, second 60, offset +25:00) is an error at its cell.
--- run
printf 'ballots:\n  - {voter: V1, accept: yes, cast_at: 2026-02-28T10:00}\n  - {voter: V2, accept: yes, cast_at: 2026-02-30T10:00}\n' > ballots.yaml
bargain tally ballots.yaml 2>&1; echo "exit $?"
for at in 2025-02-29 2024-02-29T23:59:60 2024-02-29T12:00+25:00; do
  printf 'voter,cast_at,accept\nV1,2024-02-29,yes\nV2,%s,yes\n' $at > ballots.csv
  bargain tally ballots.csv 2>&1; echo "exit $?"
done
--- stdout
bargain: ballots.yaml:3:39: cast_at '2026-02-30T10:00': no such date
exit 2
bargain: ballots.csv:3:4: cast_at '2025-02-29': no such date
exit 2
bargain: ballots.csv:3:4: cast_at '2024-02-29T23:59:60': no such time of day
exit 2
bargain: ballots.csv:3:4: cast_at '2024-02-29T12:00+25:00': no such UTC offset
exit 2

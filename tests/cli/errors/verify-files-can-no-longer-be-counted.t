# A ballot file changed after the count so that it can no longer be counted (a ragged row, its voter column renamed): verify says why, then that it cannot verify, and exits 2.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- file roster.csv
voter
V1
V2
V3
V4
--- run
bargain tally ballots.csv --roster roster.csv --certificate c.json > /dev/null
printf 'voter,accept\nV1,yes\nV2\nV3,yes\n' > ballots.csv
bargain verify c.json; echo "exit $?"
printf 'member,accept\nV1,yes\nV2,no\nV3,yes\n' > ballots.csv
bargain verify c.json; echo "exit $?"
--- stdout
changed: ballots.csv: sha256 56b114ed3ab38517e05620f4caada9db618cdf0caa89dfe20783ecb26a9dc083 recorded, 555e8478a1d9e7f2ff7c9ac75c6474acc3d772842ac0097e9d96f220c01e1e26 now
exit 2
changed: ballots.csv: sha256 56b114ed3ab38517e05620f4caada9db618cdf0caa89dfe20783ecb26a9dc083 recorded, 762749f430709dc76cc771a67c786e48d0e3322383af1c75b55112acf5cffb44 now
exit 2
--- stderr
bargain: ballots.csv:3:1: this row has 1 field but the header has 2
bargain: c.json: cannot verify: the files it names can no longer be counted
bargain: ballots.csv:1:1: a roster is given but this file has no voter column, so none of its ballots can be checked against the roster; its columns are: member, accept. Map the column that holds each voter's id: --column voter=member (or columns: {voter: member} in the campaign vote)
bargain: c.json: cannot verify: the files it names can no longer be counted

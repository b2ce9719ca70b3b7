# The CI jobs init writes recount every committed result certificate: the step passes when none is committed yet or the files are untouched, and fails naming what changed when a ballot file is edited; both templates run the same script.
--- run
bargain init camp > /dev/null
cd camp
git init -q . && git -c user.name=t -c user.email=t@example.org commit -qm start --allow-empty
# The step's script, from each template, run as CI would run it.
python3 -c "
import yaml
steps = yaml.safe_load(open('.github/workflows/bargain.yml'))['jobs']['check']['steps']
print([s for s in steps if s.get('name') == 'Verify the result certificates'][0]['run'])
" > github.sh
python3 -c "
import yaml
script = yaml.safe_load(open('.gitlab-ci.yml'))['bargain']['script']
print([s for s in script if 'bargain verify' in s][0])
" > gitlab.sh
cmp github.sh gitlab.sh && echo "the same script in both"
git add campaign.yaml roster.csv ballots && git -c user.name=t -c user.email=t@example.org commit -qm files
sh github.sh; echo "no certificate: exit $?"
mkdir results
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate results/lbo-vote.json > /dev/null
git add results && git -c user.name=t -c user.email=t@example.org commit -qm result
sh github.sh; echo "untouched: exit $?"
sed -i '2s/,yes$/,no/; 2s/,no,/,yes,/' ballots/lbo-vote.csv
sh gitlab.sh | sed 's/sha256 [0-9a-f]* recorded, [0-9a-f]* now/sha256 ... recorded, ... now/'; echo "edited: exit $?"
sh gitlab.sh > /dev/null; echo "edited, the step's own status: exit $?"
--- stdout
the same script in both
No result certificates yet: bargain tally --campaign campaign.yaml --vote VOTE --certificate results/VOTE.json
no certificate: exit 0
verified: 2 files, every count matches
untouched: exit 0
changed: ballots/lbo-vote.csv: sha256 ... recorded, ... now
differs: accept: yes: 3 recorded, 4 in the recount
differs: accept: no: 7 recorded, 6 in the recount
differs: accept: margin: 2.3-to-1 recorded, 1.5-to-1 in the recount
not verified: 1 of 2 files changed, 3 numbers differ
edited: exit 0
edited, the step's own status: exit 1

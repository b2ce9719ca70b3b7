# The CI jobs init writes build the members' site dated by the commit, check it holds no roster or ballot value, and publish it from the default branch only: GitHub through upload-pages-artifact and deploy-pages, GitLab through a job named pages that keeps public/; both proofread a committed printed contract.
--- run
bargain init camp > /dev/null
cd camp
git init -q . && git add -A && git -c user.name=t -c user.email=t@example.org commit -qm start
python3 -c "
import yaml
w = yaml.safe_load(open('.github/workflows/bargain.yml'))
steps = w['jobs']['check']['steps']
open('site.sh', 'w').write([s for s in steps if s.get('name') == \"Build the members' site\"][0]['run'])
print('upload:', [s['uses'] for s in steps if s.get('name') == 'Keep the site for Pages'])
pages = w['jobs']['pages']
print('pages needs', pages['needs'], 'if', pages['if'], 'permissions', sorted(pages['permissions'].items()))
print('deploy:', [s['uses'] for s in pages['steps']])
print('proofread:', [s['name'] for s in steps if 'final' in s.get('run', '')])
g = yaml.safe_load(open('.gitlab-ci.yml'))
print('gitlab pages:', g['pages']['needs'], g['pages']['artifacts'], g['pages']['rules'])
print('gitlab keeps:', g['bargain']['artifacts']['paths'])
print('gitlab proofreads:', any('--final' in s for s in g['bargain']['script']))
" > ci.txt
cat ci.txt
GITHUB_REPOSITORY_OWNER=local4408 GITHUB_REPOSITORY=local4408/campaign sh site.sh | sed 's/as of [0-9-]*$/as of TODAY/'; echo "exit $?"
grep -o 'webcal://[^"]*' public/index.html
--- stdout
upload: ['actions/upload-pages-artifact@v3']
pages needs check if github.ref == format('refs/heads/{0}', github.event.repository.default_branch) permissions [('id-token', 'write'), ('pages', 'write')]
deploy: ['actions/deploy-pages@v4']
proofread: ['Proofread the printed contract']
gitlab pages: ['bargain'] {'paths': ['public']} [{'if': '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH'}]
gitlab keeps: ['campaign.ics', 'public']
gitlab proofreads: True
public: 11 files, as of TODAY
public: ok: 12 files, none holds any of 32 roster and ballot values
exit 0
webcal://local4408.github.io/campaign/calendar.ics

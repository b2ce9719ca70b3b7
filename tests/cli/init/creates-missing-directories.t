# DIR and its parents are made when missing; an existing empty directory is fine, and a file that is not the scaffold's stays.
--- file existing/notes.txt
our notes
--- run
bargain init a/b/c > /dev/null && ls -A a/b/c
bargain init existing > /dev/null && ls -A existing && cat existing/notes.txt
--- stdout
.github
.gitlab-ci.yml
README.md
ballots
campaign.yaml
contract
roster.csv
.github
.gitlab-ci.yml
README.md
ballots
campaign.yaml
contract
notes.txt
roster.csv
our notes

# 'bargain init --help' says what it writes and that it never overwrites.
--- run
bargain init --help
--- stdout
Create a campaign repository to start from.
Usage: bargain init [OPTIONS] DIR

Positionals:
  DIR PATH REQUIRED           The directory to write it in (made if missing)

Options:
  -h,--help                   Print this help message and exit

Writes campaign.yaml (a commented example), roster.csv, ballots/lbo-vote.csv, a placeholder contract
article (contract/07-grievance-procedure.md), README.md and CI for GitHub
(.github/workflows/bargain.yml) and GitLab (.gitlab-ci.yml). Never overwrites a file: if any of
them exists, it writes nothing and exits 2.

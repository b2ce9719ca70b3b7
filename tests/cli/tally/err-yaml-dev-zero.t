# /dev/zero read as a YAML ballot file is not text: said at 1:1, not "expected a mapping ..., found nothing".
--- run
ln -s /dev/zero ballots.yaml
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:1:1: NUL byte: this is not a text file
--- exit 2

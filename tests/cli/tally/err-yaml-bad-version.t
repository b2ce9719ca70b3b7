# A ballot file for another format version is refused.
--- file ballots.yaml
bargain: 2
ballots: []
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:1:10: unsupported format version: this bargain reads 'bargain: 1'
--- exit 2

# 'bargain tally' without a ballot file is a usage error.
--- run
bargain tally
--- stderr
bargain: BALLOTS is required
Run 'bargain tally --help' for usage.
--- exit 2

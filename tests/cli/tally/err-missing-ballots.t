# 'bargain tally' without a ballot file is a usage error.
--- run
bargain tally
--- stderr
bargain: no ballot files: name them, give --totals FILE, or give --campaign and --vote
--- exit 2

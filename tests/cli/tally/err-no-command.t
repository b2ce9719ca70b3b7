# 'bargain' alone is a usage error asking for a command.
--- run
bargain
--- stderr
bargain: A subcommand is required
Run 'bargain --help' for usage.
--- exit 2

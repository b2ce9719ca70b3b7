# init needs a directory to write in.
--- run
bargain init
--- stderr
bargain: DIR is required
Run 'bargain init --help' for usage.
--- exit 2

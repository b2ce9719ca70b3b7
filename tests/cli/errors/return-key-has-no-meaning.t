# A site return with a cast_at (or voter) key: a return counts a site's paper ballots, it has no time or voter of its own: refused at the key.
--- file ballots.yaml
bargain: 1
returns:
  - {unit: local-4408, site: Westside High School, cast_at: 2026-05-22T19:00, accept: {yes: 41, no: 19}}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:52: 'cast_at' has no meaning in a return
--- exit 2

# bargain --help lists every command of the spec, in the spec's order, and the exit statuses.
--- run
bargain --help
--- stdout
bargain: tools for union contract-bargaining campaigns.
Tallies a vote exactly, under the rule that governs it, without revealing how anyone voted.
Usage: bargain [OPTIONS] SUBCOMMAND

Options:
  -h,--help                   Print this help message and exit
  --version                   Display program version information and exit

Subcommands:
  tally                       Count ballots and apply the rule that governs the vote.
  verify                      Recount a result from its certificate: check every file's sha256 and every number.
  notice                      Render a notice for an event: a media advisory, an intent-to-strike letter, a press release.
  timeline                    Resolve, check and list the campaign's dates.
  sessions                    The bargaining sessions and where each article stands.
  offers                      Cost the campaign's offers and compare two of them.
  contract                    The contract with every tentative agreement applied.
  redline                     The contract's changes, word by word, struck and inserted.
  site                        The campaign as a website for members, to publish from CI.
  check                       Validate a campaign and every file it references.
  init                        Create a campaign repository to start from.

Run 'bargain COMMAND --help' for a command's options; 'man bargain' for the whole manual.
Exit status: 0 success, 1 the answer is no (violations, a motion that did not carry),
2 usage error or bad input, 3 undetermined (tally --exit-status).

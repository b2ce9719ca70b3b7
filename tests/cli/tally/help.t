# 'bargain tally --help' prints the options on stdout and exits 0.
--- run
bargain tally --help
--- stdout
Count ballots and apply the rule that governs the vote.
Usage: bargain tally [OPTIONS] [BALLOTS...]

Positionals:
  BALLOTS FILE ...            Ballot files, CSV or YAML, counted together ('-' is stdin); with --vote, the vote's by default

Options:
  -h,--help                   Print this help message and exit
  --campaign FILE             The campaign file whose vote to tally (with --vote)
  --vote ID                   The vote's id: its ballots, roster, column, window, units and rule are the defaults
  --roster FILE               Eligible voters (CSV with a voter column, or YAML)
  --totals FILE ...           A vendor's published totals (question, option, votes) to count instead of ballots
  --eligible N                How many are eligible to vote, when there is no roster
  --column COLUMN=HEADER ...  Which of the export's headers is a reserved column: voter, ballot, unit, cast_at (totals: question, option, votes), e.g. voter="Member ID" (repeatable)
  --answer WORD=ANSWER ...    A word that means an answer, e.g. For=yes, N=no, Pass=abstain (repeatable)
  --roster-column COLUMN=HEADER ...
                              Which of the roster's headers is its voter or unit column (repeatable)
  --delimiter NAME            The ballot files' delimiter: comma, semicolon or tab (default: sniffed from each header)
  --timezone ZONE             The time zone of --opens/--closes and of cast_at times without an offset (IANA name; default: the campaign's, else UTC)
  --rule RULE                 The rule: majority, two-thirds, three-quarters, chicago-ielra, uaw, uk-2016, uk-2016-ips, uk-2026, teamsters-1987, or a fraction '[>|>=]N/D [of valid|cast|eligible]' (default: majority)
  --turnout PCT               Also require ballots cast >= this share of eligible (50% or 1/2)
  --question ID               Tally only this question (default: every question column)
  --opens DATETIME            Set aside ballots cast before this (YYYY-MM-DDTHH:MM)
  --closes DATETIME           Set aside ballots cast after this (YYYY-MM-DDTHH:MM)
  --duplicates first|last     Which of a voter's ballots counts: first (default) or last
  --by-unit                   Report each unit; the vote carries only if it carries in every unit
  --min-unit-ballots N        With --by-unit: a unit with fewer ballots shows its result, not its counts, to keep the ballot secret (default 5; 0 shows every unit's)
  --challenge-unlisted        Seal ballots from voters not on the roster as challenged instead of rejecting them
  --format FMT                Output format: text (default), json, yaml, csv, markdown
  --chart FILE.svg            Also write a bar chart of the results
  --audit FILE                Also write every record not counted: file, line, voter, ballot, status
  --certificate FILE          Also write a result certificate for the election committee to sign, and for 'bargain verify' (.txt, .md, .html or .json, by its extension)
  --certificate-format FMT    The certificate's format, whatever its extension: text, markdown, html or json
  --threads N                 Threads to count with: 1 reads and counts on one; 2 or more reads the roster and ballot files on a second thread (default: 2 on a machine with two cores or more). The count is the same
  --exit-status               Exit 0 if carried, 1 if not, 3 if undetermined (challenged ballots are determinative)
  -o,--output FILE            Write the report to FILE (atomically) instead of stdout

Every record ends counted, or set aside as duplicate, outside-window or not-on-roster,
or challenged (sealed, never opened). No output links a voter to a choice.
See 'man bargain-tally' and 'man bargain-ballots'.

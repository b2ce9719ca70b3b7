# 'bargain notice --help' prints the options on stdout and exits 0.
--- run
bargain notice --help
--- stdout
Render a notice for an event: a media advisory, an intent-to-strike letter, a press release.
Usage: bargain notice [OPTIONS] CAMPAIGN EVENT
       bargain notice --list-templates | --show-template NAME [--format FMT]

Positionals:
  CAMPAIGN FILE               The campaign file (campaign.yaml)
  EVENT ID                    The id of the event the notice is for

Options:
  -h,--help                   Print this help message and exit
  --template NAME|FILE        A built-in template (media-advisory, intent-to-strike, press-release) or a Mustache file (default: by the event's kind)
  --format FMT                Output format: text (default), markdown, html
  --date DATE                 The day the notice is issued (default: the day before the event; a notice to the employer: its day)
  --draft                     Write the notice even where it would be refused: a placeholder such as [EMPLOYER ADDRESS] for each value a built-in template needs, a letter whose dates break the statute
  -o,--output FILE            Write to FILE (atomically) instead of stdout
  --list-templates            List the built-in templates and exit
  --show-template NAME        Print a built-in template's Mustache source (in --format's version) to copy and edit, and exit

Facts such as how long the union has bargained and each vote's result come from the campaign
and its ballots, as of the issue date. See 'man bargain-notice' for the template data.

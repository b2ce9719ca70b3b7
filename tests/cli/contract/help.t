# contract --help lists its options and says what the Markdown keeps and what --final ignores.
--- run
bargain contract --help
--- stdout
The contract with every tentative agreement applied.
Usage: bargain contract [OPTIONS] CAMPAIGN

Positionals:
  CAMPAIGN FILE REQUIRED      The campaign file (campaign.yaml)

Options:
  -h,--help                   Print this help message and exit
  --as-of SESSION|DATE        Apply the agreements through this session, or this date
  --final FILE                Compare this printed contract with the agreement; exit 1 listing each difference
  --format FMT                Output format: markdown (default), html, text
  -o,--output FILE            Write to FILE (atomically) instead of stdout

The current contract is the campaign's contract: folder, one Markdown file per article; a
tentative agreement (status: ta) with section: and text:, file:, delete: true or unchanged:
true changes it from its session on. The Markdown keeps each heading's {#id}, so it is a
contract file itself. --final prints its comparison as text, ignoring whitespace, typographic
quotes and dashes, heading marks and section ids; exit 0 no difference, 1 differences.

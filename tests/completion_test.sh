#!/bin/sh
# completions/bash: the bash completion offers exactly what the binary
# accepts. The commands, each command's options, its --format values and
# tally's --rule presets are read from `bargain --help` and compared with
# what the completion offers, so adding an option without completing it
# fails here; then file and directory arguments are completed in a
# scratch directory.
#   tests/completion_test.sh BARGAIN COMPLETION_FILE
set -eu
bargain=$1 completion=$2
case $completion in /*) ;; *) completion=$PWD/$completion ;; esac
case $bargain in /*) ;; *) bargain=$PWD/$bargain ;; esac
export LC_ALL=C

dir=$(mktemp -d "${TMPDIR:-/tmp}/bargain-completion.XXXXXX")
trap 'rm -rf "$dir"' EXIT INT TERM
status=0
fail() {
    echo "completions/bash: $*" >&2
    status=1
}

# offered WORDS...: what the completion offers for the last word, sorted, one line.
offered() {
    (cd "$dir" && bash -c '. "$1" && shift && COMP_WORDS=("$@") && COMP_CWORD=$(($# - 1)) && _bargain &&
                          printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@") | sort | tr '\n' ' ' | sed 's/ $//'
}
# sorted WORDS...: the words, sorted, one line.
sorted() {
    printf '%s\n' "$@" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect() {
    what=$1 got=$2 want=$3
    [ "$got" = "$want" ] || fail "$what offers '$got', expected '$want'"
}

# The commands: the "Subcommands:" section of bargain --help.
commands=$("$bargain" --help | sed -n '/^Subcommands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$commands" ] || fail "no commands in bargain --help"
# shellcheck disable=SC2086
expect "bargain <TAB>" "$(offered bargain '')" "$(sorted $commands)"
expect "bargain ti<TAB>" "$(offered bargain ti)" "timeline"
expect "bargain -<TAB>" "$(offered bargain -)" "$(sorted -h --help --version)"

for command in $commands; do
    help=$("$bargain" "$command" --help)
    # Options: "  -o,--output FILE   Write ..." -> -o --output
    options=$(printf '%s\n' "$help" | sed -n '/^Options:/,/^$/s/^  \(-[^ ]*\).*/\1/p' | tr ',' ' ')
    # shellcheck disable=SC2086
    expect "bargain $command -<TAB>" "$(offered bargain "$command" -)" "$(sorted $options)"
    # --format: "Output format: text (default), json, yaml" -> text json yaml
    formats=$(printf '%s\n' "$help" | sed -n 's/.*Output format: //p' | sed 's/ (default)//; s/,//g')
    if [ -n "$formats" ]; then
        # shellcheck disable=SC2086
        expect "bargain $command --format <TAB>" "$(offered bargain "$command" --format '')" "$(sorted $formats)"
    fi
done

# tally --rule: "The rule: majority, two-thirds, ..., or a fraction ..."
rules=$("$bargain" tally --help | sed -n 's/.*The rule: \(.*\), or a fraction.*/\1/p' | sed 's/,//g')
[ -n "$rules" ] || fail "no rule presets in bargain tally --help"
# shellcheck disable=SC2086
rules=$(sorted $rules)
expect "bargain tally --rule <TAB>" "$(offered bargain tally --rule '')" "$rules"
expect "bargain tally --rule=<TAB>" "$(offered bargain tally --rule =)" "$rules"
expect "bargain tally --rule=uk<TAB>" "$(offered bargain tally --rule = uk)" "uk-2016 uk-2016-ips uk-2026"
expect "bargain tally --duplicates <TAB>" "$(offered bargain tally --duplicates '')" "first last"
expect "bargain tally --format=m<TAB>" "$(offered bargain tally --format = m)" "markdown"
expect "bargain timeline --format i<TAB>" "$(offered bargain timeline --format i)" "ics"
expect "bargain redline --from <TAB>" "$(offered bargain redline --from '')" "current"
expect "bargain redline --to <TAB>" "$(offered bargain redline --to '')" "ta"
expect "bargain contract --as-of <TAB>" "$(offered bargain contract --as-of '')" ""
expect "bargain redline --article <TAB>" "$(offered bargain redline --article '')" ""

# Files: campaigns are YAML, ballots and rosters CSV or YAML; init takes a directory.
mkdir "$dir/ballots"
touch "$dir/campaign.yaml" "$dir/old.yml" "$dir/roster.csv" "$dir/notes.txt" "$dir/chart.svg"
expect "bargain check <TAB>" "$(offered bargain check '')" "ballots campaign.yaml old.yml"
expect "bargain timeline c<TAB>" "$(offered bargain timeline c)" "campaign.yaml"
expect "bargain tally <TAB>" "$(offered bargain tally '')" "ballots campaign.yaml old.yml roster.csv"
expect "bargain tally --roster <TAB>" "$(offered bargain tally --roster '')" "ballots campaign.yaml old.yml roster.csv"
expect "bargain tally --campaign <TAB>" "$(offered bargain tally --campaign '')" "ballots campaign.yaml old.yml"
expect "bargain tally --chart <TAB>" "$(offered bargain tally --chart '')" "ballots chart.svg"
expect "bargain offers -o <TAB>" "$(offered bargain offers -o '')" \
    "ballots campaign.yaml chart.svg notes.txt old.yml roster.csv"
expect "bargain init <TAB>" "$(offered bargain init '')" "ballots"
expect "bargain site x.yaml -o <TAB>" "$(offered bargain site x.yaml -o '')" "ballots"
expect "bargain site --check <TAB>" "$(offered bargain site --check '')" "ballots"
expect "bargain offers x.yaml --compare a <TAB>" "$(offered bargain offers x.yaml --compare a '')" ""
expect "bargain notice --template p<TAB>" "$(offered bargain notice --template p)" "press-release"
expect "bargain notice --show-template i<TAB>" "$(offered bargain notice --show-template i)" "intent-to-strike"

# contract --final: the printed contract, Markdown or plain text.
touch "$dir/proof.md"
expect "bargain contract x.yaml --final <TAB>" "$(offered bargain contract x.yaml --final '')" "ballots notes.txt proof.md"
expect "bargain redline <TAB>" "$(offered bargain redline '')" "ballots campaign.yaml old.yml"

exit $status

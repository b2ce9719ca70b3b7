# bash completion for bargain(1). Installed as
# share/bash-completion/completions/bargain, where bash-completion loads it on
# first use; it needs nothing from bash-completion itself, so `source` works too.
#
# What it must get right: the options are exactly those of cli/cmd_*.cpp, and
# the values of --format are those each command accepts (they differ).
# tests/completion_test.sh compares both with `bargain COMMAND --help`.

# Files under the cursor with one of the given extensions, and directories to
# walk into.
_bargain_files() {
    local f ext candidates
    compopt -o filenames 2>/dev/null
    mapfile -t candidates < <(compgen -f -- "$cur")
    for f in "${candidates[@]}"; do
        if [[ -d $f ]]; then
            COMPREPLY+=("$f")
            continue
        fi
        [[ $# -eq 0 ]] && { COMPREPLY+=("$f"); continue; }
        for ext in "$@"; do
            if [[ $f == *."$ext" ]]; then
                COMPREPLY+=("$f")
                break
            fi
        done
    done
}

_bargain_words() {
    mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur")
}

_bargain() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local cmd="" i
    COMPREPLY=()

    # --option=value: bash splits at '=' (COMP_WORDBREAKS).
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" && $COMP_CWORD -ge 2 ]]; then
        prev=${COMP_WORDS[COMP_CWORD-2]}
    fi

    # The command is the first word that is not an option (bargain's own
    # options, --help and --version, take no value).
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} != -* ]]; then
            cmd=${COMP_WORDS[i]}
            break
        fi
    done

    if [[ -z $cmd ]]; then
        if [[ $cur == -* ]]; then
            _bargain_words "-h --help --version"
        else
            _bargain_words "tally verify notice timeline sessions offers contract redline site check init"
        fi
        return 0
    fi

    local options="-h --help" formats="" positional=""
    case $cmd in
        tally)
            options+=" --campaign --vote --roster --rule --turnout --question --opens --closes --duplicates"
            options+=" --by-unit --min-unit-ballots --challenge-unlisted --format --chart --audit --exit-status -o --output"
            options+=" --totals --eligible --column --answer --roster-column --delimiter --timezone"
            options+=" --certificate --certificate-format --threads"
            formats="text json yaml csv markdown"
            positional=ballots
            ;;
        verify)
            options+=" --root --published --question"
            positional=certificate
            ;;
        notice)
            options+=" --template --format --date --draft -o --output --list-templates --show-template"
            formats="text markdown html"
            positional=campaign
            ;;
        timeline)
            options+=" --format --today --within --check -o --output"
            formats="text markdown json csv ics svg"
            positional=campaign
            ;;
        sessions)
            options+=" --format --article --today --redline-link -o --output"
            formats="text markdown json csv"
            positional=campaign
            ;;
        offers)
            options+=" --format --compare --members --offer -o --output"
            formats="text markdown json csv html"
            positional=campaign
            ;;
        contract)
            options+=" --as-of --final --format -o --output"
            formats="markdown html text"
            positional=campaign
            ;;
        redline)
            options+=" --from --to --article --by-side --format -o --output"
            formats="html markdown text"
            positional=campaign
            ;;
        site)
            options+=" -o --output --today --base-url --check"
            positional=campaign
            ;;
        check)
            options+=" --today"
            positional=campaign
            ;;
        init) positional=directory ;;
        *) return 0 ;;
    esac

    # The value of an option.
    case $prev in
        --format)
            _bargain_words "$formats"
            return 0
            ;;
        --rule)
            # The presets of lib/tally/rule.cpp; a fraction such as '>=3/5 of cast' works too.
            _bargain_words "majority two-thirds three-quarters chicago-ielra uaw uk-2016 uk-2016-ips uk-2026 teamsters-1987"
            return 0
            ;;
        --duplicates)
            _bargain_words "first last"
            return 0
            ;;
        --template)
            _bargain_words "media-advisory intent-to-strike press-release ballot-result"
            _bargain_files
            return 0
            ;;
        --show-template)
            _bargain_words "media-advisory intent-to-strike press-release ballot-result"
            return 0
            ;;
        --campaign)
            _bargain_files yaml yml
            return 0
            ;;
        --roster)
            _bargain_files csv yaml yml
            return 0
            ;;
        --chart)
            _bargain_files svg
            return 0
            ;;
        --certificate)
            _bargain_files txt md html json
            return 0
            ;;
        --certificate-format)
            _bargain_words "text markdown html json"
            return 0
            ;;
        --root | --check)
            # verify --root, site --check: a folder.
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return 0
            ;;
        --published)
            _bargain_files yaml yml
            return 0
            ;;
        --redline-link)
            # sessions: the redline page the Markdown links to.
            _bargain_files html
            return 0
            ;;
        --final)
            # contract --final: the printed contract, Markdown or plain text.
            _bargain_files md txt
            return 0
            ;;
        --from)
            # redline: current, or a session's or an offer's id (not offered).
            _bargain_words "current"
            return 0
            ;;
        --to)
            # redline: ta, or a session's or an offer's id (not offered).
            _bargain_words "ta"
            return 0
            ;;
        -o | --output)
            # site -o: the folder to build the site in.
            if [[ $cmd == site ]]; then
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            else
                _bargain_files
            fi
            return 0
            ;;
        --audit | --totals)
            _bargain_files
            return 0
            ;;
        --delimiter)
            mapfile -t COMPREPLY < <(compgen -W "comma semicolon tab" -- "$cur")
            return 0
            ;;
        --eligible | --min-unit-ballots | --threads | --column | --answer | --roster-column | --timezone)
            return 0 # a number, a mapping or a zone: nothing to offer
            ;;
        --vote | --turnout | --question | --opens | --closes | --date | --today | --within | --article | --compare | --offer | --as-of | --base-url)
            return 0 # an id, a date or a number: nothing to offer
            ;;
    esac
    # --compare takes two offer ids.
    if [[ $COMP_CWORD -ge 3 && ${COMP_WORDS[COMP_CWORD-2]} == --compare && $prev != -* ]]; then
        return 0
    fi

    if [[ $cur == -* ]]; then
        _bargain_words "$options"
        return 0
    fi
    case $positional in
        ballots) _bargain_files csv yaml yml ;;
        campaign) _bargain_files yaml yml ;;
        certificate) _bargain_files json ;;
        directory)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            ;;
    esac
    return 0
}

complete -F _bargain bargain

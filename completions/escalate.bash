# bash completion for escalate                              -*- shell-script -*-
#
# Install as share/bash-completion/completions/escalate (loaded on demand by
# the bash-completion package), or `source` this file from ~/.bashrc: it does
# not need bash-completion, and uses its _filedir only when it is there.
#
# Question ids and answer values after -a come from the program itself
# (`escalate questions --complete WORD`), from the rule set named by --rules
# on the line, so they are never out of date.

# The options each command's --help lists ('' is before any command).
# tests/cli/completion_test.py compares these lists with the program's --help.
_escalate_options()
{
    case $1 in
        '') echo '-h --help --version --rules --lang --today --format --color --no-color' ;;
        check) echo '-h --help --rules --format' ;;
        eval) echo '-h --help --data --rules --today' ;;
        channels) echo '-h --help --rules --lang --format' ;;
        questions) echo '-h --help --rules --lang --format --complete' ;;
        advise) echo '-h --help -a --answer --answers --case --rules --lang --today --format --color --no-color' ;;
        batch) echo '-h --help -o --output -j --jobs --fields --compact --line-offset --rules --lang --today' ;;
        ask) echo '-h --help --case --rules --lang --today --color --no-color' ;;
        graph) echo '-h --help --format --rules --lang' ;;
        test) echo '-h --help --require-coverage --rules --today --format' ;;
        case) echo '-h --help --rules --lang --today --color --no-color' ;;
        export) echo '-h --help --to -o --output --rules --lang --today' ;;
        letter) echo '-h --help --channel -o --output --rules --lang --today' ;;
    esac
}

# Options followed by a value: their value is neither the command nor a positional.
_escalate_takes_value()
{
    case $1 in
        --rules | --lang | --today | --format | --color | -a | --answer | --answers | --case | \
            --data | -o | --output | -j | --jobs | --fields | --line-offset | --to | --channel | --complete)
            return 0 ;;
    esac
    return 1
}

# A word as typed -> the text the program sees, for the few forms a path
# usually takes (~/, quotes, backslashes); no eval of the user's line.
_escalate_dequote()
{
    local w=$1
    case $w in
        \'*\') w=${w:1:${#w}-2} ;;
        \"*\") w=${w:1:${#w}-2} ;;
        *) w=${w//\\/} ;;
    esac
    # shellcheck disable=SC2088 # the literal ~/ as typed
    [[ $w == '~/'* ]] && w=$HOME/${w#'~/'}
    printf '%s' "$w"
}

# bash splits words at the characters of COMP_WORDBREAKS, so `-a issue=bi`
# arrives as `issue`, `=`, `bi` and `--lang=` as `--lang`, `=`. Glue back the
# words that touch in COMP_LINE, to see what the person typed; sets words,
# cword and cur (the current word, up to the cursor).
_escalate_words()
{
    local line=${COMP_LINE:0:COMP_POINT} i w ws n=0
    words=()
    for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
        w=${COMP_WORDS[i]}
        ws=${line%%[![:space:]]*}
        line=${line:${#ws}}
        # The current word ends at the cursor, which may be inside it.
        ((i == COMP_CWORD)) && w=$line
        if ((i > 0 && n > 0)) && [[ -z $ws ]]; then
            words[n - 1]+=$w
        else
            words[n]=$w
            ((n++))
        fi
        line=${line:${#w}}
        ((i == COMP_CWORD)) && break
    done
    cword=$((n - 1))
    cur=${words[cword]}
}

# Adds the words of the list $1 that start with $2.
_escalate_add()
{
    local w
    while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -W "$1" -- "$2")
}

_escalate_files()
{
    if declare -F _filedir >/dev/null; then
        # bash-completion's: quoting, ~ and directories done right.
        local cur=$1
        _filedir
    else
        compopt -o filenames 2>/dev/null
        local line
        while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$1")
    fi
}

_escalate()
{
    local cur words cword
    _escalate_words

    local prog
    prog=$(_escalate_dequote "${COMP_WORDS[0]}")

    # What is on the line before the current word: the command, the rules
    # file, the positionals, and whether the words run on after -a (it takes
    # several answers: -a x=1 y=2).
    local i w cmd='' npos=0 first_pos='' answering=0 rules=()
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        case $w in
            --rules=*) rules=(--rules "$(_escalate_dequote "${w#*=}")") ;;
            --rules) ((i + 1 < cword)) && rules=(--rules "$(_escalate_dequote "${words[i + 1]}")") ;;
        esac
        if _escalate_takes_value "$w"; then
            ((i++))
            [[ $w == -a || $w == --answer ]] && answering=1 || answering=0
            continue
        fi
        case $w in
            --answer=* | -a?*) answering=1; continue ;;
            -*) answering=0; continue ;;
        esac
        if [[ -z $cmd ]]; then
            cmd=$w
        elif ((!answering)); then
            ((npos++ == 0)) && first_pos=$w
        fi
    done

    # The option whose value is being typed, and the value so far: the
    # previous word, or the part before '=' in --opt=value.
    local opt='' val=$cur head=''
    if [[ $cur == --*=* ]]; then
        opt=${cur%%=*} val=${cur#*=} head=$opt=
    elif [[ $cmd == advise && $cur == -a?* ]]; then
        opt=-a val=${cur#-a} head=-a
    elif ((cword > 1)) && _escalate_takes_value "${words[cword - 1]}"; then
        opt=${words[cword - 1]}
    elif ((answering)) && [[ $cur != -* ]]; then
        opt=-a
    fi

    COMPREPLY=()
    # What the candidates extend: the whole word as typed (--lang=p -> --lang=pt-BR,
    # issue=bi -> issue=billing_address), or for a file the path alone.
    local base=$cur list=''
    case $opt in
        '') ;;
        --lang) list='en pt-BR de' ;;
        --color) list='auto always never' ;;
        --to) list='md html ics' ;;
        --format)
            # graph's --format is its own: the graph language.
            [[ $cmd == graph ]] && list='dot mermaid' || list='text json'
            ;;
        --rules | --answers | --case | -o | --output)
            _escalate_files "$val"
            base=$val
            ;;
        -a | --answer)
            local line
            while IFS= read -r line; do
                [[ -n $line ]] && COMPREPLY+=("$head$line")
            done < <("$prog" questions "${rules[@]}" --complete "$val" 2>/dev/null)
            ;;
        *) return 0 ;; # a free value: a date, a number, JSON, an id
    esac

    if [[ -n $list ]]; then
        _escalate_add "$list" "$val"
        COMPREPLY=("${COMPREPLY[@]/#/$head}")
    elif [[ -n $opt ]]; then
        : # files or answers, done above
    elif [[ $cur == -* ]]; then
        _escalate_add "$(_escalate_options "$cmd")" "$cur"
    elif [[ -z $cmd ]]; then
        _escalate_add 'check eval channels questions advise batch ask graph test case export letter' "$cur"
    else
        case $cmd in
            case)
                # case [show|log] FILE
                if ((npos == 0)); then
                    _escalate_add 'show log' "$cur"
                    _escalate_files "$cur"
                elif ((npos == 1)) && [[ $first_pos == show || $first_pos == log ]]; then
                    _escalate_files "$cur"
                fi
                ;;
            batch | check | export | letter) ((npos == 0)) && _escalate_files "$cur" ;;
            test) _escalate_files "$cur" ;;
        esac
    fi

    # bash replaces only the text after the last '=' or ':' (COMP_WORDBREAKS),
    # so the candidates must not repeat what stands before it.
    local pre='' rest
    if [[ $COMP_WORDBREAKS == *=* && $base == *=* ]]; then
        pre=${base%"${base##*=}"}
    fi
    rest=${base:${#pre}}
    if [[ $COMP_WORDBREAKS == *:* && $rest == *:* ]]; then
        pre+=${rest%"${rest##*:}"}
    fi
    [[ -n $pre ]] && COMPREPLY=("${COMPREPLY[@]#"$pre"}")

    # `issue=` and `extras=a,` go on with a value: no space after them.
    for w in "${COMPREPLY[@]}"; do
        if [[ $w == *[=,] ]]; then
            compopt -o nospace 2>/dev/null
            break
        fi
    done
    return 0
} &&
    complete -F _escalate escalate

# ex: filetype=sh

# bash completion for escalate                              -*- shell-script -*-
#
# Install as share/bash-completion/completions/escalate, or `source` it from
# ~/.bashrc. A shim: `escalate __complete WORD...` (docs/cli.md, "Shell
# completion") knows the commands, options, values, files and answers.

_escalate()
{
    # bash splits words at '=' and ':' too (COMP_WORDBREAKS); glue back those
    # that touch in the line, so the program sees `-a issue=bi` as typed.
    local line=${COMP_LINE:0:COMP_POINT} rest w i words=()
    for ((i = 0; i <= COMP_CWORD; i++)); do
        rest=${line#"${line%%[![:space:]]*}"}
        w=${COMP_WORDS[i]}
        ((i == COMP_CWORD)) && w=$rest # the current word ends at the cursor
        if ((i > 1 && ${#rest} == ${#line})); then words[-1]+=$w; elif ((i > 0)); then words+=("$w"); fi
        line=${rest:${#w}}
    done

    local kind head cur=${words[-1]} prog=${COMP_WORDS[0]}
    [[ $prog == '~/'* ]] && prog=$HOME/${prog#'~/'}
    local -a out
    mapfile -t out < <("$prog" __complete "${words[@]}" 2>/dev/null)
    read -r kind head <<<"${out[0]}"
    COMPREPLY=("${out[@]:1}")
    COMPREPLY=("${COMPREPLY[@]%%$'\t'*}") # bash shows no descriptions
    COMPREPLY=("${COMPREPLY[@]/#/$head}")
    if [[ $kind == files ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -f -P "$head" -- "${cur:${#head}}")
    fi
    [[ $kind == nospace ]] && compopt -o nospace 2>/dev/null

    # bash replaces only the text after the last '=' or ':' of the word.
    local pre=${cur%"${cur##*[=:]}"}
    [[ -n $pre && $COMP_WORDBREAKS == *[=:]* ]] && COMPREPLY=("${COMPREPLY[@]#"$pre"}")
    return 0
} &&
    complete -F _escalate escalate

# ex: filetype=sh

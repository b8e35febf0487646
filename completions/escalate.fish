# fish completion for escalate. Install as
# share/fish/vendor_completions.d/escalate.fish (fish loads it on demand).
#
# Question ids and answer values after -a come from the program itself
# (`escalate questions --complete WORD`), from the rule set named by --rules
# on the line, so they are never out of date.

# The words on the line that are neither options nor their values: the
# command first. (__fish_seen_subcommand_from would take `--rules check` for
# the command check, and __fish_use_subcommand a rules file for a command.)
function __escalate_args
    set -l skip 0
    for t in (commandline -opc)[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        switch $t
            case --rules --lang --today --format --color -a --answer --answers --case --data \
                -o --output -j --jobs --fields --line-offset --to --channel --complete
                set skip 1
            case '-*'
            case '*'
                echo -- $t
        end
    end
end

function __escalate_command
    set -l args (__escalate_args)
    test -n "$args[1]"; and echo -- $args[1]
end

function __escalate_needs_command
    not __escalate_command >/dev/null
end

# True when the command is one of the arguments; `''` stands for "no command yet".
function __escalate_using
    set -l c (__escalate_command)
    or set c ''
    contains -- $c $argv
end

# -a ID=VALUE: ask the program being completed, with the line's --rules.
function __escalate_answers
    set -l tokens (commandline -opc)
    set -l rules
    set -l n (count $tokens)
    for i in (seq 2 $n)
        switch $tokens[$i]
            case --rules
                test $i -lt $n; and set rules --rules $tokens[(math $i + 1)]
            case '--rules=*'
                set rules --rules (string replace -- --rules= '' $tokens[$i])
        end
    end
    set rules (string replace -r -- '^~/' "$HOME/" $rules)
    set -l prog (string replace -r -- '^~/' "$HOME/" $tokens[1])
    # The answer so far, without the option when it is glued on (-aissue=, --answer=issue=).
    set -l word (commandline -ct)
    set -l head (string match -r -- '^(?:--answer=|-a)' $word)
    or set head '' # an empty list would make $head$c empty too
    set word (string replace -r -- '^(?:--answer=|-a)' '' $word)
    for c in ($prog questions $rules --complete "$word" 2>/dev/null)
        echo -- $head$c
    end
end

# Nothing takes files unless said so below.
complete -c escalate -f

complete -c escalate -n __escalate_needs_command -a check -d 'Validate a rules file and list every problem'
complete -c escalate -n __escalate_needs_command -a eval -d 'Evaluate a JSON Logic expression'
complete -c escalate -n __escalate_needs_command -a channels -d 'List the channels of the rule set'
complete -c escalate -n __escalate_needs_command -a questions -d 'List every question with its id, type and options'
complete -c escalate -n __escalate_needs_command -a advise -d 'One-shot advice from answers given as flags'
complete -c escalate -n __escalate_needs_command -a batch -d 'Evaluate JSON Lines, one result per line'
complete -c escalate -n __escalate_needs_command -a ask -d 'Interactive session, ends with the advice'
complete -c escalate -n __escalate_needs_command -a graph -d "Print the rule set's decision structure as a graph"
complete -c escalate -n __escalate_needs_command -a test -d 'Run scenario files and report step coverage'
complete -c escalate -n __escalate_needs_command -a case -d "A case file: today's advice or its journal"
complete -c escalate -n __escalate_needs_command -a export -d 'A case as a dossier (md, html) or a calendar (ics)'
complete -c escalate -n __escalate_needs_command -a letter -d 'The letter to the current channel, filled with the case'

# Options: before a command ('') those of `escalate --help`, after it those of
# `escalate COMMAND --help`.
complete -c escalate -s h -l help -d 'Print help and exit'
complete -c escalate -n "__escalate_using ''" -l version -d 'Print the version and exit'
complete -c escalate -l rules -r -F -d 'Rules file'
complete -c escalate -n "__escalate_using '' channels questions advise batch ask graph case export letter" \
    -l lang -x -a 'en pt-BR de' -d 'Language tag'
complete -c escalate -n "__escalate_using '' eval advise batch ask test case export letter" \
    -l today -x -d 'Evaluation date YYYY-MM-DD'
complete -c escalate -n "__escalate_using '' check channels questions advise test" \
    -l format -x -a 'text json' -d 'Output format'
# graph's --format is its own: the graph language.
complete -c escalate -n '__escalate_using graph' -l format -x -a 'dot mermaid' -d 'Graph language'
complete -c escalate -n "__escalate_using '' advise ask case" -l color -x -a 'auto always never' -d 'Colour'
complete -c escalate -n "__escalate_using '' advise ask case" -l no-color -d 'No colour'

complete -c escalate -n '__escalate_using eval' -l data -x -d 'The data var reads, as JSON'
complete -c escalate -n '__escalate_using questions' -l complete -x -d 'Print what an -a word may become'

complete -c escalate -n '__escalate_using advise' -s a -l answer -x -a '(__escalate_answers)' -d 'An answer, ID=VALUE'
complete -c escalate -n '__escalate_using advise' -l answers -r -F -d 'A JSON object of answers (- for stdin)'
complete -c escalate -n '__escalate_using advise ask' -l case -r -F -d 'A case file'

complete -c escalate -n '__escalate_using batch export letter' -s o -l output -r -F -d 'Write to this file'
complete -c escalate -n '__escalate_using batch' -s j -l jobs -x -d 'Threads to use (1-256)'
complete -c escalate -n '__escalate_using batch' -l fields -x -d 'Print only these parts of each result'
complete -c escalate -n '__escalate_using batch' -l compact -d 'Print only the decision'
complete -c escalate -n '__escalate_using batch' -l line-offset -x -d 'Number the lines from N+1'

complete -c escalate -n '__escalate_using test' -l require-coverage -d 'Fail when a step is reached by no scenario'
complete -c escalate -n '__escalate_using export' -l to -x -a 'md html ics' -d 'md, html or ics'
complete -c escalate -n '__escalate_using letter' -l channel -x -d 'A channel id or letter id'

# Positionals that are files: check [FILE], batch [FILE], test FILE..., export FILE, letter FILE,
# case [show|log] FILE.
function __escalate_nargs
    set -l args (__escalate_args)
    test (count $args) -eq $argv[1]
end
complete -c escalate -n '__escalate_using check batch export letter; and __escalate_nargs 1' -F
complete -c escalate -n '__escalate_using test' -F
complete -c escalate -n '__escalate_using case; and __escalate_nargs 1' -F -a 'show log'
complete -c escalate -n '__escalate_using case; and __escalate_nargs 2; and contains -- (__escalate_args)[2] show log' -F

# fish completion for escalate. Install as
# share/fish/vendor_completions.d/escalate.fish (fish loads it on demand).
# A shim: `escalate __complete WORD...` (docs/cli.md, "Shell completion") knows
# the commands, options, values, files and answers, and describes them as
# --help does, in its language.

function __escalate_complete
    set -l tokens (commandline -opc) (commandline -ct)
    set -l prog (string replace -r -- '^~/' "$HOME/" $tokens[1])
    set -l out ($prog __complete $tokens[2..-1] 2>/dev/null)
    or return
    # The first line: the kind of completion, then the head of the word the values follow.
    set -l kind (string split -m 1 ' ' -- $out[1])
    set -l head '' # not an empty list, which would make $head$line empty too
    set -q kind[2]; and set head $kind[2]
    for line in $out[2..-1]
        echo -- $head$line
    end
    if test "$kind[1]" = files
        set -l typed (string sub -s (math (string length -- "$head") + 1) -- $tokens[-1])
        for path in (__fish_complete_path $typed)
            echo -- $head$path
        end
    end
end

complete -c escalate -f -a '(__escalate_complete)'

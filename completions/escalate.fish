# fish completion for escalate. Install as
# share/fish/vendor_completions.d/escalate.fish (fish loads it on demand).
#
# Question ids and answer values after -a come from the program itself
# (`escalate questions --complete WORD`), from the rule set named by --rules
# on the line, so they are never out of date.

# The descriptions shown are those of `escalate [COMMAND] --help`, word for
# word, in the language --help speaks (src/cli/help_words.cpp has them): one
# table per language, pairs of a key and its text, so that a translation is one
# place to edit (tests/cli/completion_test.py compares what is offered, in
# each language, with the program's --help). Keys: a command; an option, with
# the text it has wherever it appears; COMMAND/OPTION where that command's
# --help says something else.
set -g __escalate_text_en \
    check              'Validate a rules file and list every problem with its JSON path' \
    eval               'Evaluate a JSON Logic expression (with the date operators)' \
    channels           'List the channels of the rule set with their contacts' \
    questions          'List every question with its id, type and options (what -a accepts)' \
    advise             'One-shot advice from answers given as flags' \
    batch              'Evaluate JSON Lines: one result line per input line, in order' \
    ask                'Interactive session: asks what it needs, ends with the advice' \
    graph              "Print the rule set's steps, conditions, channels and ladder as a graph" \
    test               'Run scenario files (JSON Lines) against a rule set and report step coverage' \
    case               "A case file: today's advice ([show] FILE) or its journal (log FILE); read only" \
    export             'A case as a dossier to print (md, html) or its deadlines as a calendar (ics)' \
    letter             'The text to send to the current channel (or --channel), filled with the case' \
    --help             'Print this help message and exit' \
    --version          'Display program version information and exit' \
    --rules            'Rules file (default: the bundled rule set)' \
    --lang             'Language tag, e.g. en, pt-BR, de (default: from the locale)' \
    --today            'Evaluation date YYYY-MM-DD (default: the system date)' \
    --format           'Output format: text or json' \
    --color            'Colour: auto (on a terminal, unless NO_COLOR is set), always or never' \
    --no-color         'No colour: the same as --color never' \
    --data             'The data `var` reads, as JSON (default: {})' \
    eval/--rules       'Take the business-day calendars from this rules file' \
    eval/--today       'The value of {"var": "today"} (default: the system date)' \
    --complete         'Print what an -a word may become, one per line (for shell completion scripts)' \
    --answer           'An answer, ID=VALUE (repeatable; see `escalate questions`)' \
    --answers          'A JSON object of answers (- for stdin); -a wins over it' \
    advise/--case      'A case file to read and keep up to date (created when absent)' \
    ask/--case         'A case file to resume and keep up to date, saved after every answer (created when absent)' \
    batch/--output     'Write to this file (complete or not at all) instead of stdout' \
    --jobs             'Threads to use; output order is kept' \
    --fields           'Print only these parts of each result, e.g. step.id,channel.id,deadlines' \
    --compact          'Print only the decision: --fields step.id,channel.id,question.id' \
    --line-offset      'Number the lines from N+1, for a chunk of a larger file' \
    graph/--format     'Graph language: dot (Graphviz, the default) or mermaid' \
    --require-coverage 'Fail (exit 1) when a step is reached by no scenario' \
    --to               'md, html or ics' \
    --output           'Write to this file (default: stdout)' \
    --channel          'A channel id or letter id'

set -g __escalate_text_pt_BR \
    check              'Valida um arquivo de regras e lista cada problema com o seu caminho JSON' \
    eval               'Avalia uma expressão JSON Logic (com os operadores de data)' \
    channels           'Lista os canais do conjunto de regras com os seus contatos' \
    questions          'Lista cada pergunta com o seu id, tipo e opções (o que -a aceita)' \
    advise             'Orientação numa só chamada, a partir de respostas dadas como opções' \
    batch              'Avalia JSON Lines: uma linha de resultado por linha de entrada, na mesma ordem' \
    ask                'Sessão interativa: pergunta o que precisa e termina com a orientação' \
    graph              'Mostra as etapas, condições, canais e a escada do conjunto de regras como grafo' \
    test               'Roda arquivos de cenários (JSON Lines) contra um conjunto de regras e mostra a cobertura das etapas' \
    case               'Um arquivo de caso: a orientação de hoje ([show] ARQUIVO) ou o seu diário (log ARQUIVO); só leitura' \
    export             'Um caso como dossiê para imprimir (md, html) ou os seus prazos como calendário (ics)' \
    letter             'O texto a enviar ao canal atual (ou --channel), preenchido com o caso' \
    --help             'Mostra esta ajuda e sai' \
    --version          'Mostra a versão do programa e sai' \
    --rules            'Arquivo de regras (padrão: o conjunto de regras embutido)' \
    --lang             'Idioma, p. ex. en, pt-BR, de (padrão: o do locale)' \
    --today            'Data da avaliação, AAAA-MM-DD (padrão: a data do sistema)' \
    --format           'Formato da saída: text ou json' \
    --color            'Cores: auto (num terminal, a menos que NO_COLOR esteja definido), always ou never' \
    --no-color         'Sem cores: o mesmo que --color never' \
    --data             'Os dados que `var` lê, em JSON (padrão: {})' \
    eval/--rules       'Usa os calendários de dias úteis deste arquivo de regras' \
    eval/--today       'O valor de {"var": "today"} (padrão: a data do sistema)' \
    --complete         'Mostra o que uma palavra de -a pode virar, uma por linha (para a completação do shell)' \
    --answer           'Uma resposta, ID=VALOR (pode repetir; veja `escalate questions`)' \
    --answers          'Um objeto JSON de respostas (- para a entrada padrão); -a prevalece sobre ele' \
    advise/--case      'Um arquivo de caso a ler e manter atualizado (criado se não existir)' \
    ask/--case         'Um arquivo de caso a retomar e manter atualizado, salvo após cada resposta (criado se não existir)' \
    batch/--output     'Escreve neste arquivo (completo ou nada) em vez da saída padrão' \
    --jobs             'Threads a usar; a ordem da saída é mantida' \
    --fields           'Mostra só estas partes de cada resultado, p. ex. step.id,channel.id,deadlines' \
    --compact          'Mostra só a decisão: --fields step.id,channel.id,question.id' \
    --line-offset      'Numera as linhas a partir de N+1, para um pedaço de um arquivo maior' \
    graph/--format     'Linguagem do grafo: dot (Graphviz, o padrão) ou mermaid' \
    --require-coverage 'Falha (saída 1) quando nenhum cenário chega a uma etapa' \
    --to               'md, html ou ics' \
    --output           'Escreve neste arquivo (padrão: a saída padrão)' \
    --channel          'O id de um canal ou de uma carta'

set -g __escalate_text_de \
    check              'Prüft eine Regeldatei und nennt jedes Problem mit seinem JSON-Pfad' \
    eval               'Wertet einen JSON-Logic-Ausdruck aus (mit den Datumsoperatoren)' \
    channels           'Listet die Kanäle des Regelwerks mit ihren Kontakten auf' \
    questions          'Listet jede Frage mit Kennung, Typ und Optionen auf (was -a annimmt)' \
    advise             'Rat in einem Aufruf, aus Antworten, die als Optionen gegeben werden' \
    batch              'Wertet JSON Lines aus: eine Ergebniszeile je Eingabezeile, in derselben Reihenfolge' \
    ask                'Interaktive Sitzung: fragt, was sie braucht, und endet mit dem Rat' \
    graph              'Gibt Schritte, Bedingungen, Kanäle und Stufenleiter des Regelwerks als Graph aus' \
    test               'Prüft Szenariodateien (JSON Lines) gegen ein Regelwerk und meldet, welche Schritte erreicht werden' \
    case               'Eine Falldatei: der Rat von heute ([show] DATEI) oder ihr Journal (log DATEI); nur lesend' \
    export             'Ein Fall als Dossier zum Drucken (md, html) oder seine Fristen als Kalender (ics)' \
    letter             'Der Text an den aktuellen Kanal (oder --channel), mit dem Fall ausgefüllt' \
    --help             'Zeigt diese Hilfe und beendet das Programm' \
    --version          'Zeigt die Version des Programms und beendet es' \
    --rules            'Regeldatei (Vorgabe: das mitgelieferte Regelwerk)' \
    --lang             'Sprache, z. B. en, pt-BR, de (Vorgabe: aus dem Locale)' \
    --today            'Stichtag, JJJJ-MM-TT (Vorgabe: das Systemdatum)' \
    --format           'Ausgabeformat: text oder json' \
    --color            'Farbe: auto (an einem Terminal, außer NO_COLOR ist gesetzt), always oder never' \
    --no-color         'Keine Farbe: dasselbe wie --color never' \
    --data             'Die Daten, die `var` liest, als JSON (Vorgabe: {})' \
    eval/--rules       'Die Werktagskalender aus dieser Regeldatei nehmen' \
    eval/--today       'Der Wert von {"var": "today"} (Vorgabe: das Systemdatum)' \
    --complete         'Gibt aus, wozu ein Wort nach -a ergänzt werden kann, eines je Zeile (für die Vervollständigung der Shell)' \
    --answer           'Eine Antwort, ID=WERT (wiederholbar; siehe `escalate questions`)' \
    --answers          'Ein JSON-Objekt mit Antworten (- für die Standardeingabe); -a geht vor' \
    advise/--case      'Eine Falldatei, die gelesen und aktuell gehalten wird (angelegt, wenn sie fehlt)' \
    ask/--case         'Eine Falldatei, die fortgesetzt und nach jeder Antwort gespeichert wird (angelegt, wenn sie fehlt)' \
    batch/--output     'In diese Datei schreiben (vollständig oder gar nicht) statt auf die Standardausgabe' \
    --jobs             'Anzahl der Threads; die Reihenfolge der Ausgabe bleibt' \
    --fields           'Nur diese Teile jedes Ergebnisses ausgeben, z. B. step.id,channel.id,deadlines' \
    --compact          'Nur die Entscheidung ausgeben: --fields step.id,channel.id,question.id' \
    --line-offset      'Zeilen ab N+1 zählen, für ein Stück einer größeren Datei' \
    graph/--format     'Graph-Sprache: dot (Graphviz, Vorgabe) oder mermaid' \
    --require-coverage 'Fehlschlagen (Exit-Status 1), wenn kein Szenario einen Schritt erreicht' \
    --to               'md, html oder ics' \
    --output           'In diese Datei schreiben (Vorgabe: die Standardausgabe)' \
    --channel          'Die Kennung eines Kanals oder eines Briefs'

# KEY's text in LANGUAGE (en, pt_BR or de): the element after the key (no text
# is also a key).
function __escalate_text -a language key
    set -l name __escalate_text_$language
    set -l table $$name
    set -l i (contains -i -- $key $table)
    and echo -- $table[(math $i + 1)]
end

# True when LANGUAGE (en, pt_BR or de) is that of `escalate --help` without
# --lang (src/cli/common.cpp, help_words.cpp): the first of LC_ALL, LC_MESSAGES
# and LANG that is set and not empty, without its .encoding or @modifier,
# decides: pt, pt_* or pt-* -> pt_BR, de likewise -> de, anything else (C,
# POSIX, fr_FR) -> en. Asked on every TAB, so a changed LANG counts at once.
function __escalate_speaks -a language
    set -l locale $LC_ALL
    test -n "$locale"; or set locale $LC_MESSAGES
    test -n "$locale"; or set locale $LANG
    set -l spoken en
    switch (string lower -- "$locale")
        case pt 'pt-*' 'pt_*' 'pt.*' 'pt@*'
            set spoken pt_BR
        case de 'de-*' 'de_*' 'de.*' 'de@*'
            set spoken de
    end
    test $spoken = $language
end

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

# fish fixes a description when `complete` runs: so each completion that has one
# is given once per language, behind a condition that asks which language it is
# at TAB time.
for language in en pt_BR de
    set -l speaks "__escalate_speaks $language"
    set -l text __escalate_text $language

    for command in check eval channels questions advise batch ask graph test case export letter
        complete -c escalate -n "$speaks; and __escalate_needs_command" -a $command -d ($text $command)
    end

    # Options: before a command ('') those of `escalate --help`, after it those of
    # `escalate COMMAND --help`.
    complete -c escalate -n $speaks -s h -l help -d ($text --help)
    complete -c escalate -n "$speaks; and __escalate_using ''" -l version -d ($text --version)
    # eval's --rules and --today say what they are to eval.
    complete -c escalate -n "$speaks; and not __escalate_using eval" -l rules -r -F -d ($text --rules)
    complete -c escalate -n "$speaks; and __escalate_using eval" -l rules -r -F -d ($text eval/--rules)
    complete -c escalate -n "$speaks; and __escalate_using '' channels questions advise batch ask graph case export letter" \
        -l lang -x -a 'en pt-BR de' -d ($text --lang)
    complete -c escalate -n "$speaks; and __escalate_using '' advise batch ask test case export letter" \
        -l today -x -d ($text --today)
    complete -c escalate -n "$speaks; and __escalate_using eval" -l today -x -d ($text eval/--today)
    complete -c escalate -n "$speaks; and __escalate_using '' check channels questions advise test" \
        -l format -x -a 'text json' -d ($text --format)
    # graph's --format is its own: the graph language.
    complete -c escalate -n "$speaks; and __escalate_using graph" -l format -x -a 'dot mermaid' -d ($text graph/--format)
    complete -c escalate -n "$speaks; and __escalate_using '' advise ask case" -l color -x -a 'auto always never' \
        -d ($text --color)
    complete -c escalate -n "$speaks; and __escalate_using '' advise ask case" -l no-color -d ($text --no-color)

    complete -c escalate -n "$speaks; and __escalate_using eval" -l data -x -d ($text --data)
    complete -c escalate -n "$speaks; and __escalate_using questions" -l complete -x -d ($text --complete)

    complete -c escalate -n "$speaks; and __escalate_using advise" -s a -l answer -x -a '(__escalate_answers)' \
        -d ($text --answer)
    complete -c escalate -n "$speaks; and __escalate_using advise" -l answers -r -F -d ($text --answers)
    complete -c escalate -n "$speaks; and __escalate_using advise" -l case -r -F -d ($text advise/--case)
    complete -c escalate -n "$speaks; and __escalate_using ask" -l case -r -F -d ($text ask/--case)

    # batch's -o writes all or nothing: its own text.
    complete -c escalate -n "$speaks; and __escalate_using batch" -s o -l output -r -F -d ($text batch/--output)
    complete -c escalate -n "$speaks; and __escalate_using export letter" -s o -l output -r -F -d ($text --output)
    complete -c escalate -n "$speaks; and __escalate_using batch" -s j -l jobs -x -d ($text --jobs)
    complete -c escalate -n "$speaks; and __escalate_using batch" -l fields -x -d ($text --fields)
    complete -c escalate -n "$speaks; and __escalate_using batch" -l compact -d ($text --compact)
    complete -c escalate -n "$speaks; and __escalate_using batch" -l line-offset -x -d ($text --line-offset)

    complete -c escalate -n "$speaks; and __escalate_using test" -l require-coverage -d ($text --require-coverage)
    complete -c escalate -n "$speaks; and __escalate_using export" -l to -x -a 'md html ics' -d ($text --to)
    complete -c escalate -n "$speaks; and __escalate_using letter" -l channel -x -d ($text --channel)
end

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

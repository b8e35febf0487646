#!/usr/bin/env python3
"""The shell completions in completions/ (bash, zsh, fish) against the real binary.

bash: completions/escalate.bash is sourced in `bash --norc --noprofile`;
COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT are set the way bash sets them
at a terminal (the line split at blanks and at runs of '=' and ':', the
COMP_WORDBREAKS characters a word here can hold), COMP_WORDS[0] is the binary's
path, _escalate is called and COMPREPLY compared with exact sets: commands,
options, the values of --lang, --format, --color and --to, files, and question
ids and values after -a (from `escalate questions --complete`, with the line's
--rules). Every option `escalate [COMMAND] --help` lists, and every {a,b} value
set, must be offered and nothing else, so the script cannot drift from the
program. The file and -a cases run again with the bash-completion package
loaded (its _filedir), when it is installed. Then a real interactive bash in a
pseudo-terminal checks that its word splitting is the one assumed above, and
what TAB leaves on the line (`issue=` without a space, a value after '=' without
the id repeated).

fish: `fish --no-config -c 'source completions/escalate.fish; complete -C...'`, and
a real `fish --no-config -i` in a pseudo-terminal for what TAB leaves on the line.
zsh: `zsh -n` and `#compdef escalate`, then a real `zsh -f -i` in a
pseudo-terminal, compinit with completions/ in $fpath, compadd wrapped to
record the matches (and the descriptions and headings shown with them), TAB
pressed.

Descriptions (zsh and fish; bash shows none): in each --help language (en,
pt-BR, de) the description of every command and option offered must be the one
`escalate [COMMAND] --help --lang L` gives, word for word, with the language
chosen as --help chooses it (LC_ALL, else LC_MESSAGES, else LANG); zsh's
headings for a command's argument must be --help's description of it.

The binary's directory comes first on PATH, so `escalate` is the binary under test.

Usage: python3 completion_test.py BINARY SOURCE_DIR
Prints one "ok - ..." / "not ok - ..." line per check and ends with
"N passed, M failed"; exits 1 on any failure, 77 when nothing failed but bash,
zsh or fish is missing (what could run did).
"""

import fcntl
import json
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

from tap import check, finish

BINARY = ROOT = TMP = FILES = None
ENV = {}
BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"

COMMANDS = {"check", "eval", "channels", "questions", "advise", "batch", "ask", "graph", "test",
            "case", "export", "letter"}
ADVISE_LONG = {"--help", "--answer", "--answers", "--case", "--rules", "--lang", "--today", "--format",
               "--color", "--no-color"}
LANGS = {"en", "pt-BR", "de"}
FULL_RULES = "tests/fixtures/rules/valid/full.json"  # has a multi question, `contacted`
SHOP_RULES = "data/rules/example-shop.json"
# --help's languages, with a locale for each, and the headings of its sections there
# (src/cli/help_words.cpp): options, commands, arguments. The shells get a language by
# LC_MESSAGES, LANG staying C.UTF-8: these locales need not be installed, and a shell
# without a UTF-8 LC_CTYPE could mangle the texts.
HELP_LANGS = {"en": "en_US.UTF-8", "pt-BR": "pt_BR.UTF-8", "de": "de_DE.UTF-8"}
HELP_HEADINGS = {"en": ("Options", "Commands", "Arguments"), "pt-BR": ("Opções", "Comandos", "Argumentos"),
                 "de": ("Optionen", "Befehle", "Argumente")}
HELP_COLUMN = 30  # CLI11's: a description starts there, or on the next line when the name is longer
# The temporary directory the file cases run in.
TMP_FILES = {"rules-a.json", "rules-b.json", "notes.txt", "sub"}


def show(value):
    return json.dumps(sorted(value) if isinstance(value, (set, frozenset)) else value, ensure_ascii=False)


def program(*args, cwd=None):
    result = subprocess.run([BINARY, *args], env=ENV, cwd=cwd or ROOT, capture_output=True, text=True,
                            timeout=30)
    return result.stdout


def parse_help(text):
    """The options an --help lists (short and long) and the value sets shown as TYPE:{a,b}."""
    options, values, in_options = set(), {}, False
    for line in text.splitlines():
        if line.startswith("Options:"):
            in_options = True
            continue
        if not line.startswith(" "):
            in_options = False
        m = re.match(r"^  (-[^\s]+)(.*)$", line) if in_options else None
        if m:
            names = m.group(1).split(",")
            options.update(names)
            v = re.search(r":\{([^}]*)\}", m.group(2))
            if v:
                for name in names:
                    values[name] = set(v.group(1).split(","))
    return options, values


def parse_commands(text):
    commands, in_commands = set(), False
    for line in text.splitlines():
        if line.startswith(("Commands:", "Subcommands:")):  # CLI11's heading, or the program's own
            in_commands = True
            continue
        if not line.startswith(" "):
            in_commands = False
        m = re.match(r"^  ([a-z]+)\s", line) if in_commands else None
        if m:
            commands.add(m.group(1))
    return commands


def parse_descriptions(raw, lang):
    """What an --help (bytes) in LANG describes: {"options": {name: text}, "commands": {name: text},
    "arguments": [text]}. CLI11 pads to a column in bytes, so the split is made before decoding."""
    headings = {(h + ":").encode(): kind for h, kind in zip(HELP_HEADINGS[lang], ("options", "commands", "arguments"))}
    found, section = {"options": {}, "commands": {}, "arguments": []}, None
    lines = raw.split(b"\n")
    for i, line in enumerate(lines):
        if line and not line.startswith(b" "):
            section = headings.get(line)
            continue
        if section is None or not line.startswith(b"  ") or line.startswith(b" " * HELP_COLUMN):
            continue
        after = lines[i + 1] if i + 1 < len(lines) else b""
        if after.startswith(b" " * HELP_COLUMN):  # the name fills the line: the text is on the next
            name, text = line, after[HELP_COLUMN:]
        else:
            name, text = line[:HELP_COLUMN], line[HELP_COLUMN:]
        name, text = name.decode().split()[0], text.decode().strip()
        if section == "options":
            found["options"].update({n: text for n in name.split(",")})
        elif section == "commands":
            found["commands"][name] = text
        else:
            found["arguments"].append(text)
    return found


def help_descriptions(lang, cmd="", env=None):
    """parse_descriptions of `escalate [CMD] --help --lang LANG`; with ENV, of `escalate [CMD] --help`
    in that environment (the language it chooses there expected to be LANG)."""
    args = ([cmd] if cmd else []) + ["--help"] + ([] if env else ["--lang", lang])
    raw = subprocess.run([BINARY, *args], env=env or ENV, cwd=ROOT, capture_output=True, timeout=30).stdout
    return parse_descriptions(raw, lang)


def locale_env(**variables):
    """ENV with LC_ALL, LC_MESSAGES and LANG as given, those not given unset."""
    env = {k: v for k, v in ENV.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    return {**env, **variables}


# The real-shell checks of the language choice: (name, variables, language), the language
# also the one `escalate --help` speaks there. After the three main cases, the program's
# edges: an empty variable does not count, the case does not matter, "deu" is not "de".
LOCALE_CASES = [
    ("LANG=pt_BR.UTF-8, LC_ALL unset", {"LANG": "pt_BR.UTF-8"}, "pt-BR"),
    ("LC_ALL=de_DE.UTF-8 (over LC_MESSAGES=pt_BR.UTF-8 and LANG=pt_BR.UTF-8)",
     {"LC_ALL": "de_DE.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8", "LANG": "pt_BR.UTF-8"}, "de"),
    ("LANG=C", {"LANG": "C"}, "en"),
    ("LC_ALL empty, LC_MESSAGES=de_AT@euro", {"LC_ALL": "", "LC_MESSAGES": "de_AT@euro", "LANG": "pt_BR.UTF-8"}, "de"),
    ("LC_ALL=POSIX over LANG=de_DE.UTF-8", {"LC_ALL": "POSIX", "LANG": "de_DE.UTF-8"}, "en"),
    ("LANG=PT_br", {"LANG": "PT_br"}, "pt-BR"),
    ("LANG=deu", {"LANG": "deu"}, "en"),
]


def differences(want, got):
    """The entries of two {name: description} that differ, one "name: expected / got" pair a line."""
    return "\n".join(f"{n}: expected {want.get(n)!r}\n{' ' * len(n)}  got      {got.get(n)!r}"
                     for n in sorted(set(want) | set(got)) if want.get(n) != got.get(n))


def description_checks(shell, descs, complete):
    """The descriptions SHELL offers against --help's, in each language. COMPLETE(typed, lang) gives
    {candidate: description} with LC_MESSAGES set to LANG's locale."""
    for lang in HELP_LANGS:
        want, got = descs[lang][""]["commands"], complete("escalate ", lang)
        check(got == want, f"{shell}: in {lang}, every command is described as `escalate --help --lang {lang}` "
              "describes it", differences(want, got))
        for cmd, d in descs[lang].items():
            label = f"escalate {cmd}" if cmd else "escalate (before a command)"
            want, got = d["options"], complete(f"escalate {cmd} -".replace("  ", " "), lang)
            check(got == want, f"{shell}: in {lang}, `{label} -` describes each option as its --help does",
                  differences(want, got))


def question_ids(*rules):
    return {q["id"] + "=" for q in json.loads(program(*rules, "questions", "--format", "json"))}


# ---------------------------------------------------------------- bash

BASH_DRIVER = r'''
script=$1 bashcomp=$2 COMP_LINE=$3 COMP_CWORD=$4 rlword=$5
shift 5
COMP_WORDS=("$@")
COMP_POINT=${#COMP_LINE}
if [[ -n $bashcomp ]]; then source "$bashcomp" || exit 3; fi
source "$script" || exit 3
# compopt works only inside a real completion: record what the script asks for.
compopt() { local IFS=' '; printf 'compopt:%s\n' "$*"; }
_escalate "${COMP_WORDS[0]}" "$rlword" "${COMP_WORDS[COMP_CWORD-1]}"
for r in "${COMPREPLY[@]}"; do printf 'reply:%s\n' "$r"; done
'''


def bash_split(line):
    """COMP_WORDS as bash makes them at a terminal: split at blanks, each run of
    '=' or ':' (in the default COMP_WORDBREAKS) a word of its own, and an empty
    word after a blank; also readline's word, the text TAB replaces."""
    words = []
    for token in line.split():
        words += [w for w in re.split(r"([=:]+)", token) if w]
    if not line or line[-1].isspace():
        words.append("")
    return words, re.split(r"[\s=:]", line)[-1]


def bash_complete(line, cwd=None, bashcomp=""):
    """COMPREPLY (a set) and the compopt calls for LINE, 'escalate' replaced by the binary's path."""
    assert line.startswith("escalate")
    full = BINARY + line[len("escalate"):]
    words, rl = bash_split(full)
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", BASH_DRIVER, "driver",
                             os.path.join(ROOT, "completions", "escalate.bash"), bashcomp, full,
                             str(len(words) - 1), rl, *words],
                            env=ENV, cwd=cwd or ROOT, capture_output=True, text=True, timeout=30)
    replies = {l[6:] for l in result.stdout.splitlines() if l.startswith("reply:")}
    opts = [l[8:] for l in result.stdout.splitlines() if l.startswith("compopt:")]
    return replies, opts, result


def bash_expect(name, line, expected, cwd=None, bashcomp="", nospace=None, filenames=None):
    replies, opts, result = bash_complete(line, cwd, bashcomp)
    tag = "bash+bash-completion" if bashcomp else "bash"
    ok = replies == set(expected) and result.returncode == 0
    details = f"line: {line}\nexpected: {show(set(expected))}\ngot:      {show(replies)}\ncompopt: {opts}" \
              f"\nstderr: {result.stderr.strip()}"
    if nospace is not None:
        ok = ok and (("-o nospace" in opts) == nospace)
    if filenames is not None:
        ok = ok and (("-o filenames" in opts) == filenames)
    extra = "" if nospace is None else (", no space after it" if nospace else ", a space after it")
    check(ok, f"{tag}: {name}{extra}", details)


def bash_checks(helps, values, commands):
    script = os.path.join(ROOT, "completions", "escalate.bash")
    r = subprocess.run(["bash", "-n", script], capture_output=True, text=True)
    check(r.returncode == 0, "bash: bash -n completions/escalate.bash", r.stderr)
    r = subprocess.run(["bash", "--norc", "--noprofile", "-c", 'source "$1" && complete -p escalate', "x",
                        script], env=ENV, capture_output=True, text=True, timeout=30)
    check(r.stdout.strip() == "complete -F _escalate escalate",
          "bash: complete -p escalate is `complete -F _escalate escalate`", r.stdout + r.stderr)

    # Commands: as `escalate --help` lists them.
    check(commands == COMMANDS, "escalate --help lists the expected commands", show(commands))
    bash_expect("the commands after `escalate `", "escalate ", commands)
    bash_expect("`escalate adv` -> advise", "escalate adv", {"advise"})
    bash_expect("commands after options and their values", "escalate --lang en --rules x.json c",
                {"check", "channels", "case"})

    # Options: exactly those each --help lists.
    bash_expect("the options of advise after `escalate advise --`", "escalate advise --", ADVISE_LONG)
    for cmd, options in helps.items():
        where = f"escalate {cmd} ".replace("  ", " ") if cmd else "escalate "
        label = f"escalate {cmd}" if cmd else "escalate (before a command)"
        check(len(options) >= 3, f"--help of {label} parsed: {len(options)} options", show(options))
        bash_expect(f"`{label} -` offers every option its --help lists, and no other", where + "-", options)
        bash_expect(f"`{label} --` offers its long options", where + "--",
                    {o for o in options if o.startswith("--")})

    # Values.
    bash_expect("--lang values", "escalate --lang ", LANGS)
    bash_expect("--lang=p -> pt-BR", "escalate advise --lang=p", {"pt-BR"})
    bash_expect("--lang= values", "escalate questions --lang=", LANGS)
    bash_expect("--format values", "escalate --format ", {"text", "json"})
    bash_expect("--format=j -> json", "escalate check --format=j", {"json"})
    bash_expect("graph's --format values", "escalate graph --format ", {"dot", "mermaid"})
    bash_expect("--color values", "escalate --color ", {"auto", "always", "never"})
    bash_expect("--color=a values", "escalate case --color=a", {"auto", "always"})
    bash_expect("export X --to values", "escalate export claro.json --to ", {"md", "html", "ics"})
    bash_expect("export --to=i -> ics", "escalate export claro.json --to=i", {"ics"})
    for (cmd, option), vals in sorted(values.items()):
        where = f"escalate {cmd} " if cmd else "escalate "
        bash_expect(f"`{where}{option} ` offers the values its --help shows", f"{where}{option} ", vals)
    bash_expect("nothing for a free value (--today)", "escalate advise --today ", set())
    bash_expect("nothing for a free value (-j)", "escalate batch -j ", set())

    # Question ids and values after -a.
    bash_expect("`-a is` -> issue=", "escalate advise -a is", {"issue="}, nospace=True)
    bash_expect("`--answer is` -> issue=", "escalate advise --answer is", {"issue="}, nospace=True)
    billing = {"billing_address", "billing_dispute"}
    bash_expect("`-a issue=bi` -> the two billing values", "escalate advise -a issue=bi", billing,
                nospace=False)
    bash_expect("`--answer=issue=bi` -> the two billing values", "escalate advise --answer=issue=bi", billing)
    bash_expect("`-aissue=bi` -> the two billing values", "escalate advise -aissue=bi", billing)
    later = {w for w in program("questions", "--complete", "s").split()}
    check(len(later) >= 2, "`escalate questions --complete s` gives ids", show(later))
    bash_expect("a second answer after -a (it takes several)", "escalate advise -a issue=other s", later)
    bash_expect("a multi question's second item", f"escalate --rules {FULL_RULES} advise -a contacted=store,",
                {"store,sac", "store,ombudsman"})
    bash_expect("a multi question's second item, begun", f"escalate --rules {FULL_RULES} advise -a contacted=store,s",
                {"store,sac"})
    bash_expect("a yes/no question", f"escalate --rules {SHOP_RULES} advise -a store_contacted=",
                {"true", "false"})
    shop, claro = question_ids("--rules", SHOP_RULES), question_ids()
    check(len(shop) >= 5 and len(claro) >= 5 and shop != claro,
          "example-shop's question ids differ from the bundled set's", f"{show(shop)}\n{show(claro)}")
    bash_expect("`--rules data/rules/example-shop.json advise -a ` gives that set's ids",
                f"escalate --rules {SHOP_RULES} advise -a ", shop, nospace=True)
    bash_expect("`advise --rules=FILE -a ` gives that set's ids", f"escalate advise --rules={SHOP_RULES} -a ",
                shop)
    bash_expect("`advise -a ` without --rules gives the bundled set's ids", "escalate advise -a ", claro)

    # Files, in a directory whose files are known.
    file_cases(bash_expect, "")
    if os.path.exists(BASH_COMPLETION):
        file_cases(bash_expect, BASH_COMPLETION)
        bash_expect("`-a issue=bi`", "escalate advise -a issue=bi", billing, bashcomp=BASH_COMPLETION)
        bash_expect("--lang=p", "escalate advise --lang=p", {"pt-BR"}, bashcomp=BASH_COMPLETION)
    else:
        print(f"# {BASH_COMPLETION} is not installed: bash checked without bash-completion only")


def file_cases(expect, bashcomp):
    kw = {"cwd": TMP, "bashcomp": bashcomp}
    rules = {"rules-a.json", "rules-b.json"}
    expect("files after `--rules `", "escalate --rules ", TMP_FILES, filenames=True, **kw)
    expect("files after `--rules r`", "escalate --rules r", rules, **kw)
    expect("files after `--rules=r`", "escalate advise --rules=r", rules, **kw)
    expect("files in a directory", "escalate advise --rules sub/", {"sub/inner.json", "sub/x=1.json"}, **kw)
    # bash replaces only what follows the '=', so the candidate must too.
    expect("a file name with '=' in it", "escalate advise --rules sub/x=", {"1.json"}, **kw)
    expect("--answers FILE", "escalate advise --answers n", {"notes.txt"}, **kw)
    expect("--case FILE", "escalate ask --case n", {"notes.txt"}, **kw)
    expect("-o FILE", "escalate batch -o n", {"notes.txt"}, **kw)
    expect("--output FILE", "escalate letter x.json --output n", {"notes.txt"}, **kw)
    expect("check FILE", "escalate check r", rules, **kw)
    expect("batch FILE", "escalate batch n", {"notes.txt"}, **kw)
    expect("batch takes one FILE", "escalate batch notes.txt ", set(), **kw)
    expect("test FILE...", "escalate test notes.txt r", rules, **kw)
    expect("export FILE", "escalate export n", {"notes.txt"}, **kw)
    expect("letter FILE", "escalate letter --channel sac n", {"notes.txt"}, **kw)
    expect("case: show, log or a FILE", "escalate case ", TMP_FILES | {"show", "log"}, **kw)
    expect("case log FILE", "escalate case log n", {"notes.txt"}, **kw)
    expect("nothing after case FILE", "escalate case notes.txt ", set(), **kw)
    expect("graph takes no FILE", "escalate graph ", set(), **kw)


# File arguments zsh and fish are checked on too (in TMP, no directory among the results).
SHARED_FILE_CASES = [
    ("--answers FILE", "escalate advise --answers n", {"notes.txt"}),
    ("--case FILE", "escalate ask --case n", {"notes.txt"}),
    ("-o FILE", "escalate batch -o n", {"notes.txt"}),
    ("check FILE", "escalate check r", {"rules-a.json", "rules-b.json"}),
    ("batch FILE", "escalate batch n", {"notes.txt"}),
    ("test FILE...", "escalate test notes.txt r", {"rules-a.json", "rules-b.json"}),
    ("export FILE", "escalate export n", {"notes.txt"}),
    ("letter FILE", "escalate letter --output x.txt n", {"notes.txt"}),
]


# ---------------------------------------------------------------- terminals

class Terminal:
    """A shell in a pseudo-terminal, 50 x 200."""

    def __init__(self, argv, cwd):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(cwd)
                os.execvpe(argv[0], argv, ENV)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
        self.output = b""

    def drain(self, seconds=0.05):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([self.fd], [], [], 0.02)
            if ready:
                try:
                    self.output += os.read(self.fd, 65536)
                except OSError:
                    return

    def wait_output(self, marker, timeout=10):
        """Waits for MARKER in what the terminal shows (so typed-ahead keys are not lost); the
        command that prints it is written `RE''ADY`, so its echo does not count."""
        end = time.monotonic() + timeout
        while marker not in self.output and time.monotonic() < end:
            self.drain()
        return marker in self.output

    def send(self, data):
        os.write(self.fd, data.encode())

    def wait_file(self, path, marker, timeout=10):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.drain()
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
            except FileNotFoundError:
                continue
            if marker in text:
                return text
        return None

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


BASH_SETUP = r'''
PS1='$ '; HISTFILE=/dev/null; bind 'set bell-style none'
[[ -r {bc} ]] && source {bc}
source {script}
# Completion as usual, then what bash gave _escalate and what it answered.
_t() {{ _escalate "$@"; {{ printf 'cword=%s\n' "$COMP_CWORD"; printf 'word=%s\n' "${{COMP_WORDS[@]}}";
  printf 'cur=%s\n' "$2"; for r in "${{COMPREPLY[@]}}"; do printf 'reply=%s\n' "$r"; done; echo END; }} > {out}; }}
complete -F _t escalate
# Ctrl-T: the line as TAB left it.
bind -x '"\C-t": printf "%s\n" "$READLINE_LINE" > {line}'
echo RE''ADY
'''


def real_bash_checks():
    out, line_out = os.path.join(TMP, "..", "bash.out"), os.path.join(TMP, "..", "bash.line")
    term = Terminal(["bash", "--norc", "--noprofile", "-i"], ROOT)
    try:
        term.send(BASH_SETUP.format(bc=BASH_COMPLETION, script=os.path.join(ROOT, "completions", "escalate.bash"),
                                    out=out, line=line_out))
        check(term.wait_output(b"READY"), "bash at a terminal: started, completion loaded",
              term.output[-600:].decode(errors="replace"))
        cases = [
            ("escalate adv", "escalate advise "),
            ("escalate advise -a is", "escalate advise -a issue="),
            ("escalate advise -a issue=billing_d", "escalate advise -a issue=billing_dispute "),
            ("escalate advise --lang=p", "escalate advise --lang=pt-BR "),
            ("escalate --rules=data/rules/example-s", "escalate --rules=data/rules/example-shop.json "),
            ("escalate --rules data/ru", "escalate --rules data/rules/"),
            (f"escalate --rules {SHOP_RULES} advise -a store_o", f"escalate --rules {SHOP_RULES} advise -a store_outcome="),
            (f"escalate --rules {FULL_RULES} advise -a contacted=store,o",
             f"escalate --rules {FULL_RULES} advise -a contacted=store,ombudsman "),
        ]
        for typed, after in cases:
            for path in (out, line_out):
                if os.path.exists(path):
                    os.remove(path)
            term.send(typed + "\t\x14")
            got_line = term.wait_file(line_out, "\n")
            got = term.wait_file(out, "END\n", timeout=1) or ""
            term.send("\x15")
            words = [l[5:] for l in got.splitlines() if l.startswith("word=")]
            cword = next((l[6:] for l in got.splitlines() if l.startswith("cword=")), None)
            cur = next((l[4:] for l in got.splitlines() if l.startswith("cur=")), None)
            want_words, want_cur = bash_split(typed)
            check(words == want_words and cword == str(len(want_words) - 1) and cur == want_cur,
                  f"bash at a terminal splits `{typed}` as the checks above assume",
                  f"bash: {words} cword={cword} cur={cur!r}\ntest: {want_words} cur={want_cur!r}\n"
                  f"{term.output[-600:].decode(errors='replace')}")
            check(got_line == after + "\n", f"bash at a terminal: TAB after `{typed}` gives `{after}`",
                  f"got: {got_line!r}\nCOMPREPLY: {got}")
    finally:
        term.close()


ZSH_SETUP = r'''
setopt interactive_comments; PS1='%% '; HISTFILE=/dev/null; unsetopt autolist beep
fpath=({dir} $fpath); autoload -Uz compinit; compinit -u -D
# Headings as they are (%d), and one "name -- description" per match, not grouped.
zstyle ':completion:*:descriptions' format '%d'; zstyle ':completion:*:messages' format '%d'
zstyle ':completion:*' list-grouped false
# Record every match offered (compadd's internal -O/-A/-D calls pass through), the heading
# (-X, -x) it is offered under, and from _describe (... -d DISPLAYS -a MATCHES) how each is shown.
compadd() {{
  if [[ ${{@[1,(i)(-|--)]}} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a __hits; builtin compadd -O __hits "$@"
  local __h; for __h in $__hits; do print -r -- "match=$__h" >> {out}; done
  local __x=${{@[(i)-[Xx]]}}; (( __x < $# )) && print -r -- "heading=$@[__x+1]" >> {out}
  if [[ $@[-4] == -d && $@[-2] == -a ]]; then
    local -a __m __d; __m=("${{(@P)@[-1]}}"); __d=("${{(@P)@[-3]}}")
    local __i; for (( __i = 1; __i <= $#__m; __i++ )); do print -r -- "shown=$__m[__i]"$'\t'"$__d[__i]" >> {out}; done
  fi
  builtin compadd "$@"
}}
# Ctrl-T: the line as TAB left it, and the end of one completion.
_zt_mark() {{ print -r -- "line=$BUFFER" >> {out}; print -r -- END >> {out}; }}
zle -N _zt_mark; bindkey '^T' _zt_mark
print RE''ADY
'''


def common_cases(helps, shop):
    """What zsh and fish complete alike, as (check name, typed line, expected set): each
    command's options as its --help lists them, option values, and the words after -a."""
    cases = [("the options of advise after `escalate advise --`", "escalate advise --", ADVISE_LONG)]
    for cmd, options in helps.items():
        label = f"escalate {cmd}" if cmd else "escalate (before a command)"
        cases.append((f"`{label} -` offers every option its --help lists",
                      f"escalate {cmd} -".replace("  ", " "), options))
    return cases + [
        ("--lang values", "escalate --lang ", LANGS),
        ("graph's --format values", "escalate graph --format ", {"dot", "mermaid"}),
        ("export X --to values", "escalate export x.json --to ", {"md", "html", "ics"}),
        ("`-a issue=bi` -> the two billing values", "escalate advise -a issue=bi",
         {"issue=billing_address", "issue=billing_dispute"}),
        ("a multi question's second item", f"escalate --rules {FULL_RULES} advise -a contacted=store,",
         {"contacted=store,sac", "contacted=store,ombudsman"}),
        ("`--rules data/rules/example-shop.json advise -a ` gives that set's ids",
         f"escalate --rules {SHOP_RULES} advise -a ", shop),
    ]


def zsh_checks(helps, shop, descs):
    script = os.path.join(ROOT, "completions", "_escalate")
    with open(script, encoding="utf-8") as f:
        first = f.readline().rstrip("\n")
    check(first == "#compdef escalate", "zsh: completions/_escalate starts with `#compdef escalate`", first)
    r = subprocess.run(["zsh", "-n", script], capture_output=True, text=True)
    check(r.returncode == 0, "zsh: zsh -n completions/_escalate", r.stderr)

    out = os.path.join(TMP, "..", "zsh.out")
    terms, locales, marks = {}, {}, iter(range(1, 1000))

    def terminal(cwd):
        if cwd not in terms:
            terms[cwd] = Terminal(["zsh", "-f", "-i"], cwd)
            terms[cwd].send(ZSH_SETUP.format(dir=os.path.join(ROOT, "completions"), out=out))
            check(terms[cwd].wait_output(b"READY"), f"zsh at a terminal in {os.path.basename(cwd)}/: started, "
                  "compinit done", terms[cwd].output[-600:].decode(errors="replace"))
        return terms[cwd]

    def set_locale(cwd, variables):
        """LC_ALL, LC_MESSAGES and LANG in the shell at CWD as in VARIABLES, those not in it unset."""
        if locales.get(cwd) == variables:
            return
        locales[cwd], term, mark = variables, terminal(cwd), next(marks)
        command = "unset LC_ALL LC_MESSAGES LANG; export " + " ".join(f"{k}={v}" for k, v in variables.items())
        term.send(f"{command}; print LOC''ALE-{mark}.\n")  # quoted, so that the echo is not the mark
        if not term.wait_output(f"LOCALE-{mark}.".encode()):
            check(False, f"zsh: `{command}` done", term.output[-600:].decode(errors="replace"))

    def complete(typed, cwd):
        term = terminal(cwd)
        if os.path.exists(out):
            os.remove(out)
        term.send(typed + "\t\x14")
        text = term.wait_file(out, "END\n") or ""
        term.send("\x15")
        matches = {l[6:] for l in text.splitlines() if l.startswith("match=")}
        line = next((l[5:] for l in text.splitlines() if l.startswith("line=")), None)
        return matches, line, text + term.output[-400:].decode(errors="replace")

    def shown(typed, lang=None, cwd=ROOT):
        """{match: its description} and the headings, for TYPED in LANG (by LC_MESSAGES)."""
        if lang:
            set_locale(cwd, {"LANG": "C.UTF-8", "LC_MESSAGES": HELP_LANGS[lang]})
        matches, _, raw = complete(typed, cwd)
        displays = dict(l[6:].split("\t", 1) for l in raw.splitlines() if l.startswith("shown="))
        described = {m: displays[m].split(" -- ", 1)[1] if " -- " in displays.get(m, "") else None for m in matches}
        return described, [l[8:] for l in raw.splitlines() if l.startswith("heading=")]

    def expect(name, typed, expected, cwd=None, after=None, **_):
        matches, line, raw = complete(typed, cwd or ROOT)
        ok = matches == set(expected) and (after is None or line == after)
        check(ok, f"zsh: {name}" + (f", the line becomes `{after}`" if after else ""),
              f"typed: {typed}\nexpected: {show(set(expected))}\ngot:      {show(matches)}\nline: {line!r}\n{raw}")

    try:
        expect("the commands after `escalate `", "escalate ", COMMANDS)
        expect("`escalate adv` -> advise", "escalate adv", {"advise"}, after="escalate advise ")
        for name, typed, expected in common_cases(helps, shop):
            expect(name, typed, expected)
        expect("--format values", "escalate advise --format ", {"text", "json"})
        expect("--color values", "escalate ask --color ", {"auto", "always", "never"})
        expect("`-a is` -> issue=", "escalate advise -a is", {"issue="}, after="escalate advise -a issue=")
        expect("files after `--rules r`", "escalate --rules r", {"rules-a.json", "rules-b.json"}, cwd=TMP)
        expect("case: show, log or a FILE", "escalate case ", TMP_FILES | {"show", "log"}, cwd=TMP)
        expect("case show FILE", "escalate case show n", {"notes.txt"}, cwd=TMP)
        for name, typed, expected in SHARED_FILE_CASES:
            expect(name, typed, expected, cwd=TMP)
        # With nothing left to complete zsh offers the options (its way), but no second file.
        expect("no second file after export FILE", "escalate export notes.txt ", helps["export"], cwd=TMP)

        # Descriptions, in each language, as --help has them.
        description_checks("zsh", descs, lambda typed, lang: shown(typed, lang)[0])
        for lang in HELP_LANGS:
            _, headings = shown("escalate ", lang)
            want = HELP_HEADINGS[lang][1]
            check(headings == [want], f"zsh: in {lang}, the commands are headed `{want}`, as in --help",
                  show(headings))
            # A command's argument is headed by --help's text for it; case's file in place of show or
            # log by that of a case file (export's argument).
            for cmd in ("check", "eval", "batch", "test", "case", "export", "letter"):
                want = descs[lang][cmd]["arguments"] + (descs[lang]["export"]["arguments"] if cmd == "case" else [])
                _, headings = shown(f"escalate {cmd} ", lang)
                check(len(want) >= 1 and set(want) <= set(headings),
                      f"zsh: in {lang}, `escalate {cmd} ` is headed as --help describes its argument",
                      f"expected: {show(want)}\ngot:      {show(headings)}")
            # A value's heading is its option's text (one with a ':' in it, which _arguments must not cut).
            want = descs[lang]["advise"]["options"]["--today"]
            _, headings = shown("escalate advise --today ", lang)
            check(headings == [want], f"zsh: in {lang}, the value of --today is headed by --today's text",
                  f"expected: {show([want])}\ngot:      {show(headings)}")

        # The language as the shell has it: LC_ALL, else LC_MESSAGES, else LANG, read at each TAB.
        for name, variables, lang in LOCALE_CASES:
            set_locale(ROOT, variables)
            got = shown("escalate adv")[0].get("advise")
            want, says = descs[lang][""]["commands"]["advise"], help_descriptions(lang, env=locale_env(**variables))
            check(got == want == says["commands"].get("advise"),
                  f"zsh at a terminal with {name}: advise is described in {lang}, as `escalate --help` there",
                  f"expected: {want!r}\n--help:   {says['commands'].get('advise')!r}\ngot:      {got!r}")
    finally:
        for term in terms.values():
            term.close()


# ---------------------------------------------------------------- fish

def fish_checks(helps, shop, descs):
    script = os.path.join(ROOT, "completions", "escalate.fish")
    r = subprocess.run(["fish", "--no-config", "-n", script], capture_output=True, text=True, env=ENV)
    check(r.returncode == 0, "fish: fish -n completions/escalate.fish", r.stderr)

    def expect(name, typed, expected, cwd=None):
        r = subprocess.run(["fish", "--no-config", "-c", 'source $argv[1]; complete -C $argv[2]', script, typed],
                           env=ENV, cwd=cwd or ROOT, capture_output=True, text=True, timeout=30)
        got = {l.split("\t")[0] for l in r.stdout.splitlines()}
        check(got == set(expected) and r.returncode == 0, f"fish: {name}",
              f"typed: {typed}\nexpected: {show(set(expected))}\ngot:      {show(got)}\nstderr: {r.stderr}")

    expect("the commands after `escalate `", "escalate ", COMMANDS)
    expect("commands after an option's value", "escalate --rules x.json ", COMMANDS)
    for name, typed, expected in common_cases(helps, shop):
        expect(name, typed, expected)
    expect("`-a is` -> issue=", "escalate advise -a is", {"issue="})
    expect("files after `--rules r`", "escalate --rules r", {"rules-a.json", "rules-b.json"}, cwd=TMP)
    expect("case: show, log or a FILE", "escalate case ", {"rules-a.json", "rules-b.json", "notes.txt", "sub/",
                                                            "show", "log"}, cwd=TMP)
    for name, typed, expected in SHARED_FILE_CASES:
        expect(name, typed, expected, cwd=TMP)
    expect("no second file after export FILE", "escalate export notes.txt ", set(), cwd=TMP)

    def described(typed, lang=None, env=None):
        """{candidate: description} from `complete -C`, in LANG (by LC_MESSAGES) or in ENV."""
        env = env or locale_env(LANG="C.UTF-8", LC_MESSAGES=HELP_LANGS[lang])
        r = subprocess.run(["fish", "--no-config", "-c", 'source $argv[1]; complete -C $argv[2]', script, typed],
                           env=env, cwd=ROOT, capture_output=True, text=True, timeout=30)
        return dict((l.split("\t", 1) + [None])[:2] for l in r.stdout.splitlines())

    # Descriptions, in each language, as --help has them.
    description_checks("fish", descs, described)
    # The language as fish has it: LC_ALL, else LC_MESSAGES, else LANG, read at each TAB.
    for name, variables, lang in LOCALE_CASES:
        env = locale_env(**variables)
        got = described("escalate adv", env=env).get("advise")
        want, says = descs[lang][""]["commands"]["advise"], help_descriptions(lang, env=env)
        check(got == want == says["commands"].get("advise"),
              f"fish with {name}: advise is described in {lang}, as `escalate --help` there",
              f"expected: {want!r}\n--help:   {says['commands'].get('advise')!r}\ngot:      {got!r}")

    # fish itself adds no space after a completion ending in '=' (nor '/', ',', ...): see that it does not.
    line_out = os.path.join(TMP, "..", "fish.line")
    term = Terminal(["fish", "--no-config", "-i"], ROOT)
    try:
        term.send(f"source {script}; bind \\ct 'commandline > {line_out}'; echo RE''ADY\n")
        check(term.wait_output(b"READY"), "fish at a terminal: started, completion loaded",
              term.output[-600:].decode(errors="replace"))
        for typed, after in [("escalate adv", "escalate advise "),
                             ("escalate advise -a is", "escalate advise -a issue="),
                             ("escalate advise -a issue=billing_d", "escalate advise -a issue=billing_dispute ")]:
            if os.path.exists(line_out):
                os.remove(line_out)
            term.send(typed + "\t\x14")
            got = term.wait_file(line_out, "\n")
            term.send("\x15\x0b")
            check(got == after + "\n", f"fish at a terminal: TAB after `{typed}` gives `{after}`", repr(got))
    finally:
        term.close()


def main():
    global BINARY, ROOT, TMP, ENV
    if len(sys.argv) != 3:
        print("usage: completion_test.py BINARY SOURCE_DIR", file=sys.stderr)
        return 2
    BINARY = os.path.abspath(sys.argv[1])
    ROOT = os.path.abspath(sys.argv[2])
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="escalate-completion-") as tmp:
        TMP = os.path.join(tmp, "files")
        os.makedirs(os.path.join(TMP, "sub"))
        for name in ("rules-a.json", "rules-b.json", "notes.txt", "sub/inner.json", "sub/x=1.json"):
            open(os.path.join(TMP, name), "w").close()
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        ENV = {"PATH": os.path.dirname(BINARY) + ":" + os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "NO_COLOR": "1",
               "TZ": "UTC", "TERM": "xterm", "HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
               "XDG_DATA_HOME": os.path.join(home, ".local/share"), "XDG_CACHE_HOME": os.path.join(home, ".cache")}

        r = subprocess.run([BINARY, "check", FULL_RULES], env=ENV, cwd=ROOT, capture_output=True, text=True)
        multi = [q["id"] for q in json.loads(program("--rules", FULL_RULES, "questions", "--format", "json"))
                 if q["type"] == "multi"]
        check(r.returncode == 0 and multi == ["contacted"], f"{FULL_RULES} is valid and has the multi question "
              "`contacted`", r.stdout + r.stderr + show(multi))

        # What the program says it takes: `escalate [COMMAND] --help` in English.
        helps, values = {}, {}
        top = program("--lang", "en", "--help")
        helps[""], top_values = parse_help(top)
        values.update({("", k): v for k, v in top_values.items()})
        commands = parse_commands(top)
        for cmd in sorted(COMMANDS):
            helps[cmd], cmd_values = parse_help(program("--lang", "en", cmd, "--help"))
            values.update({(cmd, k): v for k, v in cmd_values.items()})
        check({"--to"} <= {k for _, k in values} and len(values) >= 10,
              f"--help shows value sets ({{a,b}}) for {len(values)} options", show(sorted(values)))
        shop = question_ids("--rules", SHOP_RULES)

        # What --help describes, in each of its languages.
        descs = {lang: {cmd: help_descriptions(lang, cmd) for cmd in ["", *sorted(COMMANDS)]} for lang in HELP_LANGS}
        for lang, by_cmd in descs.items():
            parsed = {cmd: set(d["options"]) for cmd, d in by_cmd.items()}
            check(parsed == helps and set(by_cmd[""]["commands"]) == COMMANDS
                  and all(by_cmd[""]["commands"].values()) and all(all(d["options"].values()) for d in by_cmd.values()),
                  f"--help --lang {lang}: a description read for every command and option",
                  f"{show(by_cmd[''])}\n{show({c: sorted(o) for c, o in parsed.items()})}")
        for lang in ("pt-BR", "de"):
            same = {o for o, t in descs[lang]["advise"]["options"].items() if t == descs["en"]["advise"]["options"][o]}
            check(not same, f"--help --lang {lang} describes advise's options otherwise than in English", show(same))

        missing = [shell for shell in ("bash", "zsh", "fish") if shutil.which(shell) is None]
        if "bash" not in missing:
            bash_checks(helps, values, commands)
            real_bash_checks()
        if "zsh" not in missing:
            zsh_checks(helps, shop, descs)
        if "fish" not in missing:
            fish_checks(helps, shop, descs)
    print(f"# {time.monotonic() - started:.1f} s")
    status = finish()
    if missing:
        print(f"SKIPPED in part: {', '.join(missing)} not installed")
        if status == 0:
            return 77
    return status


if __name__ == "__main__":
    sys.exit(main())

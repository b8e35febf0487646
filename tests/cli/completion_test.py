#!/usr/bin/env python3
"""Shell completion: what bash, zsh and fish offer at a terminal, through the
shims in completions/ and the program's `escalate __complete WORD...`.

First the program against its own --help, derived at run time in each --help
language: `__complete` lists exactly the commands `escalate --help` lists and,
for each command, exactly the options its --help lists, each described as
--help describes it; and no --help mentions `__complete`.

Then each shell at a pseudo-terminal (bash --norc, zsh -f, fish --no-config),
the shim loaded, a line typed and TAB pressed: commands; options and their
descriptions in en, pt-BR and de (by the locale and by --lang on the line);
file names; the values of --lang, --format, --color and --to; question ids and
answer values after -a from the rule set `--rules FILE` names on the line; and
what TAB leaves on the line (no space after `issue=`). bash and zsh record the
candidates from inside the completion (bash: COMPREPLY; zsh: every compadd),
fish lists them with `complete -C` on the line typed.

Usage: python3 completion_test.py BINARY SOURCE_DIR
Prints "ok - ..." / "not ok - ..." lines and "N passed, M failed"; exits 1 on
a failure, 77 when nothing failed but a shell is missing (outside CI: with CI
set in the environment, a missing shell is a failure).
"""

import fcntl
import json
import os
import pty
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

BINARY = ROOT = TMP = None
ENV = {}
LANGS = {"en": "en_US.UTF-8", "pt-BR": "pt_BR.UTF-8", "de": "de_DE.UTF-8"}
# --help's headings of options, commands and arguments in each language.
HEADINGS = {"en": ("Options", "Commands"), "pt-BR": ("Opções", "Comandos"), "de": ("Optionen", "Befehle")}
HELP_COLUMN = 30  # CLI11's: a description starts there, or on the next line when the name is longer
FULL_RULES = "tests/fixtures/rules/valid/full.json"  # a multi question, `contacted`
SHOP_RULES = "data/rules/example-shop.json"
FILES = {"rules-a.json", "rules-b.json", "notes.txt", "sub"}  # in TMP, where the file cases run


def show(value):
    return json.dumps(sorted(value) if isinstance(value, (set, frozenset)) else value, ensure_ascii=False)


def program(*args, env=None):
    return subprocess.run([BINARY, *args], env=env or ENV, cwd=ROOT, capture_output=True, timeout=30)


def parse_help(raw, lang):
    """What an --help (bytes) in LANG lists: ({option: description}, {command: description}).
    CLI11 pads names to a column in bytes, so lines are split before decoding."""
    options_heading, commands_heading = (f"{h}:".encode() for h in HEADINGS[lang])
    found, section = ({}, {}), None
    lines = raw.split(b"\n")
    for i, line in enumerate(lines):
        if line and not line.startswith(b" "):
            section = {options_heading: 0, commands_heading: 1}.get(line)
            continue
        if section is None or not line.startswith(b"  ") or line.startswith(b" " * HELP_COLUMN):
            continue
        after = lines[i + 1] if i + 1 < len(lines) else b""
        if after.startswith(b" " * HELP_COLUMN):  # the name fills the line: the text is on the next
            name, text = line, after[HELP_COLUMN:]
        else:
            name, text = line[:HELP_COLUMN], line[HELP_COLUMN:]
        name, text = name.decode().split()[0], text.decode().strip()
        found[section].update({n: text for n in name.split(",")})
    return found


def complete(*words, env=None):
    """`escalate __complete WORDS`: (its first line, {value: description or None})."""
    out = program("__complete", *words, env=env).stdout.decode()
    lines = out.splitlines()
    values = dict((line.split("\t", 1) + [None])[:2] for line in lines[1:])
    return (lines[0] if lines else None), values


def differences(want, got):
    return "\n".join(f"{n}: expected {want.get(n)!r}\n{' ' * len(n)}  got      {got.get(n)!r}"
                     for n in sorted(set(want) | set(got)) if want.get(n) != got.get(n))


def program_checks(commands):
    """__complete against --help, for every command and language."""
    for lang in LANGS:
        top = program("--help", "--lang", lang).stdout
        check(b"__complete" not in top, f"`escalate --help --lang {lang}` does not mention __complete")
        want = parse_help(top, lang)[1]
        check(set(want) == commands, f"--help --lang {lang} lists the commands", show(want))
        _, got = complete("--lang", lang, "")
        check(got == want, f"in {lang}, `__complete ''` lists the commands --help lists, described as there",
              differences(want, got))
        for cmd in ["", *sorted(commands)]:
            named = [cmd] if cmd else []
            want = parse_help(program(*named, "--help", "--lang", lang).stdout, lang)[0]
            _, got = complete("--lang", lang, *named, "-")
            label = f"escalate {cmd}" if cmd else "escalate (before a command)"
            check(len(want) >= 3 and got == want,
                  f"in {lang}, `{label} -` lists exactly the options --help lists, described as there",
                  differences(want, got))


# ---------------------------------------------------------------- terminals

class Terminal:
    """A shell at a pseudo-terminal (50 x 200) in CWD, its shim loaded by SETUP, which
    binds keys that write what was offered and the line to self.out, ending with END."""

    NAME = SETUP = None
    ARGV = []
    DESCRIBES = True  # shows each candidate's description
    CLEAR = "\x15"  # Ctrl-U: the line emptied for the next case

    def __init__(self, completions, cwd, env, tmp):
        self.out = os.path.join(tmp, "..", f"{self.NAME}.out")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(cwd)
                os.execvpe(self.ARGV[0], self.ARGV, env)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
        self.output = b""
        self.send(self.SETUP.format(dir=completions, out=self.out))
        self.ready = self.wait_output(b"READY")

    def send(self, data):
        os.write(self.fd, data.encode())

    def drain(self, seconds=0.05):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if select.select([self.fd], [], [], 0.02)[0]:
                try:
                    self.output += os.read(self.fd, 65536)
                except OSError:
                    return

    def wait_output(self, marker, timeout=10):
        """Waits for MARKER on the screen (the command that prints it is written RE''ADY, so
        that its echo does not count), so that keys typed next are not lost."""
        end = time.monotonic() + timeout
        while marker not in self.output and time.monotonic() < end:
            self.drain()
        return marker in self.output

    def keys(self, typed, keys, marker=""):
        """Types TYPED and KEYS; the lines written to self.out, up to END, once MARKER is
        among them (None: none came)."""
        if os.path.exists(self.out):
            os.remove(self.out)
        self.send(typed + keys)
        end, text = time.monotonic() + 10, ""
        while time.monotonic() < end and not (text.endswith("END\n") and marker in text):
            self.drain()
            if os.path.exists(self.out):
                with open(self.out, encoding="utf-8", errors="replace") as f:
                    text = f.read()
        self.send(self.CLEAR)
        self.drain(0.1)
        return text.splitlines()[:-1] if text.endswith("END\n") else None

    def line_after_tab(self, typed):
        lines = self.keys(typed, "\t" + self.LINE_KEY, "line=")
        return next((line[5:] for line in lines or [] if line.startswith("line=")), None)

    def log(self):
        return self.output[-600:].decode(errors="replace")

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


def without_slash(word):
    return word[:-1] if word.endswith("/") and len(word) > 1 else word


class BashTerminal(Terminal):
    """TAB runs the shim, then writes COMPREPLY; Ctrl-T writes the line."""
    NAME, ARGV, DESCRIBES, LINE_KEY = "bash", ["bash", "--norc", "--noprofile", "-i"], False, "\x14"
    SETUP = r"""PS1='$ '; HISTFILE=/dev/null; bind 'set bell-style none'
source {dir}/escalate.bash
_t() {{ _escalate "$@"; {{ printf 'reply=%s\n' "${{COMPREPLY[@]}}"; echo END; }} > {out}; }}
complete -F _t escalate
bind -x '"\C-t": printf "line=%s\nEND\n" "$READLINE_LINE" > {out}'
echo RE''ADY
"""

    def candidates(self, typed):
        """{word: None}: bash replaces only what follows the word's last '=' or ':', so
        COMPREPLY holds the rest of the word; what stands before is put back."""
        lines = self.keys(typed, "\t")
        if lines is None:
            return None
        current = typed.split(" ")[-1]
        before = current[:max(current.rfind("="), current.rfind(":")) + 1]
        return {without_slash(before + line[6:]): None for line in lines if line.startswith("reply=") and line[6:]}


class ZshTerminal(Terminal):
    """compinit with completions/ in $fpath; compadd wrapped to write every match (after the
    head the shim set aside with compset -P) and how _describe shows it; Ctrl-T ends."""
    NAME, ARGV, LINE_KEY = "zsh", ["zsh", "-f", "-i"], ""
    SETUP = r"""setopt interactive_comments; PS1='%% '; HISTFILE=/dev/null; unsetopt autolist beep
fpath=({dir} $fpath); autoload -Uz compinit; compinit -u -D
zstyle ':completion:*' list-grouped false
compadd() {{
  if [[ ${{@[1,(i)(-|--)]}} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a __hits; builtin compadd -O __hits "$@"
  local __h; for __h in $__hits; do print -r -- "match=$IPREFIX$__h" >> {out}; done
  if [[ $@[-4] == -d && $@[-2] == -a ]]; then
    local -a __m __d; __m=("${{(@P)@[-1]}}"); __d=("${{(@P)@[-3]}}")
    local __i; for (( __i = 1; __i <= $#__m; __i++ )); do
      print -r -- "shown=$IPREFIX$__m[__i]"$'\t'"$__d[__i]" >> {out}; done
  fi
  builtin compadd "$@"
}}
_zt_mark() {{ print -r -- "line=$BUFFER" >> {out}; print -r -- END >> {out}; }}
zle -N _zt_mark; bindkey '^T' _zt_mark
print RE''ADY
"""

    def keys(self, typed, keys, marker=""):
        return super().keys(typed, keys + "\x14", marker)

    def candidates(self, typed):
        lines = self.keys(typed, "\t")
        if lines is None:
            return None
        shown = dict(line[6:].split("\t", 1) for line in lines if line.startswith("shown="))
        return {without_slash(m): (shown[m].split(" -- ", 1)[1] if " -- " in shown.get(m, "") else None)
                for m in (line[6:] for line in lines if line.startswith("match="))}


class FishTerminal(Terminal):
    """Ctrl-T writes `complete -C` of the line (fish's own listing, descriptions after a tab);
    Ctrl-X writes the line."""
    NAME, ARGV, LINE_KEY, CLEAR = "fish", ["fish", "--no-config", "-i"], "\x18", "\x15\x0b"
    SETUP = ("source {dir}/escalate.fish; "
             "bind \\ct 'complete -C (commandline) > {out}; echo END >> {out}'; "
             "bind \\cx 'echo line=(commandline) > {out}; echo END >> {out}'; echo RE''ADY\n")

    def candidates(self, typed):
        lines = self.keys(typed, "\x14")
        if lines is None:
            return None
        return {without_slash(w): d for w, d in ((line.split("\t", 1) + [None])[:2] for line in lines)}


# ---------------------------------------------------------------- the cases

def cases(shop_ids, bundled_ids):
    """(name, typed line, the words the last word may become, the directory it is typed in)."""
    billing = {"issue=billing_address", "issue=billing_dispute"}
    return [
        ("the commands", "escalate ", "COMMANDS", ROOT),
        ("a command begun", "escalate adv", {"advise"}, ROOT),
        ("commands after common options and a value", "escalate --lang en --rules x.json c",
         {"check", "channels", "case"}, ROOT),
        ("advise's long options", "escalate advise --",
         {"--help", "--answer", "--answers", "--case", "--rules", "--lang", "--today", "--format", "--color",
          "--no-color"}, ROOT),
        ("the languages of --lang (the bundled rule set's)", "escalate --lang ", {"en", "pt-BR", "de"}, ROOT),
        ("--lang=p", "escalate advise --lang=p", {"--lang=pt-BR"}, ROOT),
        ("the values of --format", "escalate check --format ", {"text", "json"}, ROOT),
        ("graph's own --format", "escalate graph --format ", {"dot", "mermaid"}, ROOT),
        ("the values of --color", "escalate ask --color ", {"auto", "always", "never"}, ROOT),
        ("--color=a", "escalate case --color=a", {"--color=auto", "--color=always"}, ROOT),
        ("the values of --to", "escalate export x.json --to ", {"md", "html", "ics"}, ROOT),
        ("nothing for a free value (--today)", "escalate advise --today ", set(), ROOT),
        ("question ids after -a", "escalate advise -a is", {"issue="}, ROOT),
        ("answer values after -a ID=", "escalate advise -a issue=bi", billing, ROOT),
        ("answer values after --answer=ID=", "escalate advise --answer=issue=bi",
         {"--answer=" + w for w in billing}, ROOT),
        ("a second answer after -a (it takes several)", "escalate advise -a issue=other issue=bi", billing, ROOT),
        ("a multi question's second item", f"escalate --rules {FULL_RULES} advise -a contacted=store,",
         {"contacted=store,sac", "contacted=store,ombudsman"}, ROOT),
        ("a yes/no question", f"escalate --rules {SHOP_RULES} advise -a store_contacted=",
         {"store_contacted=true", "store_contacted=false"}, ROOT),
        ("the ids of the rule set --rules names", f"escalate --rules {SHOP_RULES} advise -a ", shop_ids, ROOT),
        ("the ids of the rule set --rules= names", f"escalate advise --rules={SHOP_RULES} -a ", shop_ids, ROOT),
        ("the bundled rule set's ids without --rules", "escalate advise -a ", bundled_ids, ROOT),
        ("the ids of the rule set --rules ~/FILE names", "escalate --rules ~/shop.json advise -a ", shop_ids, ROOT),
        ("files after --rules", "escalate --rules ", FILES, TMP),
        ("files after --rules, begun", "escalate --rules r", {"rules-a.json", "rules-b.json"}, TMP),
        ("files after --rules=", "escalate advise --rules=r", {"--rules=rules-a.json", "--rules=rules-b.json"}, TMP),
        ("files after --answers", "escalate advise --answers n", {"notes.txt"}, TMP),
        ("files after -o", "escalate batch -o n", {"notes.txt"}, TMP),
        ("check's file argument", "escalate check r", {"rules-a.json", "rules-b.json"}, TMP),
        ("test's file arguments, the second", "escalate test notes.txt r", {"rules-a.json", "rules-b.json"}, TMP),
        ("letter's file argument after an option", "escalate letter --channel sac n", {"notes.txt"}, TMP),
        ("case: show, log or a file", "escalate case ", FILES | {"show", "log"}, TMP),
        ("case log FILE", "escalate case log n", {"notes.txt"}, TMP),
        ("no second argument to batch", "escalate batch notes.txt ", set(), TMP),
        ("graph takes no file", "escalate graph ", set(), TMP),
    ]


# What TAB leaves on the line, as (typed, the line after TAB).
TAB_CASES = [
    ("escalate adv", "escalate advise "),
    ("escalate advise -a is", "escalate advise -a issue="),
    ("escalate advise -a issue=billing_d", "escalate advise -a issue=billing_dispute "),
    ("escalate advise --lang=p", "escalate advise --lang=pt-BR "),
    (f"escalate --rules {SHOP_RULES} advise -a store_o", f"escalate --rules {SHOP_RULES} advise -a store_outcome="),
    ("escalate --rules data/ru", "escalate --rules data/rules/"),
]


def shell_checks(terminal_class, commands, shop_ids, bundled_ids):
    shell = terminal_class.NAME
    terms = {}

    def term(cwd, lang=None):
        key = (cwd, lang)
        if key not in terms:
            env = dict(ENV, LANG="C.UTF-8", **({"LC_MESSAGES": LANGS[lang]} if lang else {}))
            terms[key] = terminal_class(os.path.join(ROOT, "completions"), cwd, env, TMP)
            check(terms[key].ready, f"{shell} at a terminal in {os.path.basename(cwd)}/"
                  f"{' with LC_MESSAGES=' + LANGS[lang] if lang else ''}: started, completion loaded",
                  terms[key].log())
        return terms[key]

    try:
        for name, typed, want, cwd in cases(shop_ids, bundled_ids):
            want = commands if want == "COMMANDS" else want
            got = term(cwd).candidates(typed)
            check(got is not None and set(got) == set(want), f"{shell}: {name} (`{typed}`)",
                  f"expected: {show(set(want))}\ngot:      {show(set(got or {}))}\n{term(cwd).log()}")
        for typed, after in TAB_CASES:
            got = term(ROOT).line_after_tab(typed)
            check(got == after, f"{shell}: TAB after `{typed}` leaves `{after}`", f"got: {got!r}")
        if not terminal_class.DESCRIBES:
            return
        # Descriptions: those of --help, in its language, chosen by the locale or by --lang on the line.
        for lang in LANGS:
            want = parse_help(program("advise", "--help", "--lang", lang).stdout, lang)[0]
            got = term(ROOT, lang).candidates("escalate advise -")
            check(got == want, f"{shell}: with LC_MESSAGES={LANGS[lang]}, advise's options are described as "
                  f"`escalate advise --help --lang {lang}` describes them", differences(want, got or {}))
            want = parse_help(program("--help", "--lang", lang).stdout, lang)[1]
            got = term(ROOT).candidates(f"escalate --lang {lang} ")
            check(got == want, f"{shell}: after --lang {lang}, the commands are described in {lang}",
                  differences(want, got or {}))
    finally:
        for t in terms.values():
            t.close()


def main():
    global BINARY, ROOT, TMP, ENV
    if len(sys.argv) != 3:
        print("usage: completion_test.py BINARY SOURCE_DIR", file=sys.stderr)
        return 2
    BINARY, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="escalate-completion-") as tmp:
        TMP = os.path.join(tmp, "files")
        os.makedirs(os.path.join(TMP, "sub"))
        for name in ("rules-a.json", "rules-b.json", "notes.txt", "sub/inner.json"):
            open(os.path.join(TMP, name), "w").close()
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        shutil.copy(os.path.join(ROOT, SHOP_RULES), os.path.join(home, "shop.json"))
        # The binary's directory first on PATH: `escalate` is the binary under test.
        ENV = {"PATH": os.path.dirname(BINARY) + ":" + os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
               "NO_COLOR": "1", "TZ": "UTC", "TERM": "xterm", "HOME": home,
               "XDG_CONFIG_HOME": os.path.join(home, ".config"), "XDG_DATA_HOME": os.path.join(home, ".local/share"),
               "XDG_CACHE_HOME": os.path.join(home, ".cache")}

        commands = set(parse_help(program("--help", "--lang", "en").stdout, "en")[1])
        program_checks(commands)
        questions = {r: json.loads(program(*r, "questions", "--format", "json").stdout)
                     for r in [(), ("--rules", SHOP_RULES)]}
        bundled_ids, shop_ids = ({q["id"] + "=" for q in questions[r]} for r in [(), ("--rules", SHOP_RULES)])
        check(len(shop_ids) >= 5 and len(bundled_ids) >= 5 and shop_ids != bundled_ids,
              "example-shop's question ids differ from the bundled set's", f"{show(shop_ids)}\n{show(bundled_ids)}")

        missing = []
        for terminal_class in (BashTerminal, ZshTerminal, FishTerminal):
            if shutil.which(terminal_class.NAME) is None:
                missing.append(terminal_class.NAME)
                check(not os.environ.get("CI"), f"{terminal_class.NAME} is installed (CI is set)")
                continue
            shell_checks(terminal_class, commands, shop_ids, bundled_ids)
    print(f"# {time.monotonic() - started:.1f} s")
    status = finish()
    if missing:
        print(f"SKIPPED in part: {', '.join(missing)} not installed")
        if status == 0:
            return 77
    return status


if __name__ == "__main__":
    sys.exit(main())

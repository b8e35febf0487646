#!/usr/bin/env python3
"""`--help` speaks the person's language: en, pt-BR or de, chosen by --lang,
else by the locale (LC_ALL, then LC_MESSAGES, then LANG), else English; every
command's help has the same structure in each language and no English left in
the other two.

Usage: python3 help_languages_test.py BINARY REPO_ROOT [-k NAME] [--list]

"Same structure" means: the same commands and the same options, in the same
order, and the same sections (usage, arguments, options, commands, footer).
"No English left" means that no description line of the pt-BR or de help is
the English one, and that CLI11's own words (Usage, Options, REQUIRED, TEXT,
Print this help message…) are translated. Errors reading the command line, in
the same languages, are command_line_test.py's.
"""

import re
import sys

import harness
from harness import check, clean_env, test, text

LANGS = ["en", "pt-BR", "de"]
USAGE = {"en": "Usage:", "pt-BR": "Uso:", "de": "Aufruf:"}
OPTIONS = {"en": "Options:", "pt-BR": "Opções:", "de": "Optionen:"}
# CLI11's English words, which must not be left in a translated help.
CLI11_ENGLISH = ["Usage:", "Options:", "Subcommands:", "Positionals:", "REQUIRED", " TEXT",
                 "Print this help message", "Display program version", "Excludes:", "[OPTIONS]"]


OPTION_LINE = re.compile(r"^  (-\w,)?(--[\w-]+)")
COMMAND_LINE = re.compile(r"^  ([a-z]+) {2,}")


def structure(text):
    """The option names, command names and the number of blank-line blocks."""
    options, commands = [], []
    for line in text.splitlines():
        m = OPTION_LINE.match(line)
        if m:
            options.append((m.group(1) or "") + m.group(2))
        c = COMMAND_LINE.match(line)
        if c and not line.lstrip().startswith("-"):
            commands.append(c.group(1))
    blocks = len([b for b in text.split("\n\n") if b.strip()])
    return options, commands, blocks


def descriptions(text):
    """Each option's or command's description, keyed by its name."""
    out = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = OPTION_LINE.match(line) or COMMAND_LINE.match(line)
        if not m:
            continue
        name = m.group(0).strip()
        # CLI11 writes the description from column 30, on the next line when the
        # name and value name are too long, or after one space when they just fit.
        rest = line[28:].strip() if len(line) > 28 and line[27] == " " else ""
        if not rest and i + 1 < len(lines) and lines[i + 1].startswith(" " * 30):
            rest = lines[i + 1].strip()
        elif not rest:
            rest = " ".join(line.split()[2:])
        out[name] = rest
    return out


def run(args, env_extra=None):
    """--help's exit code, stdout and stderr; no locale but `env_extra`'s."""
    env = clean_env(LANG=None)
    env.update(env_extra or {})
    proc = harness.run(args, env=env, timeout=30)
    return proc.returncode, text(proc.stdout), text(proc.stderr)


def commands():
    code, top, _ = run(["--help", "--lang", "en"])
    return structure(top)[1] if code == 0 else []


@test
def top_level_help():
    """escalate --help lists the commands."""
    code, top, _ = run(["--help", "--lang", "en"])
    check(code == 0, "escalate --help exits 0", top)
    listed = structure(top)[1]
    check(len(listed) >= 12 and "advise" in listed and "batch" in listed,
          "the top-level help lists the commands", top)


@test
def every_help_in_every_language():
    """Every command's --help in en, pt-BR and de: the same structure, nothing left in English."""
    for command in [None] + commands():
        args = ([command] if command else []) + ["--help"]
        name = f"escalate {command} --help" if command else "escalate --help"
        helps = {}
        for lang in LANGS:
            code, out, err = run(args + ["--lang", lang])
            check(code == 0 and USAGE[lang] in out,
                  f"{name} --lang {lang}: exit 0, with '{USAGE[lang]}'", out + err)
            helps[lang] = out
        en_structure = structure(helps["en"])
        en_desc = descriptions(helps["en"])
        check(en_desc and all(en_desc.values()), f"{name}: every option's description is read", en_desc)
        check(en_structure[0], f"{name}: lists its options", helps["en"])
        for lang in ("pt-BR", "de"):
            check(structure(helps[lang]) == en_structure,
                  f"{name}: {lang} has the same options, commands and sections as en",
                  f"en: {en_structure}\n{lang}: {structure(helps[lang])}")
            left = [w for w in CLI11_ENGLISH if w in helps[lang]]
            check(not left and OPTIONS[lang] in helps[lang],
                  f"{name}: {lang} has none of CLI11's English words", f"left: {left}\n{helps[lang]}")
            other = descriptions(helps[lang])
            same = [k for k, v in en_desc.items() if v and other.get(k) == v]
            check(not same, f"{name}: every description is translated into {lang}",
                  "\n".join(f"{k}: {en_desc[k]}" for k in same))
            first_en, first_other = helps["en"].splitlines()[0], helps[lang].splitlines()[0]
            check(first_en != first_other, f"{name}: the summary line is translated into {lang}",
                  f"{first_en}\n{first_other}")


@test
def language_from_the_locale():
    """Where the language comes from when --lang is not given."""
    def first_line(args, env):
        code, out, _ = run(args, env)
        return out.splitlines()[1] if code == 0 and len(out.splitlines()) > 1 else f"exit {code}"

    cases = [
        ({"LANG": "de_DE.UTF-8"}, [], "de", "LANG=de_DE.UTF-8"),
        ({"LANG": "pt_BR.UTF-8"}, [], "pt-BR", "LANG=pt_BR.UTF-8"),
        ({"LANG": "de_AT"}, [], "de", "LANG=de_AT (another German)"),
        ({"LANG": "C.UTF-8"}, [], "en", "LANG=C.UTF-8"),
        ({}, [], "en", "no locale at all"),
        ({"LANG": "fr_FR.UTF-8"}, [], "en", "a locale --help does not speak (fr)"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8"}, [], "pt-BR", "LC_MESSAGES over LANG"),
        ({"LANG": "pt_BR.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8", "LC_ALL": "de_DE.UTF-8"}, [], "de",
         "LC_ALL over LC_MESSAGES and LANG"),
        ({"LANG": "de_DE.UTF-8"}, ["--lang", "en"], "en", "--lang en over LANG=de_DE"),
        ({"LANG": "de_DE.UTF-8"}, ["--lang=pt-BR"], "pt-BR", "--lang=pt-BR (one word)"),
        ({}, ["--lang", "pt"], "pt-BR", "--lang pt"),
        ({"LANG": "de_DE.UTF-8"}, ["--lang", "fr"], "de", "--lang fr: the locale's language"),
    ]
    for env, extra, want, label in cases:
        for args in (["advise", "--help"], ["--help"]):
            line = first_line(args + extra, env)
            check(line.startswith(USAGE[want]), f"{' '.join(args)}, {label}: --help in {want}", line)


@test
def lang_before_the_command():
    """--lang before the command counts too, as every common option does."""
    code, out, _ = run(["--lang", "de", "batch", "--help"])
    check(code == 0 and "Aufruf:" in out and "Anzahl der Threads" in out,
          "escalate --lang de batch --help: German", out)


@test
def session_commands():
    """The session's in-session commands follow the same language."""
    code, out, _ = run(["ask", "--help", "--lang", "pt-BR"])
    check(code == 0 and "Comandos: ? ou ajuda" in out, "ask --help --lang pt-BR: the session's commands in pt-BR", out)
    code, out, _ = run(["ask", "--help"], {"LANG": "C"})
    check(code == 0 and "Commands: ? or help" in out, "ask --help, LANG=C: the session's commands in English", out)


@test
def usage_without_a_terminal():
    """Without a command and without a terminal, the usage goes to stderr, in the language."""
    proc = harness.run(["--lang", "de"], stdin=None)
    check(proc.returncode == 2 and "Aufruf:" in text(proc.stderr),
          "escalate --lang de, no terminal: German usage, exit 2", text(proc.stderr))


if __name__ == "__main__":
    sys.exit(harness.main())

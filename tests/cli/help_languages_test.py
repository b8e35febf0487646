#!/usr/bin/env python3
"""`--help` speaks the person's language: en, pt-BR or de, chosen by --lang,
else by the locale (LC_ALL, then LC_MESSAGES, then LANG), else English; every
command's help has the same structure in each language and no English left in
the other two.

Usage: python3 help_languages_test.py BINARY REPO_ROOT

"Same structure" means: the same commands and the same options, in the same
order, and the same sections (usage, arguments, options, commands, footer).
"No English left" means that no description line of the pt-BR or de help is
the English one, and that CLI11's own words (Usage, Options, REQUIRED, TEXT,
Print this help message…) are translated.
"""

import os
import re
import subprocess
import sys

from tap import check, finish

LANGS = ["en", "pt-BR", "de"]
USAGE = {"en": "Usage:", "pt-BR": "Uso:", "de": "Aufruf:"}
OPTIONS = {"en": "Options:", "pt-BR": "Opções:", "de": "Optionen:"}
# CLI11's English words, which must not be left in a translated help.
CLI11_ENGLISH = ["Usage:", "Options:", "Subcommands:", "Positionals:", "REQUIRED", " TEXT",
                 "Print this help message", "Display program version", "Excludes:", "[OPTIONS]"]


def run(binary, args, env_extra=None, unset=()):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    for k in unset:
        env.pop(k, None)
    env.update(env_extra or {})
    proc = subprocess.run([binary] + args, capture_output=True, text=True, env=env, timeout=30)
    return proc.returncode, proc.stdout, proc.stderr


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


def main():
    binary, root = sys.argv[1], sys.argv[2]
    code, top, _ = run(binary, ["--help", "--lang", "en"])
    check(code == 0, "escalate --help exits 0", top)
    commands = structure(top)[1]
    check(len(commands) >= 12 and "advise" in commands and "batch" in commands,
          "the top-level help lists the commands", top)

    for command in [None] + commands:
        args = ([command] if command else []) + ["--help"]
        name = f"escalate {command} --help" if command else "escalate --help"
        helps = {}
        for lang in LANGS:
            code, out, err = run(binary, args + ["--lang", lang])
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

    # Where the language comes from when --lang is not given.
    def first_line(args, env):
        code, out, _ = run(binary, args, env)
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

    # --lang before the command counts too, as every common option does.
    code, out, _ = run(binary, ["--lang", "de", "batch", "--help"])
    check(code == 0 and "Aufruf:" in out and "Anzahl der Threads" in out,
          "escalate --lang de batch --help: German", out)
    # The session's in-session commands follow the same language.
    code, out, _ = run(binary, ["ask", "--help", "--lang", "pt-BR"])
    check(code == 0 and "Comandos: ? ou ajuda" in out, "ask --help --lang pt-BR: the session's commands in pt-BR", out)
    code, out, _ = run(binary, ["ask", "--help"], {"LANG": "C"})
    check(code == 0 and "Commands: ? or help" in out, "ask --help, LANG=C: the session's commands in English", out)
    # When the command line cannot be read, CLI11's message is in the language too,
    # with the names and values it quotes; exit 2 in every language.
    errors = [
        (["frobnicate"], "The following argument was not expected: frobnicate",
         "argumento inesperado: frobnicate", "unerwartetes Argument: frobnicate"),
        (["batch", "-j", "0"], "--jobs: Value 0 not in range 1 to 256",
         "--jobs: o valor 0 não está entre 1 e 256", "--jobs: der Wert 0 liegt nicht zwischen 1 und 256"),
        (["advise", "--format", "xml"], "--format: xml not in {text,json}",
         "--format: 'xml' não é aceito; os valores aceitos são text,json",
         "--format: 'xml' wird nicht angenommen; möglich sind text,json"),
        (["export"], "FILE is required", "ARQUIVO é obrigatório", "DATEI ist erforderlich"),
        (["advise", "--color", "never", "--no-color"], "--color excludes --no-color",
         "--color e --no-color não podem ser usados juntos", "--color und --no-color schließen einander aus"),
        (["advise", "--today"], "--today: 1 required DATE missing", "--today: falta o valor (DATA)",
         "--today: der Wert fehlt (DATUM)"),
    ]
    hints = {"en": "Run 'escalate --help' for the commands and their options.",
             "pt-BR": "Veja 'escalate --help' para os comandos e as suas opções.",
             "de": "Siehe 'escalate --help' für die Befehle und ihre Optionen."}
    for args, *messages in errors:
        for lang, message in zip(LANGS, messages):
            proc = subprocess.run([binary, "--lang", lang] + args, capture_output=True, text=True,
                                  stdin=subprocess.DEVNULL)
            want = f"escalate: error: {message}\n{hints[lang]}\n"
            check(proc.returncode == 2 and proc.stderr == want,
                  f"escalate --lang {lang} {' '.join(args)}: the error in {lang}, exit 2",
                  f"exit {proc.returncode}\nwant: {want}got:  {proc.stderr}")
    code_env = subprocess.run([binary, "frobnicate"], capture_output=True, text=True,
                              env=dict(os.environ, LANG="pt_BR.UTF-8", LC_ALL=""), stdin=subprocess.DEVNULL)
    check(code_env.returncode == 2 and "argumento inesperado: frobnicate" in code_env.stderr,
          "LANG=pt_BR.UTF-8: the error in pt-BR without --lang", code_env.stderr)

    # Without a command and without a terminal, the usage goes to stderr, in the language.
    proc = subprocess.run([binary, "--lang", "de"], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    check(proc.returncode == 2 and "Aufruf:" in proc.stderr, "escalate --lang de, no terminal: German usage, exit 2",
          proc.stderr)
    return finish()


if __name__ == "__main__":
    sys.exit(main())

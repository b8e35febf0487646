#!/usr/bin/env python3
"""Reading the command line: common options before or after the command, an
option a command does not take, and errors when the command line cannot be
read, in the person's language.

Usage: python3 command_line_test.py BINARY REPO_ROOT [-k NAME] [--list]

An error reading the command line is `escalate: error: MESSAGE` and a hint on
stderr, in the language of --lang, else of the locale; exit 2.
"""

import json
import sys

import harness
from harness import TODAY, check, clean_env, run, short, test, text

LANGS = ["en", "pt-BR", "de"]
HINTS = {"en": "Run 'escalate --help' for the commands and their options.",
         "pt-BR": "Veja 'escalate --help' para os comandos e as suas opções.",
         "de": "Siehe 'escalate --help' für die Befehle und ihre Optionen."}

# A first contact with SAC, every question answered.
FIRST_CONTACT = ["-a", "issue=billing_dispute", "-a", "go_now=recommended", "-a", "sac_contacted=no",
                 "-a", "bill_paid=yes", "-a", "urgent_harm=no"]


@test
def options_before_the_command():
    """Common options work before or after the command; one a command does not take is an error."""
    proc = run(["--rules", "/nope.json", "check"])
    check(proc.returncode != 0 and b"/nope.json" in proc.stdout + proc.stderr,
          "options: '--rules /nope.json check' reads /nope.json (not the bundled set)",
          f"exit {proc.returncode}: {short(proc.stdout)}")
    proc = run(["--lang", "en", "advise", "--today", TODAY, *FIRST_CONTACT])
    check(proc.returncode == 0 and b"What to do" in proc.stdout, "options: '--lang en advise' speaks English",
          short(proc.stdout))
    proc = run(["--today", "2026-12-24", "advise", "--format", "json", *FIRST_CONTACT])
    check(proc.returncode == 0 and json.loads(proc.stdout or b"{}").get("today") == "2026-12-24",
          "options: '--today 2026-12-24 advise' evaluates on 2026-12-24", short(proc.stdout))
    proc = run(["--lang", "de", "check"])
    check(proc.returncode == 2 and b"--lang" in proc.stderr, "options: an option the command does not take is an error",
          f"exit {proc.returncode}: {short(proc.stdout)} {short(proc.stderr)}")
    proc = run(["check", "--today", TODAY])
    check(proc.returncode == 2 and b"--today" in proc.stderr, "options: 'check --today' is an error, not ignored",
          f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["batch", "--format", "text"], stdin=b"")
    check(proc.returncode == 2 and b"--format" in proc.stderr, "options: 'batch --format' is an error, not ignored",
          f"exit {proc.returncode}: {short(proc.stderr)}")


@test
def errors_in_the_language():
    """CLI11's messages in the language, with the names and values they quote; exit 2."""
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
    for args, *messages in errors:
        for lang, message in zip(LANGS, messages):
            proc = run(["--lang", lang, *args], stdin=None)
            want = f"escalate: error: {message}\n{HINTS[lang]}\n"
            check(proc.returncode == 2 and text(proc.stderr) == want,
                  f"escalate --lang {lang} {' '.join(args)}: the error in {lang}, exit 2",
                  f"exit {proc.returncode}\nwant: {want}got:  {text(proc.stderr)}")
    proc = run(["frobnicate"], stdin=None, env=clean_env(LANG="pt_BR.UTF-8"))
    check(proc.returncode == 2 and "argumento inesperado: frobnicate" in text(proc.stderr),
          "LANG=pt_BR.UTF-8: the error in pt-BR without --lang", text(proc.stderr))


if __name__ == "__main__":
    sys.exit(harness.main())

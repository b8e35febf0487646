#!/usr/bin/env python3
"""Reading the command line: common options before or after the command, an
option a command does not take, and errors when the command line cannot be
read, in the person's language, whatever the length of what was typed.

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


# The kernel takes at most 128 KiB in one argument (MAX_ARG_STRLEN), so "1 MB" is
# the largest one argument can be, or eight of those as stray arguments.
ONE_ARGUMENT_MAX = 128 * 1024 - 1
SIZES = {"40 KB": 40 * 1024, "128 KB": ONE_ARGUMENT_MAX}

# What each long command line must say, by language: a stray argument, an
# unknown option with a value (two stray arguments), and values of --format,
# --color and --today no one could mean.
LONG = {
    "a stray argument": (lambda v: ["advise", v],
                         {"en": "The following argument was not expected: ", "pt-BR": "argumento inesperado: ",
                          "de": "unerwartetes Argument: "}),
    "an unknown option's value": (lambda v: ["advise", "--bogus", v],  # CLI11 may list them in either order
                                  {"en": "The following arguments were not expected: ",
                                   "pt-BR": "argumentos inesperados: ", "de": "unerwartete Argumente: "}),
    "--format": (lambda v: ["advise", "--format", v],
                 {"en": "--format: x", "pt-BR": "--format: 'x", "de": "--format: 'x"}),
    "--color": (lambda v: ["advise", "--color", v],
                {"en": "--color: x", "pt-BR": "--color: 'x", "de": "--color: 'x"}),
    "--today": (lambda v: ["advise", "--today", v], None),
}


def long_argument_case(what, size_name, value, lang, env_lang):
    make_args, wanted = LONG[what]
    args = make_args(value)
    if env_lang:
        proc = run(args, stdin=None, env=clean_env(LANG="pt_BR.UTF-8"))
        how = "LANG=pt_BR.UTF-8"
    else:
        proc = run(["--lang", lang, *args], stdin=None)
        how = f"--lang {lang}"
    err = text(proc.stderr)
    crashed = proc.returncode < 0 or proc.returncode in (134, 139)
    if wanted is None:
        # An invalid --today is the program's own message, not CLI11's: it names the
        # option (its language is the words catalogue's business, not this check's).
        said = err.startswith("escalate: error: ") and "--today" in err.split("\n", 1)[0]
        what_said = "an error naming --today"
    else:
        said = (err.startswith(f"escalate: error: {wanted[lang]}") and err.endswith(f"\n{HINTS[lang]}\n")
                and all(arg in err.split("\n", 1)[0] for arg in args if arg.startswith("--")))
        what_said = f"the error in {lang}"
    check(proc.returncode == 2 and said and not proc.stdout,
          f"long: {what} of {size_name}, {how}: exit 2, {what_said}" + ("" if not crashed else " (it crashed)"),
          f"exit {proc.returncode}\nstderr: {short(err, 300)} … {err[-200:]!r}")


def long_arguments(size_name):
    value = "x" * SIZES[size_name]
    for what in LONG:
        for lang in LANGS:
            long_argument_case(what, size_name, value, lang, env_lang=False)
        long_argument_case(what, size_name, value, "pt-BR", env_lang=True)


@test
def long_arguments_40k():
    """A 40 KB argument once crashed the pt-BR and de message (exit 139); now exit 2, translated."""
    long_arguments("40 KB")


@test
def long_arguments_128k():
    """The longest one argument can be (128 KiB): exit 2, translated, no crash."""
    long_arguments("128 KB")


@test
def stray_arguments_of_a_megabyte():
    """Eight stray arguments of 128 KiB, 1 MB in all: exit 2, translated, no crash."""
    values = ["x" * ONE_ARGUMENT_MAX for _ in range(8)]
    wanted = {"en": "The following arguments were not expected: x", "pt-BR": "argumentos inesperados: x",
              "de": "unerwartete Argumente: x"}
    for lang, env in [("en", None), ("pt-BR", None), ("de", None), ("pt-BR", clean_env(LANG="pt_BR.UTF-8"))]:
        args = ["advise", *values] if env else ["--lang", lang, "advise", *values]
        proc = run(args, stdin=None, env=env)
        err = text(proc.stderr)
        check(proc.returncode == 2 and err.startswith(f"escalate: error: {wanted[lang]}")
              and err.endswith(f"\n{HINTS[lang]}\n"),
              f"long: 1 MB of stray arguments, {'LANG=pt_BR.UTF-8' if env else '--lang ' + lang}: "
              f"exit 2, the error in {lang}",
              f"exit {proc.returncode}\nstderr: {short(err, 300)} … {err[-200:]!r}")


if __name__ == "__main__":
    sys.exit(harness.main())

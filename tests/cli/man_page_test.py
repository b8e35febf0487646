#!/usr/bin/env python3
"""The man page escalate(1) against the program and against docs/cli.md.

The page is made at build time from docs/cli.md (docs/man/cli_to_scdoc.py, then
scdoc; see cmake/manpage.cmake). This test checks that it:
- has the sections a man page needs: NAME, SYNOPSIS, DESCRIPTION, EXIT STATUS,
  ENVIRONMENT, FILES, SEE ALSO, and examples (an EXAMPLES section, or example
  commands in the text);
- names every command `BINARY --help` lists, and every option (short and long
  name) that `BINARY --help` and `BINARY COMMAND --help` list;
- names every exit code of docs/cli.md's exit code table in EXIT STATUS;
- names LANG, LC_ALL, LC_MESSAGES, NO_COLOR and every variable the sources
  read with getenv("...") in ENVIRONMENT;
- formats without a warning from groff (`man --warnings`, 80 and 50 columns);
- is exactly what the converter and scdoc make of the current docs/cli.md
  (apart from the date in its title line), so a page left stale fails;
- shows the version the program prints.

--help is asked for with --lang en, so that the option list is the English
one whatever the locale; a build whose --help does not take --lang yet
(exit status not 0) is asked without it, in LANG=C.UTF-8.

Needs scdoc and man (man-db, with groff); without them the test fails and says
so. Usage: python3 man_page_test.py BINARY SOURCE_DIR MANPAGE
"""

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

from tap import check, finish

ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TZ": "UTC", "HOME": "/tmp"}


def run(args, env=None, **kwargs):
    return subprocess.run(args, env=env or ENV, capture_output=True, timeout=120, **kwargs)


def render(page, width, *options):
    """The page as man shows it, as plain text (no bold, no underline)."""
    env = dict(ENV, MANWIDTH=str(width), MANPAGER="cat", PAGER="cat")
    result = run(["man", *options, "-l", page], env=env)
    text = result.stdout.decode(errors="replace")
    text = re.sub(r".\x08", "", text)  # overstrike, should man keep it
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)  # SGR, likewise
    return result, text


def sections(text):
    """Section name -> its text, from a rendered page (headers at column 0)."""
    lines = text.split("\n")
    # The first and the last non-empty lines are the page's header and footer.
    body = [line for line in lines if line.strip()][1:-1]
    result, name = {}, None
    for line in body:
        if line and not line[0].isspace():
            name = line.strip()
            result[name] = ""
        elif name:
            result[name] += line + "\n"
    return result


def help_text(binary, command):
    """`BINARY [COMMAND] --help --lang en`, or without --lang where it is refused."""
    args = [binary] + ([command] if command else []) + ["--help"]
    result = run(args + ["--lang", "en"])
    if result.returncode != 0:
        result = run(args)
    return result


def options_in(help_output):
    """The option names --help lists: "-a,--answer TEXT ..." gives -a and --answer."""
    names = []
    for line in help_output.split("\n"):
        m = re.match(r"\s{1,4}(-{1,2}[A-Za-z0-9][\w-]*(?:,\s*-{1,2}[A-Za-z0-9][\w-]*)*)", line)
        if m:
            names += [name.strip() for name in m.group(1).split(",")]
    return names


def commands_in(help_output):
    """The commands listed under "Commands:" (CLI11's "Subcommands:") in the program's --help."""
    commands, listing = [], False
    for line in help_output.split("\n"):
        if re.match(r"\S.*:\s*$", line):
            listing = re.fullmatch(r"(Sub)?commands:", line.strip(), re.I) is not None
        elif listing and (m := re.match(r"\s{1,4}([a-z][\w-]*)(\s|$)", line)):
            commands.append(m.group(1))
        elif not line.strip():
            listing = False
    return commands


def mentions(haystack, name):
    """Whether `name` (an option, a command, a variable) stands in the text as a word."""
    pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
    # A line may break after a hyphen inside a word ("--line-" / "offset").
    return bool(re.search(pattern, haystack) or re.search(pattern, re.sub(r"-\s+", "-", haystack)))


def cli_md_exit_codes(cli_md):
    """The codes of docs/cli.md's exit code table, and that section's name."""
    m = re.search(r"^## (Exit [^\n]*)\n+((?:\|[^\n]*\n)+)", cli_md, re.M)
    if not m:
        return None, []
    rows = m.group(2).strip().split("\n")[2:]
    return m.group(1), [row.split("|")[1].strip() for row in rows]


def th_line(roff):
    m = re.search(r'^\.TH .*$', roff, re.M)
    return m.group(0) if m else ""


def without_date(roff):
    """The page with the date of its title line (.TH NAME SECTION "DATE" ...) left out."""
    return re.sub(r'^(\.TH "[^"]*" "[^"]*") "[^"]*"', r'\1 "DATE"', roff, count=1, flags=re.M)


def regenerate(source_dir, version, scdoc):
    """What the converter and scdoc make of the current docs/cli.md, and any problem."""
    converter = os.path.join(source_dir, "docs", "man", "cli_to_scdoc.py")
    cli_md = os.path.join(source_dir, "docs", "cli.md")
    with tempfile.TemporaryDirectory() as tmp:
        scd = os.path.join(tmp, "escalate.1.scd")
        args = [sys.executable, converter, cli_md, scd] + (["--version", version] if version else [])
        converted = run(args)
        if converted.returncode != 0:
            return None, f"cli_to_scdoc.py exit {converted.returncode}\n{converted.stderr.decode()}"
        epoch = os.environ.get("SOURCE_DATE_EPOCH") or str(int(os.stat(cli_md).st_mtime))
        with open(scd, "rb") as f:
            made = run([scdoc], env=dict(ENV, SOURCE_DATE_EPOCH=epoch), stdin=f)
        if made.returncode != 0 or made.stderr:
            return None, f"scdoc exit {made.returncode}\n{made.stderr.decode()}"
        return made.stdout.decode(), ""


def main():
    binary, source_dir, page = sys.argv[1:4]
    with open(os.path.join(source_dir, "docs", "cli.md"), encoding="utf-8") as f:
        cli_md = f.read()
    tools = {tool: shutil.which(tool, path=ENV["PATH"]) for tool in ("man", "scdoc")}
    if not check(all(tools.values()), "scdoc and man are installed",
                 "install the Debian packages scdoc and man-db (with groff-base)"):
        return finish()
    if not check(os.path.isfile(page) and os.path.getsize(page) > 0, f"the man page exists: {page}"):
        return finish()
    with open(page, encoding="utf-8") as f:
        roff = f.read()

    # Made from the current docs/cli.md: regenerated, it is the same page.
    th = re.match(r'\.TH "[^"]*" "[^"]*" "[^"]*"(?: "escalate ([^"]*)")?', th_line(roff))
    version = th.group(1) if th and th.group(1) else ""
    fresh, problem = regenerate(source_dir, version, tools["scdoc"])
    check(fresh is not None, "docs/cli.md converts, and scdoc takes it without a word", problem)
    if fresh is not None:
        same = without_date(fresh) == without_date(roff)
        diff = ""
        if not same:
            diff = "".join(list(difflib.unified_diff(without_date(roff).splitlines(True),
                                                     without_date(fresh).splitlines(True),
                                                     "built page", "from docs/cli.md now"))[:60])
        check(same, "the man page is what docs/cli.md gives now (rebuild the target manpage)", diff)
    printed = run([binary, "--version"]).stdout.decode().split()
    check(printed and version == printed[-1],
          f"the page shows the program's version ({' '.join(printed)})", f"page: {th_line(roff)}")

    # groff has nothing to say about it.
    for width in (80, 50):
        result, _ = render(page, width, "--warnings")
        check(result.returncode == 0 and not result.stderr,
              f"man --warnings -l, MANWIDTH={width}: no warnings",
              f"exit {result.returncode}\n{result.stderr.decode(errors='replace')}")

    result, text = render(page, 200, "--no-hyphenation", "--no-justification")
    if not check(result.returncode == 0 and text.strip(), "man renders the page",
                 result.stderr.decode(errors="replace")):
        return finish()
    flat = " ".join(text.split())
    parts = sections(text)
    names = list(parts)

    exit_section, codes = cli_md_exit_codes(cli_md)
    wanted = [("NAME",), ("SYNOPSIS",), ("DESCRIPTION", "COMMANDS"),
              ("EXIT STATUS", (exit_section or "EXIT STATUS").upper()),
              ("ENVIRONMENT",), ("FILES",), ("SEE ALSO",)]
    for alternatives in wanted:
        check(any(name in parts for name in alternatives),
              f"section {' or '.join(dict.fromkeys(alternatives))}", f"sections: {names}")
    examples = re.findall(r"^\s+\$ escalate ", text, re.M)
    check("EXAMPLES" in parts or len(examples) >= 5,
          f"examples: an EXAMPLES section or example commands ({len(examples)})", f"sections: {names}")
    check(re.search(r"escalate\s+-\s+where to turn next", parts.get("NAME", "")),
          "NAME: escalate - what it is", parts.get("NAME", ""))

    # Every command and option the program lists.
    top = help_text(binary, None)
    top_help = top.stdout.decode(errors="replace")
    commands = commands_in(top_help)
    check(top.returncode == 0 and len(commands) >= 5, f"--help lists the commands ({len(commands)})",
          top_help)
    synopsis = " ".join(parts.get("SYNOPSIS", "").split())
    options = {name: ["escalate --help"] for name in options_in(top_help)}
    for command in commands:
        check(mentions(synopsis, f"escalate {command}"), f"SYNOPSIS: escalate {command}", synopsis)
        result = help_text(binary, command)
        listed = options_in(result.stdout.decode(errors="replace"))
        check(result.returncode == 0 and "--help" in listed, f"escalate {command} --help lists its options",
              result.stdout.decode(errors="replace") + result.stderr.decode(errors="replace"))
        for name in listed:
            options.setdefault(name, []).append(f"escalate {command} --help")
    check(len(options) >= 10, f"options found in --help: {len(options)}", " ".join(options))
    for name, where in sorted(options.items()):
        more = " …" if len(where) > 1 else ""
        check(mentions(flat, name), f"option {name} ({where[0]}{more}) is in the page")

    # Every exit code.
    check(len(codes) >= 4 and "0" in codes, f"docs/cli.md has an exit code table ({', '.join(codes)})",
          "no '## Exit ...' section with a table")
    status = parts.get("EXIT STATUS", parts.get((exit_section or "").upper(), ""))
    terms = [line.strip() for line in status.split("\n")]
    for code in codes:
        check(code in terms, f"exit status {code} is in the page", status[:2000])

    # Every environment variable.
    variables = {"LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "COLUMNS", "TERM"}
    for root, _, files in os.walk(os.path.join(source_dir, "src")):
        for file in files:
            if file.endswith((".cpp", ".hpp")):
                with open(os.path.join(root, file), encoding="utf-8", errors="replace") as f:
                    variables |= set(re.findall(r'getenv\("([A-Za-z_][A-Za-z0-9_]*)"\)', f.read()))
    environment = " ".join(parts.get("ENVIRONMENT", "").split())
    for variable in sorted(variables):
        check(mentions(environment, variable), f"ENVIRONMENT: {variable}", environment[:2000])

    return finish()


if __name__ == "__main__":
    sys.exit(main())

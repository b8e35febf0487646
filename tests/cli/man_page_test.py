#!/usr/bin/env python3
"""The man page escalate(1), and its translations, against the program and
against their Markdown sources.

The pages are made at build time (docs/man/cli_to_scdoc.py, then scdoc; see
cmake/manpage.cmake): escalate(1) from docs/cli.md, the Brazilian Portuguese
one from docs/cli.pt-BR.md, the German one from docs/cli.de.md. This test
checks that each page given:
- has the sections a man page needs, under the names of its language (NAME,
  SYNOPSIS, DESCRIPTION, EXIT STATUS, SEE ALSO; NOME, SINOPSE, DESCRIÇÃO,
  STATUS DE SAÍDA, VEJA TAMBÉM; NAME, ÜBERSICHT, BESCHREIBUNG, EXIT-STATUS,
  SIEHE AUCH), one for every "## " heading of its source (ENVIRONMENT and
  FILES among them), the manual's name of its language in the title line,
  and examples (an EXAMPLES section, or example commands in the text);
- names every command `BINARY --help` lists, and every option (short and long
  name) that `BINARY --help` and `BINARY COMMAND --help` list;
- names every exit code of its source's exit code table in its EXIT STATUS;
- names LANG, LC_ALL, LC_MESSAGES, NO_COLOR and every variable the sources
  read with getenv("...") in its ENVIRONMENT;
- formats without a warning from groff (`man --warnings`, 80 and 50 columns);
- is exactly what the converter and scdoc make of its current source (apart
  from the date in its title line), so a page left stale fails;
- shows the version the program prints.

And, from the sources alone, that each translation has not drifted from
docs/cli.md: the same fenced code blocks (byte for byte, in order), the same
headings (count, levels, and `code` spans), the same tables (columns and
rows), and the same first-column cells where those are code or numbers (the
commands, options, exit codes, keys).

--help is asked for with --lang en, so that the option list is the English
one whatever the locale (the options are the same words in every language); a
build whose --help does not take --lang yet (exit status not 0) is asked
without it, in LANG=C.UTF-8.

Needs scdoc and man (man-db, with groff); without them the checks of the pages
are skipped (exit 77), and fail under CI. Usage:
  python3 man_page_test.py BINARY SOURCE_DIR MANPAGE [--page LANG=PATH ...] [-k NAME] [--list]
MANPAGE is the English page; --page pt-BR=PATH and --page de=PATH add the
translated ones (a translation whose page is not given is only checked for
drift from docs/cli.md).
"""

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

import harness
from harness import check, test

ENV = harness.clean_env(HOME=tempfile.gettempdir())

# What each page must show, written here rather than taken from the converter,
# so that a converter that gets them wrong fails: the source, the names of the
# sections the converter makes, the start of the NAME line's description, and
# the manual's name in the title line (groff's default for English).
LANGUAGES = {
    "en": {"source": "docs/cli.md", "NAME": "NAME", "SYNOPSIS": "SYNOPSIS", "DESCRIPTION": "DESCRIPTION",
           "EXIT STATUS": "EXIT STATUS", "SEE ALSO": "SEE ALSO",
           "name": "where to turn next when a company", "manual": "General Commands Manual"},
    "pt-BR": {"source": "docs/cli.pt-BR.md", "NAME": "NOME", "SYNOPSIS": "SINOPSE",
              "DESCRIPTION": "DESCRIÇÃO", "EXIT STATUS": "STATUS DE SAÍDA", "SEE ALSO": "VEJA TAMBÉM",
              "name": "a quem recorrer quando uma empresa", "manual": "Manual de Comandos Gerais"},
    "de": {"source": "docs/cli.de.md", "NAME": "NAME", "SYNOPSIS": "ÜBERSICHT",
           "DESCRIPTION": "BESCHREIBUNG", "EXIT STATUS": "EXIT-STATUS", "SEE ALSO": "SIEHE AUCH",
           "name": "an wen Sie sich als Nächstes wenden", "manual": "Handbuch für allgemeine Befehle"},
}
# Sections of docs/cli.md a man page needs; a translation's are found by position.
NEEDED_SECTIONS = ["ENVIRONMENT", "FILES"]


def run(args, env=None, **kwargs):
    """Runs a tool (man, scdoc, the converter)."""
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


def help_text(command):
    """`BINARY [COMMAND] --help --lang en`, or without --lang where it is refused."""
    args = ([command] if command else []) + ["--help"]
    result = harness.run(args + ["--lang", "en"], env=ENV, timeout=120)
    if result.returncode != 0:
        result = harness.run(args, env=ENV, timeout=120)
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


# The Markdown sources ----------------------------------------------------------


def table_cells(row):
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row.strip().strip("|"))]


def markdown_blocks(text):
    """The headings, tables and fenced code blocks of a Markdown document, in
    order, as (kind, line, data): ("heading", line, (level, title)), ("table",
    line, [cells of each row, the separator row included]), ("code", line,
    (info string, [lines])). A "#" line inside a code block is code."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            end = i + 1
            while end < len(lines) and not lines[end].startswith("```"):
                end += 1
            yield "code", i + 1, (line[3:].strip(), tuple(lines[i + 1:end]))
            i = end + 1
        elif m := re.match(r"(#{1,6}) (.*)", line):
            yield "heading", i + 1, (len(m.group(1)), m.group(2).strip())
            i += 1
        elif line.startswith("|"):
            end = i
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            yield "table", i + 1, [table_cells(row) for row in lines[i:end]]
            i = end
        else:
            i += 1


def read_source(source_dir, lang):
    path = os.path.join(source_dir, LANGUAGES[lang]["source"])
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        return list(markdown_blocks(f.read()))


def is_exit_code_table(rows):
    first = [cells[0] for cells in rows[2:]]
    return len(first) >= 2 and "0" in first and all(re.fullmatch(r"[0-9]+", cell) for cell in first)


def level2_headings(blocks):
    """The "## " headings: (line, title), in order."""
    return [(line, data[1]) for kind, line, data in blocks if kind == "heading" and data[0] == 2]


def exit_codes(blocks):
    """The line of the "## " heading above the exit code table, and its codes."""
    heading = None
    for kind, line, data in blocks:
        if kind == "heading" and data[0] == 2:
            heading = line
        elif kind == "table" and is_exit_code_table(data) and heading:
            return heading, [cells[0] for cells in data[2:]]
    return None, []


def man_section_names(blocks, lang):
    """The man section each "## " heading becomes: its text in capitals, the
    exit code section the name of the language's convention."""
    exit_heading, _ = exit_codes(blocks)
    names = []
    for line, title in level2_headings(blocks):
        if line == exit_heading:
            names.append(LANGUAGES[lang]["EXIT STATUS"])
        else:
            names.append(re.sub(r"\\(.)", r"\1", re.sub(r"[`*]", "", title)).upper())
    return names


def code_spans(text):
    return re.findall(r"`([^`]*)`", text)


def drift(path, reference, translation, describe):
    """What differs between two lists of items, as the lines of a report: each
    item is (line, key), compared on key; describe(key) says what the item is."""
    problems = []
    matcher = difflib.SequenceMatcher(None, [key for _, key in reference], [key for _, key in translation],
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            ours = reference[i1 + k] if i1 + k < i2 else None
            theirs = translation[j1 + k] if j1 + k < j2 else None
            if ours and theirs:
                problems.append(f"{path} line {theirs[0]}: {describe(theirs[1])}\n"
                                f"  but docs/cli.md line {ours[0]}: {describe(ours[1])}")
            elif ours:
                problems.append(f"{path}: lacks docs/cli.md line {ours[0]}: {describe(ours[1])}")
            else:
                problems.append(f"{path} line {theirs[0]}: {describe(theirs[1])}, which docs/cli.md lacks")
    return problems


def describe_code(key):
    info, lines = key
    first = lines[0] if lines else ""
    return f"the ```{info} block of {len(lines)} lines starting {first[:70]!r}"


def code_block_drift(path, reference, translation):
    """The fenced code blocks that differ, each named by number and line, with a diff."""
    ours = [(line, data) for kind, line, data in reference if kind == "code"]
    theirs = [(line, data) for kind, line, data in translation if kind == "code"]
    problems = []
    if len(ours) == len(theirs):  # block by block, each with its diff
        for k, ((line_a, a), (line_b, b)) in enumerate(zip(ours, theirs)):
            if a != b:
                diff = difflib.unified_diff([f"```{a[0]}", *a[1]], [f"```{b[0]}", *b[1]],
                                            f"docs/cli.md line {line_a}", f"{path} line {line_b}",
                                            lineterm="")
                problems.append(f"{path}: code block {k + 1} (line {line_b}) is not docs/cli.md's code block "
                                f"{k + 1} (line {line_a}):\n" + "\n".join(list(diff)[:20]))
        return problems
    return [f"{path} has {len(theirs)} code blocks, docs/cli.md {len(ours)}:"] + drift(
        path, ours, theirs, describe_code)


def parity(source_dir, reference, lang):
    """A translation against docs/cli.md: code blocks, headings, tables."""
    path = LANGUAGES[lang]["source"]
    translation = read_source(source_dir, lang)
    if not check(translation is not None, f"{path} exists"):
        return
    problems = code_block_drift(path, reference, translation)
    count = sum(1 for kind, _, _ in translation if kind == "code")
    check(not problems, f"{path}: its {count} fenced code blocks are docs/cli.md's, in order",
          "\n".join(problems))

    def headings(blocks):
        return [(line, (data[0], tuple(code_spans(data[1]))))
                for kind, line, data in blocks if kind == "heading"]

    def describe_heading(key):
        level, spans = key
        return f"a level-{level} heading ({'#' * level}) with the code spans {list(spans)}"

    ours, theirs = headings(reference), headings(translation)
    problems = drift(path, ours, theirs, describe_heading)
    check(not problems, f"{path}: {len(theirs)} headings, at docs/cli.md's levels with its `code` spans",
          "\n".join(problems))

    def shapes(blocks):
        return [(line, (len(data[0]), len(data) - 2)) for kind, line, data in blocks if kind == "table"]

    def describe_table(key):
        return f"a table of {key[0]} columns and {key[1]} rows"

    ours, theirs = shapes(reference), shapes(translation)
    problems = drift(path, ours, theirs, describe_table)
    check(not problems, f"{path}: {len(theirs)} tables, of docs/cli.md's columns and rows",
          "\n".join(problems))

    # The first column's code and numbers (commands, options, exit codes, keys)
    # are not translated: the SYNOPSIS and EXIT STATUS are made from them.
    def first_cells(blocks):
        cells = []
        for kind, line, data in blocks:
            if kind == "table":
                cells += [(line + 2 + k, row[0]) for k, row in enumerate(data[2:])
                          if re.fullmatch(r"(`[^`]+`(,\s*)?)+|[0-9]+", row[0])]
        return cells

    ours, theirs = first_cells(reference), first_cells(translation)
    problems = drift(path, ours, theirs, lambda cell: f"the first-column cell {cell!r}")
    check(not problems, f"{path}: the {len(theirs)} first-column cells of code or numbers are docs/cli.md's",
          "\n".join(problems))


# The pages -----------------------------------------------------------------------


def th_line(roff):
    m = re.search(r'^\.TH .*$', roff, re.M)
    return m.group(0) if m else ""


def without_date(roff):
    """The page with the date of its title line (.TH NAME SECTION "DATE" ...) left out."""
    return re.sub(r'^(\.TH "[^"]*" "[^"]*") "[^"]*"', r'\1 "DATE"', roff, count=1, flags=re.M)


def regenerate(source_dir, lang, version, scdoc):
    """What the converter and scdoc make of the language's current source, and any problem."""
    converter = os.path.join(source_dir, "docs", "man", "cli_to_scdoc.py")
    source = os.path.join(source_dir, LANGUAGES[lang]["source"])
    with tempfile.TemporaryDirectory() as tmp:
        scd = os.path.join(tmp, "escalate.1.scd")
        args = [sys.executable, converter, source, scd, "--lang", lang]
        args += ["--version", version] if version else []
        converted = run(args)
        if converted.returncode != 0:
            return None, f"cli_to_scdoc.py exit {converted.returncode}\n{converted.stderr.decode()}"
        epoch = os.environ.get("SOURCE_DATE_EPOCH") or str(int(os.stat(source).st_mtime))
        with open(scd, "rb") as f:
            made = run([scdoc], env=dict(ENV, SOURCE_DATE_EPOCH=epoch), stdin=f)
        if made.returncode != 0 or made.stderr:
            return None, f"scdoc exit {made.returncode}\n{made.stderr.decode()}"
        return made.stdout.decode(), ""


def check_page(lang, page, program, source_dir, reference, tools):
    """Every check of one page; `program` is what the program's --help lists."""
    frame = LANGUAGES[lang]
    source = frame["source"]
    tag = "" if lang == "en" else f"[{lang}] "
    blocks = read_source(source_dir, lang)
    if not check(blocks is not None, f"{tag}the source exists: {source}"):
        return
    if not check(os.path.isfile(page) and os.path.getsize(page) > 0, f"{tag}the man page exists: {page}"):
        return
    with open(page, encoding="utf-8") as f:
        roff = f.read()

    # Made from the current source: regenerated, it is the same page.
    th = re.match(r'\.TH "[^"]*" "[^"]*" "[^"]*"(?: "escalate ([^"]*)")?', th_line(roff))
    version = th.group(1) if th and th.group(1) else ""
    fresh, problem = regenerate(source_dir, lang, version, tools["scdoc"])
    check(fresh is not None, f"{tag}{source} converts, and scdoc takes it without a word", problem)
    if fresh is not None:
        same = without_date(fresh) == without_date(roff)
        diff = ""
        if not same:
            diff = "".join(list(difflib.unified_diff(without_date(roff).splitlines(True),
                                                     without_date(fresh).splitlines(True),
                                                     "built page", f"from {source} now"))[:60])
        check(same, f"{tag}the man page is what {source} gives now (rebuild the target manpage)", diff)
    check(program["version"] and version == program["version"][-1],
          f"{tag}the page shows the program's version ({' '.join(program['version'])})",
          f"page: {th_line(roff)}")

    # groff has nothing to say about it.
    for width in (80, 50):
        result, _ = render(page, width, "--warnings")
        check(result.returncode == 0 and not result.stderr,
              f"{tag}man --warnings -l, MANWIDTH={width}: no warnings",
              f"exit {result.returncode}\n{result.stderr.decode(errors='replace')}")

    result, text = render(page, 200, "--no-hyphenation", "--no-justification")
    if not check(result.returncode == 0 and text.strip(), f"{tag}man renders the page",
                 result.stderr.decode(errors="replace")):
        return
    flat = " ".join(text.split())
    parts = sections(text)
    names = list(parts)

    # The sections, under the language's names.
    header = next((line for line in text.split("\n") if line.strip()), "")
    check(frame["manual"] in header, f"{tag}title line: {frame['manual']}", header)
    own = man_section_names(blocks, lang)
    needed = {}  # ENVIRONMENT, FILES -> the name of the section at their place in this source
    english = man_section_names(reference, "en")
    for name in NEEDED_SECTIONS:
        if name in english and len(own) == len(english):
            needed[name] = own[english.index(name)]
    wanted = [frame[key] for key in ("NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS")]
    wanted += [needed.get(name, name) for name in NEEDED_SECTIONS] + [frame["SEE ALSO"]]
    wanted += [name for name in own if name not in wanted]
    for name in wanted:
        check(name in parts, f"{tag}section {name}", f"sections: {names}")
    check(frame["EXIT STATUS"] in own, f"{tag}{source} has an exit code section, made {frame['EXIT STATUS']}",
          f"sections from {source}: {own}")
    examples = re.findall(r"^\s+\$ escalate ", text, re.M)
    check("EXAMPLES" in parts or len(examples) >= 5,
          f"{tag}examples: an EXAMPLES section or example commands ({len(examples)})", f"sections: {names}")
    description = r"\s+".join(map(re.escape, frame["name"].split()))
    check(re.search(r"escalate\s+-\s+" + description, parts.get(frame["NAME"], "")),
          f"{tag}{frame['NAME']}: escalate - {frame['name']} …", parts.get(frame["NAME"], ""))

    # Every command and option the program lists.
    synopsis = " ".join(parts.get(frame["SYNOPSIS"], "").split())
    for command in program["commands"]:
        check(mentions(synopsis, f"escalate {command}"), f"{tag}{frame['SYNOPSIS']}: escalate {command}",
              synopsis)
    for name, where in sorted(program["options"].items()):
        more = " …" if len(where) > 1 else ""
        check(mentions(flat, name), f"{tag}option {name} ({where[0]}{more}) is in the page")

    # Every exit code.
    _, codes = exit_codes(blocks)
    check(len(codes) >= 4 and "0" in codes, f"{tag}{source} has an exit code table ({', '.join(codes)})",
          "no '## ' section with a table of exit codes (a first column of 0 and other numbers)")
    status = parts.get(frame["EXIT STATUS"], "")
    terms = [line.strip() for line in status.split("\n")]
    for code in codes:
        check(code in terms, f"{tag}{frame['EXIT STATUS']}: exit status {code}", status[:2000])

    # Every environment variable.
    name = needed.get("ENVIRONMENT", "ENVIRONMENT")
    environment = " ".join(parts.get(name, "").split())
    for variable in sorted(program["variables"]):
        check(mentions(environment, variable), f"{tag}{name}: {variable}", environment[:2000])


def program_facts(source_dir):
    """What the program lists: its version, commands and options (--help, in
    English), and the environment variables it reads."""
    printed = harness.run(["--version"], env=ENV).stdout.decode().split()
    top = help_text(None)
    top_help = top.stdout.decode(errors="replace")
    commands = commands_in(top_help)
    check(top.returncode == 0 and len(commands) >= 5, f"--help lists the commands ({len(commands)})",
          top_help)
    options = {name: ["escalate --help"] for name in options_in(top_help)}
    for command in commands:
        result = help_text(command)
        listed = options_in(result.stdout.decode(errors="replace"))
        check(result.returncode == 0 and "--help" in listed, f"escalate {command} --help lists its options",
              result.stdout.decode(errors="replace") + result.stderr.decode(errors="replace"))
        for name in listed:
            options.setdefault(name, []).append(f"escalate {command} --help")
    check(len(options) >= 10, f"options found in --help: {len(options)}", " ".join(options))
    variables = {"LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "COLUMNS", "TERM"}
    for root, _, files in os.walk(os.path.join(source_dir, "src")):
        for file in files:
            if file.endswith((".cpp", ".hpp")):
                with open(os.path.join(root, file), encoding="utf-8", errors="replace") as f:
                    variables |= set(re.findall(r'getenv\("([A-Za-z_][A-Za-z0-9_]*)"\)', f.read()))
    return {"version": printed, "commands": commands, "options": options, "variables": variables}


def add_arguments(parser):
    translated = ", ".join(k for k in LANGUAGES if k != "en")
    parser.add_argument("--page", action="append", default=[], metavar="LANG=PATH",
                        help=f"a translated page ({translated}); repeatable")


def pages():
    """Language -> the page given on the command line: MANPAGE, then each --page."""
    translated = ", ".join(k for k in LANGUAGES if k != "en")
    if len(harness.ARGS.extra) != 1:
        raise AssertionError("expected one MANPAGE, the English page, after SOURCE_DIR")
    given = {"en": harness.ARGS.extra[0]}
    for item in harness.ARGS.page:
        lang, _, path = item.partition("=")
        if lang not in LANGUAGES or lang == "en" or not path:
            raise AssertionError(f"--page {item!r}: expected LANG=PATH, LANG one of {translated}")
        if lang in given:
            raise AssertionError(f"--page {lang} given twice")
        given[lang] = path
    return given


@test
def translations_match_cli_md():
    """The translations against docs/cli.md, whether or not their pages are given."""
    reference = read_source(harness.ROOT, "en")
    if not check(reference is not None, "docs/cli.md exists"):
        return
    for lang in LANGUAGES:
        if lang != "en":
            parity(harness.ROOT, reference, lang)


@test
def man_pages():
    """Each page given: its sections, commands, options, exit codes, variables; groff-clean; not stale."""
    given = pages()
    harness.need_tools("man", "scdoc")
    tools = {tool: shutil.which(tool, path=ENV["PATH"]) for tool in ("man", "scdoc")}
    reference = read_source(harness.ROOT, "en")
    if not check(reference is not None, "docs/cli.md exists"):
        return
    program = program_facts(harness.ROOT)
    for lang in LANGUAGES:
        if lang in given:
            check_page(lang, given[lang], program, harness.ROOT, reference, tools)
        else:
            harness.note(f"no --page {lang}=PATH given: the {lang} page is not checked")


if __name__ == "__main__":
    sys.exit(harness.main(add_arguments=add_arguments))

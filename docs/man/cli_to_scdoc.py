#!/usr/bin/env python3
"""Turns docs/cli.md into the scdoc source of the man page escalate(1), and
its translations (docs/cli.pt-BR.md, docs/cli.de.md) into the localized pages.

Usage: cli_to_scdoc.py CLI_MD OUT_SCD [--version X.Y.Z] [--lang en|pt-BR|de]
Then:  scdoc < OUT_SCD > escalate.1

docs/cli.md (or its translation, given with --lang, default en) is the one
source: this script owns only the frame of the page (the title line, NAME,
SYNOPSIS, the names DESCRIPTION and SEE ALSO and the text of SEE ALSO), written
in the language of --lang (LANGUAGES below); everything else is the Markdown,
converted block by block:

- the "# ..." title is dropped; the text before the first "## " becomes
  DESCRIPTION; "## X" becomes the section "X" in capitals, except the section
  of the exit code table (a table whose first column is 0 and other numbers),
  which gets the name man pages use in that language (EXIT STATUS, STATUS DE
  SAÍDA, EXIT-STATUS); "### X" a subsection;
- paragraphs and "- " lists stay paragraphs and lists; `code` and **bold**
  become bold, *emphasis* underlined; [text](target) becomes the text, with
  the address when it is a URL, and docs/FILE for a link to another document;
- a table becomes a list of definitions, easier to read on a terminal than
  columns: the first column is the term, the widest other column the indented
  text, and the remaining columns "header: value" labels;
- a fenced block becomes a literal block. Its lines are fitted to the width a
  literal block has on an 80-column terminal (it starts in column 11): a
  command is broken between words with " \\" continuations (so that it still
  runs when pasted), a long JSON document in a ```json block is laid out over
  several lines, what does not fit of a line of text the program wrapped
  itself goes to the start of the next line, and any other long line is
  folded (at most three rows, the rest cut with "…");
- HTML comments are dropped.

The SYNOPSIS lists the first column of the commands table: the table of the
first "## " section whose first column holds only `escalate ...` commands
("## Commands", "## Comandos", "## Befehle"). Anything the script does not
know how to convert is an error (exit 1) naming the line of the Markdown,
never silently dropped.
"""

import argparse
import json
import re
import sys

# The frame of the page in each language: the manual's name in the title line
# (None: groff's own, "General Commands Manual"), the NAME line, the names of
# the sections the script makes and of the exit code section (those man pages
# use in the language), the FILES section SEE ALSO refers to (as the Markdown
# names it), and the text of SEE ALSO (scdoc source; {files} is that name).
LANGUAGES = {
    "en": {
        "manual": None,
        "name": "where to turn next when a company does not solve your problem",
        "NAME": "NAME", "SYNOPSIS": "SYNOPSIS", "DESCRIPTION": "DESCRIPTION", "SEE ALSO": "SEE ALSO",
        "EXIT STATUS": "EXIT STATUS",
        "FILES": "FILES",
        "see_also": ["*dot*(1), which draws the output of *escalate graph*.",
                     "The documents in *docs/* of escalate's source, named in {files} above."],
    },
    "pt-BR": {
        "manual": "Manual de Comandos Gerais",
        "name": "a quem recorrer quando uma empresa não resolve o seu problema",
        "NAME": "NOME", "SYNOPSIS": "SINOPSE", "DESCRIPTION": "DESCRIÇÃO", "SEE ALSO": "VEJA TAMBÉM",
        "EXIT STATUS": "STATUS DE SAÍDA",
        "FILES": "ARQUIVOS",
        "see_also": ["*dot*(1), que desenha a saída de *escalate graph*.",
                     "Os documentos em *docs/* do código-fonte do escalate, citados em {files} acima."],
    },
    "de": {
        "manual": "Handbuch für allgemeine Befehle",  # groff's own German name (de.tmac)
        "name": "an wen Sie sich als Nächstes wenden, wenn ein Unternehmen Ihr Problem nicht löst",
        "NAME": "NAME", "SYNOPSIS": "ÜBERSICHT", "DESCRIPTION": "BESCHREIBUNG", "SEE ALSO": "SIEHE AUCH",
        "EXIT STATUS": "EXIT-STATUS",
        "FILES": "DATEIEN",
        "see_also": ["*dot*(1), das die Ausgabe von *escalate graph* zeichnet.",
                     "Die Dokumente in *docs/* der Quellen von escalate, genannt unter {files} oben."],
    },
}
SOURCE_WIDTH = 80  # scdoc's convention for the width of its source
LITERAL_WIDTH = 69  # MANWIDTH=80: a literal block starts in column 11 of 80
MAX_ROWS = 3  # rows a folded output line may take before it is cut


class ConvertError(Exception):
    pass


# Inline Markdown -> scdoc ---------------------------------------------------


def escape(text):
    """Plain text for scdoc: its formatting characters made literal."""
    return re.sub(r"([\\*_])", r"\\\1", text)


def link_text(text, target, line):
    shown = inline(text, line, in_bold=False)
    if re.match(r"[a-z]+://", target):
        return f"{shown} ({escape(target)})"
    path = target.split("#", 1)[0]
    if not path:  # a link inside cli.md: its text says where
        return shown
    if not re.fullmatch(r"[A-Za-z0-9_.\-/]+\.md", path):
        raise ConvertError(f"line {line}: a link to {target!r}: only URLs and documents (.md) are known")
    document = "docs/" + path
    if text.strip("`") == path:
        return escape(document)
    return f"{shown} ({escape(document)})"


def inline(text, line, in_bold=False):
    """Markdown text of one paragraph (its lines joined) -> scdoc text."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in "\\`*_{}[]()#+-.!|<>\"'":
            out.append(escape(text[i + 1]))
            i += 2
        elif c == "`":
            ticks = len(text[i:]) - len(text[i:].lstrip("`"))
            end = text.find("`" * ticks, i + ticks)
            if end < 0:
                raise ConvertError(f"line {line}: a code span that does not end: {text[i:i + 40]!r}")
            code = text[i + ticks:end]
            if ticks > 1:
                code = code.strip()
            out.append(escape(code) if in_bold else f"*{escape(code)}*")
            i = end + ticks
        elif text.startswith("**", i):
            end = text.find("**", i + 2)
            if end < 0:
                raise ConvertError(f"line {line}: bold text that does not end: {text[i:i + 40]!r}")
            inner = inline(text[i + 2:end], line, in_bold=True)
            out.append(inner if in_bold else f"*{inner}*")
            i = end + 2
        elif c == "*" and i + 1 < n and not text[i + 1].isspace():
            end = text.find("*", i + 1)
            if end < 0:
                raise ConvertError(f"line {line}: emphasis that does not end: {text[i:i + 40]!r}")
            inner = inline(text[i + 1:end], line, in_bold=in_bold)
            out.append(f"_{inner}_")
            i = end + 1
        elif c == "[":
            m = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)").match(text, i)
            if m:
                out.append(link_text(m.group(1), m.group(2), line))
                i = m.end()
            else:
                out.append("[")
                i += 1
        else:
            out.append(escape(c))
            i += 1
    return "".join(out)


# Line starts that scdoc reads as syntax (a list, a table, a header, a comment,
# a literal block) are escaped; a line must not start with "." at all, since
# scdoc drops it or passes it to roff as a request, so such a word stays on the
# line before.
LINE_START = re.compile(r"[-#;|:\[\]`]")


def wrap(text, width, prefix=""):
    """scdoc lines of one paragraph's text, each safe to start a line."""
    words = text.split()
    lines = []
    current = ""
    for word in words:
        if not current:
            current = word
        elif len(prefix) + len(current) + 1 + len(word) <= width or word.startswith("."):
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    result = []
    for line in lines:
        if line.startswith("."):
            raise ConvertError(f"a paragraph starts with '.': {line[:40]!r}")
        if LINE_START.match(line):
            line = "\\" + line
        if line.endswith("++"):
            line = line[:-1] + "\\+"
        result.append(prefix + line)
    return result


# Literal blocks ----------------------------------------------------------------


def literal(line):
    """A line of a literal block: only the backslash is special there."""
    return line.replace("\\", "\\\\")


def shell_words(command):
    """The words of a shell command, each as written (quotes kept)."""
    words, word, quote = [], "", None
    for c in command:
        if quote:
            word += c
            if c == quote:
                quote = None
        elif c in "'\"":
            word += c
            quote = c
        elif c.isspace():
            if word:
                words.append(word)
            word = ""
        else:
            word += c
    if word:
        words.append(word)
    return words


def fit_command(command, first_prefix, indent):
    """A command broken between words into lines of LITERAL_WIDTH, joined by " \\"."""
    if len(first_prefix) + len(command) <= LITERAL_WIDTH:
        return [first_prefix + command]
    lines, current, empty = [], first_prefix, True
    for word in shell_words(command):
        if empty:
            current += word
        elif len(current) + 1 + len(word) + 2 > LITERAL_WIDTH:
            lines.append(current + " \\")
            # a long word (a JSON argument) may stand less indented, to fit
            current = (indent if len(indent) + len(word) + 2 <= LITERAL_WIDTH else indent[:2]) + word
        else:
            current += " " + word
        empty = False
    lines.append(current)
    return lines


def fold(line, more=2):
    """An output line folded to LITERAL_WIDTH: at most MAX_ROWS rows, then "…";
    the rows after the first indented `more` columns more than the line."""
    if len(line) <= LITERAL_WIDTH:
        return [line]
    indent = " " * (len(line) - len(line.lstrip(" ")) + more)
    rows, rest, prefix = [], line, ""
    while len(prefix) + len(rest) > LITERAL_WIDTH:
        last = len(rows) == MAX_ROWS - 1
        room = LITERAL_WIDTH - len(prefix) - (1 if last else 0)
        lead = len(rest) - len(rest.lstrip(" "))
        space = rest.rfind(" ", lead + 1, room + 1)  # break there, the space dropped
        comma = rest.rfind(",", lead + 1, room)  # break after it, the comma kept
        cut = max(space, comma + 1 if comma >= 0 else -1)
        if cut <= lead:
            cut = room  # one word longer than the row: cut inside it
        head, rest = rest[:cut].rstrip(" "), rest[cut:].lstrip(" ")
        if last:
            rows.append(prefix + head + "…")
            return rows
        rows.append(prefix + head)
        prefix = indent
    rows.append(prefix + rest)
    return rows


def continues(line, following):
    """Whether `following` goes on with the text of `line` (an output line too
    long for the page), both prose rather than code or JSON: indented two
    more, as the program wraps an item, or indented the same after a line
    that ends in mid-sentence, and not starting an item of its own ("label:")."""
    lead = len(line) - len(line.lstrip(" "))
    next_lead = len(following) - len(following.lstrip(" "))
    if not following.strip() or following.startswith(("$ ", "[exit ")):
        return False
    if re.search(r'["\[\]{}<>|]', line + following) or line.rfind(" ", lead + 1, LITERAL_WIDTH + 1) < 0:
        return False
    if next_lead == lead + 2:
        return True
    first_word = following.split()[0]
    return (next_lead == lead > 0 and not re.search(r"[.?!:]$", line) and first_word[0].isalnum()
            and not first_word.endswith(":"))


def json_layout(value, indent=0, column=0):
    """A JSON value over lines: the first to stand at `column`, the others
    indented by `indent`; each part on one line when it fits."""
    flat = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if column + len(flat) + 1 <= LITERAL_WIDTH or not isinstance(value, (dict, list)) or not value:
        return [flat]
    inner = " " * (indent + 2)
    if isinstance(value, dict):
        opening, closing = "{", "}"
        entries = [(json.dumps(key, ensure_ascii=False) + ": ", item) for key, item in value.items()]
    else:
        opening, closing = "[", "]"
        entries = [("", item) for item in value]
    lines = [opening]
    for k, (head, item) in enumerate(entries):
        parts = json_layout(item, indent + 2, indent + 2 + len(head))
        parts[0] = inner + head + parts[0]
        if k + 1 < len(entries):
            parts[-1] += ","
        lines += parts
    lines.append(" " * indent + closing)
    return lines


def code_block(language, lines, start):
    """A fenced block -> the lines of a scdoc literal block (without the fences)."""
    out = []
    if language == "sh":
        logical, pending = [], ""
        for line in lines:
            if line.endswith("\\"):
                pending += line[:-1].rstrip() + " "
            else:
                logical.append(pending + line.strip() if pending else line)
                pending = ""
        if pending:
            raise ConvertError(f"line {start}: a ```sh block ends in a continuation")
        for line in logical:
            if len(line) <= LITERAL_WIDTH:
                out.append(line)
                continue
            m = re.match(r"(.*?)\s+(#\s.*)$", line)
            if m and "'" not in m.group(1) and '"' not in m.group(1):
                out.append(m.group(2))
                line = m.group(1)
            out += fit_command(line.strip(), "", "  ")
    elif language == "json":
        for line in lines:
            if len(line) <= LITERAL_WIDTH:
                out.append(line)
                continue
            try:
                out += json_layout(json.loads(line))
            except ValueError:
                out += fold(line)
    else:  # console, text, or none: "$ " starts a command, the rest is its output
        lines = list(lines)
        carried = set()  # lines that go on with the one before: folded without a further indent
        for k, line in enumerate(lines):
            if line.startswith("$ "):
                out += fit_command(line[2:], "$ ", "    ")
            elif len(line) > LITERAL_WIDTH and k + 1 < len(lines) and continues(line, lines[k + 1]):
                # A wrapped text: what does not fit goes to the start of the next line.
                lead = len(line) - len(line.lstrip(" "))
                cut = line.rfind(" ", lead + 1, LITERAL_WIDTH + 1)
                following = lines[k + 1]
                lines[k + 1] = (following[:len(following) - len(following.lstrip(" "))]
                                + line[cut + 1:].strip() + " " + following.lstrip(" "))
                out.append(line[:cut].rstrip(" "))
                carried.add(k + 1)
            else:
                out += fold(line, 0 if k in carried else 2)
    for line in out:
        if "```" in line:
            raise ConvertError(f"line {start}: ``` inside a code block")
    return [literal(line) for line in out]


# Tables ----------------------------------------------------------------------------


def table_cells(row):
    row = row.strip()
    if not (row.startswith("|") and row.endswith("|")):
        raise ConvertError(f"a table row that does not start and end with '|': {row[:40]!r}")
    cells = re.split(r"(?<!\\)\|", row[1:-1])
    return [cell.strip().replace("\\|", "|") for cell in cells]


def table(rows, start):
    """A Markdown table -> definitions: term, labels, indented text."""
    header = table_cells(rows[0])
    if len(rows) < 3 or not re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", rows[1].strip()):
        raise ConvertError(f"line {start}: a table without its header separator")
    body = [table_cells(row) for row in rows[2:]]
    for k, cells in enumerate(body):
        if len(cells) != len(header):
            raise ConvertError(f"line {start + 2 + k}: {len(cells)} cells, the header has {len(header)}")
    if len(header) < 2:
        raise ConvertError(f"line {start}: a table of one column")
    text_column = max(range(1, len(header)), key=lambda j: sum(len(cells[j]) for cells in body))
    out = []
    for k, cells in enumerate(body):
        line = start + 2 + k
        term = inline(cells[0], line)
        if "*" not in term.replace("\\*", ""):
            term = f"*{term}*"
        before = [f"{header[j]}: {inline(cells[j], line)}"
                  for j in range(1, text_column) if cells[j]]
        if before:
            term += " (" + "; ".join(before) + ")"
        out += wrap(term, SOURCE_WIDTH)
        out += wrap(inline(cells[text_column], line), SOURCE_WIDTH, "\t")
        for j in range(text_column + 1, len(header)):
            if cells[j]:
                label = header[j][:1].upper() + header[j][1:]
                value = inline(cells[j], line)
                if not re.search(r"[.!?]$", cells[j]):
                    value += "."
                out += ["", *wrap(f"{label}: {value}", SOURCE_WIDTH, "\t")]
        out.append("")
    return out


# Blocks ------------------------------------------------------------------------------


def blocks(text):
    """The blocks of cli.md: (kind, data, line number)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        start = i + 1
        if not line.strip():
            i += 1
        elif line.startswith("```"):
            language = line[3:].strip()
            end = i + 1
            while end < len(lines) and not lines[end].startswith("```"):
                end += 1
            if end == len(lines):
                raise ConvertError(f"line {start}: a code block that does not end")
            yield "code", (language, lines[i + 1:end]), start
            i = end + 1
        elif m := re.match(r"(#{1,6}) (.*)", line):
            yield "heading", (len(m.group(1)), m.group(2).strip()), start
            i += 1
        elif line.startswith("|"):
            end = i
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            yield "table", lines[i:end], start
            i = end
        elif line.startswith("- "):
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("  ")):
                if lines[i].startswith("- "):
                    items.append([lines[i][2:]])
                else:
                    items[-1].append(lines[i].strip())
                i += 1
            yield "list", items, start
        elif re.match(r"(\d+\.|\*|\+) ", line) or line.startswith(("<", ">", "    ", "\t")):
            raise ConvertError(f"line {start}: this converter knows no such block: {line[:40]!r}")
        else:
            paragraph = []
            while (i < len(lines) and lines[i].strip() and not lines[i].startswith(("```", "|", "#", "- "))):
                paragraph.append(lines[i].strip())
                i += 1
            yield "paragraph", paragraph, start


def plain(text, line):
    """A heading's text: no formatting, since a header is set in bold anyway."""
    return inline(text, line, in_bold=True)


def sections_of(parsed):
    """(level-2 heading's title or None, its line, the section's tables) in order;
    a table under a "###" belongs to the "##" above it."""
    result = [(None, 0, [])]
    for kind, data, line in parsed:
        if kind == "heading" and data[0] <= 2:
            result.append((data[1] if data[0] == 2 else None, line, []))
        elif kind == "table":
            result[-1][2].append((data, line))
    return result


def first_column(rows):
    """The first cells of a table's body rows."""
    return [table_cells(row)[0] for row in rows[2:]]


def is_commands_table(rows):
    cells = first_column(rows)
    return len(cells) >= 2 and all(re.fullmatch(r"`escalate(?: [^`]*)?`", cell) for cell in cells)


def is_exit_code_table(rows):
    cells = first_column(rows)
    return len(cells) >= 2 and "0" in cells and all(re.fullmatch(r"[0-9]+", cell) for cell in cells)


def commands_table(parsed):
    """The table of the first "## " section holding `escalate ...` commands only."""
    for title, _, tables in sections_of(parsed):
        if title is None:
            continue
        for rows, line in tables:
            if is_commands_table(rows):
                return rows, line
    raise ConvertError('no "## " section with a table of `escalate ...` commands ("## Commands"): '
                       'the SYNOPSIS is made from it')


def exit_code_heading(parsed):
    """The line of the "## " heading whose section holds the exit code table."""
    found = [(title, line) for title, line, tables in sections_of(parsed)
             if title is not None and any(is_exit_code_table(rows) for rows, _ in tables)]
    if not found:
        raise ConvertError('no "## " section with the exit code table (a first column of 0 and other '
                           'numbers): the exit status section is made from it')
    if len(found) > 1:
        raise ConvertError("more than one section with an exit code table: "
                           + ", ".join(f"line {line} ({title!r})" for title, line in found))
    return found[0][1]


def synopsis(parsed):
    """The command forms of the commands table, each on a line."""
    rows, start = commands_table(parsed)
    lines = []
    for k, row in enumerate(rows[2:]):
        form = table_cells(row)[0]
        m = re.fullmatch(r"`(escalate(?: [a-z]+)?)((?: .*)?)`", form)
        if not m:
            raise ConvertError(f"line {start + 2 + k}: a command in the commands table that is not "
                               f"`escalate ...`: {form!r}")
        lines.append(f"*{m.group(1)}*{escape(m.group(2))}")
    lines += ["*escalate* [_COMMAND_] *--help*", "*escalate --version*"]
    return [line + " ++" for line in lines[:-1]] + [lines[-1]]


def convert(text, version, lang="en"):
    frame = LANGUAGES[lang]
    text = re.sub(r"<!--.*?-->\n?", "", text, flags=re.S)
    parsed = list(blocks(text))
    footer = f' "escalate {version}"' if version else ""
    if frame["manual"]:
        footer = (footer or ' ""') + f' "{frame["manual"]}"'
    out = [f"escalate(1){footer}", "", f"# {frame['NAME']}", "", escape(f"escalate - {frame['name']}"), "",
           f"# {frame['SYNOPSIS']}", ""]
    out += synopsis(parsed)
    out += ["", f"# {frame['DESCRIPTION']}", ""]
    exit_line = exit_code_heading(parsed)
    reserved = [frame[key] for key in ("NAME", "SYNOPSIS", "DESCRIPTION", "SEE ALSO")]
    made = []
    for kind, data, line in parsed:
        if kind == "heading":
            level, title = data
            if level == 1:
                continue
            if level == 2:
                name = frame["EXIT STATUS"] if line == exit_line else plain(title, line).upper()
                if name in reserved:
                    raise ConvertError(f"line {line}: the section {name} belongs to the converter")
                if name in made:
                    raise ConvertError(f"line {line}: a second section {name}")
                made.append(name)
                out += [f"# {name}", ""]
            elif level == 3:
                out += [f"## {plain(title, line)}", ""]
            else:
                raise ConvertError(f"line {line}: a heading deeper than ###")
        elif kind == "paragraph":
            out += wrap(inline(" ".join(data), line), SOURCE_WIDTH) + [""]
        elif kind == "list":
            for item in data:
                wrapped = wrap(inline(" ".join(item), line), SOURCE_WIDTH - 2)
                out += ["- " + wrapped[0]] + ["  " + w for w in wrapped[1:]]
            out.append("")
        elif kind == "table":
            out += table(data, line)
        elif kind == "code":
            language, lines = data
            out += ["```", *code_block(language, lines, line), "```", ""]
    if frame["FILES"] not in made:
        raise ConvertError(f"no section {frame['FILES']}, which {frame['SEE ALSO']} refers to")
    out += [f"# {frame['SEE ALSO']}", ""]
    for paragraph in frame["see_also"]:
        out += [paragraph.format(files=frame["FILES"]), ""]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description="docs/cli.md -> scdoc source of escalate(1)")
    parser.add_argument("source")
    parser.add_argument("output")
    parser.add_argument("--version", default="", help="the program's version, shown in the page's footer")
    parser.add_argument("--lang", default="en", choices=sorted(LANGUAGES),
                        help="the language of SOURCE, and of the frame the script writes (default: en)")
    args = parser.parse_args()
    if args.version and not re.fullmatch(r"[0-9A-Za-z.+~-]+", args.version):
        print(f"cli_to_scdoc.py: invalid --version {args.version!r}", file=sys.stderr)
        return 1
    with open(args.source, encoding="utf-8") as f:
        text = f.read()
    try:
        result = convert(text, args.version, args.lang)
    except ConvertError as e:
        print(f"cli_to_scdoc.py: {args.source}: {e}", file=sys.stderr)
        return 1
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())

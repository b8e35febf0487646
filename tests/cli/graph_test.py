#!/usr/bin/env python3
"""`escalate graph` against the real binary and the real Graphviz.

The DOT of every bundled and valid fixture rule set, and of a rule set whose
texts hold quotes, backslashes and new lines, must be turned into an SVG by
`dot -Tsvg`; the Mermaid output must be a flowchart whose labels are quoted
with every inner quote written as #quot;. Without Graphviz's `dot` the checks
that draw are skipped (exit 77), and fail under CI; scripts/setup installs it.

Usage: python3 graph_test.py BINARY REPO_ROOT [-k NAME] [--list]
"""

import functools
import glob
import json
import os
import re
import subprocess
import sys

import harness
from harness import check, test

TRICKY_RULES = {
    "format": "escalate-rules/1",
    "id": "tricky",
    "version": "1",
    "updated": "2026-11-29",
    "title": 'Quotes "here", a back\\slash\\ and\na new line',
    "languages": ["en"],
    "channels": [{"id": "end", "name": 'The "end" #1; <b>&', "summary": "s",
                  "contacts": [{"kind": "phone", "value": "1"}]},
                 {"id": "x", "name": "ends in a backslash \\", "summary": "s",
                  "contacts": [{"kind": "phone", "value": "1"}]}],
    "ladder": ["end", "x"],
    "questions": [{"id": "q", "type": "text", "prompt": "Q?"}],
    "steps": [{"id": "say", "when": {"==": [{"var": "q"}, 'say "hi" \\ now']}, "channel": "end",
               "title": 'Say "hi" to\nthe \\ desk', "action": "a"},
              {"id": "end", "channel": "x", "title": "Ünïcödé “quotes”", "action": "a"}],
}


def run(args):
    return harness.run(args)


def to_svg(dot_text):
    harness.need_tools("dot")
    return subprocess.run(["dot", "-Tsvg"], input=dot_text, capture_output=True, timeout=120)


@functools.lru_cache(maxsize=None)
def claro():
    with open(harness.repo("data/rules/br-claro-net.json"), encoding="utf-8") as f:
        return json.load(f)


def step_ids():
    return [s["id"] for s in claro()["steps"]]


def tricky_rules():
    path = os.path.join(harness.WORKDIR, "tricky.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(TRICKY_RULES, f, ensure_ascii=False)
    return path


def check_svg(dot_text, name):
    result = to_svg(dot_text)
    check(result.returncode == 0 and b"<svg" in result.stdout, f"dot -Tsvg draws {name}",
          result.stderr.decode(errors="replace"))
    return result.stdout.decode(errors="replace")


def check_mermaid(text, name, step_ids):
    lines = text.split("\n")
    check(lines[0] == "flowchart TD", f"{name}: the Mermaid output starts with 'flowchart TD'", lines[0])
    # Each label is one quoted string: an inner quote would end it early.
    odd = [line for line in lines if line.count('"') % 2]
    check(not odd, f"{name}: no Mermaid line has an unbalanced quote", "\n".join(odd))
    ids = re.findall(r"^\s+([A-Za-z0-9_]+)[\[\(\{]", text, re.M)
    check(all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", i) and i != "end" for i in ids),
          f"{name}: Mermaid node ids are letters, digits and _ and never 'end'", ids)
    missing = [s for s in step_ids if f"step_{s}" not in ids]
    check(not missing, f"{name}: every step is a Mermaid node", missing)


@test
def dot_for_the_bundled_rules():
    """By default DOT: every step a node in rule order, the ladder a chain; stable bytes."""
    default = run(["graph"])
    check(default.returncode == 0 and default.stdout.startswith(b"digraph "),
          "escalate graph prints DOT for the bundled rule set", default.stderr.decode(errors="replace"))
    dot_text = default.stdout.decode()
    positions = [dot_text.find(f"\n    step_{s} [label=") for s in step_ids()]
    check(all(p >= 0 for p in positions) and positions == sorted(positions),
          "every step of the bundled rule set is a node, in rule order", positions)
    ladder = claro()["ladder"]
    chain = [f"channel_{a} -> channel_{b} [label=\"then\"" for a, b in zip(ladder, ladder[1:])]
    check(all(edge in dot_text for edge in chain), "the bundled ladder is a chain of 'then' edges",
          [edge for edge in chain if edge not in dot_text])
    explicit = run(["graph", "--format", "dot"])
    check(explicit.stdout == default.stdout, "--format dot is the default")
    check(run(["graph"]).stdout == default.stdout, "the same rule set gives the same bytes")
    english = run(["graph", "--lang", "en"])
    title = next(s["title"]["en"] for s in claro()["steps"] if s["id"] == "call_sac")
    check(english.returncode == 0 and title.encode() in english.stdout,
          "--lang en shows the English titles", english.stderr.decode(errors="replace"))


@test
def mermaid_for_the_bundled_rules():
    """--format mermaid: a flowchart with quoted labels and safe node ids."""
    mermaid = run(["graph", "--format", "mermaid"])
    check(mermaid.returncode == 0, "escalate graph --format mermaid succeeds", mermaid.stderr.decode(errors="replace"))
    check_mermaid(mermaid.stdout.decode(), "bundled", step_ids())


@test
def tricky_texts_in_mermaid():
    """Quotes, backslashes and new lines in a rule set's texts, in Mermaid."""
    tricky = tricky_rules()
    tricky_dot = run(["graph", "--rules", tricky])
    check(tricky_dot.returncode == 0, "a rule set with quotes, backslashes and new lines is drawn",
          tricky_dot.stderr.decode(errors="replace"))
    tricky_mermaid = run(["graph", "--rules", tricky, "--format", "mermaid"])
    text = tricky_mermaid.stdout.decode()
    check_mermaid(text, "tricky", ["say", "end"])
    check("Say #quot;hi#quot; to<br>the \\ desk" in text, "Mermaid writes quotes as #quot; and new lines as <br>",
          text)


@test
def tricky_texts_drawn_by_graphviz():
    """Quotes, backslashes and new lines in a rule set's texts, drawn by dot as written."""
    harness.need_tools("dot")
    tricky_dot = run(["graph", "--rules", tricky_rules()])
    svg = check_svg(tricky_dot.stdout, "the rule set with quotes, backslashes and new lines")
    for shown in ["Quotes &quot;here&quot;, a back\\slash\\ and", "Say &quot;hi&quot; to", "the \\ desk",
                  "The &quot;end&quot; #1; &lt;b&gt;&amp;", "ends in a backslash \\<", "Ünïcödé “quotes”"]:
        check(shown in svg, f"the SVG shows {shown!r} as written", svg[:2000])


@test
def every_rule_set_drawn_by_graphviz():
    """The bundled and every valid fixture rule set, in each of its languages, drawn by dot."""
    harness.need_tools("dot")
    check_svg(run(["graph"]).stdout, "the bundled rule set")
    root = harness.ROOT
    for path in sorted(glob.glob(os.path.join(root, "data/rules/*.json")) +
                       glob.glob(os.path.join(root, "tests/fixtures/rules/valid/*.json"))):
        name = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as f:
            languages = json.load(f)["languages"]
        for language in languages:
            result = run(["graph", "--rules", path, "--lang", language])
            check(result.returncode == 0, f"escalate graph --rules {name} --lang {language}",
                  result.stderr.decode(errors="replace"))
            check_svg(result.stdout, f"{name} in {language}")


@test
def usage_errors():
    """Usage errors: exit 2 with the accepted values named."""
    bad = run(["graph", "--format", "svg"])
    message = bad.stderr.decode(errors="replace")
    check(bad.returncode == 2 and "'svg'" in message and "dot" in message and "mermaid" in message
          and not bad.stdout, "an unknown --format exits 2 naming dot and mermaid", f"exit {bad.returncode}: {message}")
    before = run(["--format", "json", "graph"])
    message = before.stderr.decode(errors="replace")
    check(before.returncode == 2 and "dot or mermaid" in message and not before.stdout,
          "the common --format (text or json) before the command is refused, not ignored",
          f"exit {before.returncode}: {message}")


if __name__ == "__main__":
    sys.exit(harness.main())

#!/usr/bin/env python3
"""`escalate graph` against the real binary and the real Graphviz.

The DOT of every bundled and valid fixture rule set, and of a rule set whose
texts hold quotes, backslashes and new lines, must be turned into an SVG by
`dot -Tsvg`; the Mermaid output must be a flowchart whose labels are quoted
with every inner quote written as #quot;. Graphviz is required: without `dot`
the test fails and says to install it (scripts/setup does).

Usage: python3 graph_test.py BINARY REPO_ROOT
"""

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from tap import check, finish

ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TZ": "UTC"}

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


def run(binary, args, stdin=None):
    return subprocess.run([binary] + args, env=ENV, capture_output=True, input=stdin, timeout=60)


def to_svg(dot_text):
    return subprocess.run(["dot", "-Tsvg"], input=dot_text, capture_output=True, timeout=120)


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


def main():
    binary, root = sys.argv[1], sys.argv[2]
    have_dot = shutil.which("dot", path=ENV["PATH"]) is not None
    check(have_dot, "Graphviz's dot is installed",
          "escalate graph is checked with Graphviz: install it with 'apt-get install graphviz' "
          "(scripts/setup installs it)")

    claro = json.load(open(os.path.join(root, "data/rules/br-claro-net.json"), encoding="utf-8"))
    step_ids = [s["id"] for s in claro["steps"]]

    # The bundled rule set, by default in DOT.
    default = run(binary, ["graph"])
    check(default.returncode == 0 and default.stdout.startswith(b"digraph "),
          "escalate graph prints DOT for the bundled rule set", default.stderr.decode(errors="replace"))
    dot_text = default.stdout.decode()
    positions = [dot_text.find(f"\n    step_{s} [label=") for s in step_ids]
    check(all(p >= 0 for p in positions) and positions == sorted(positions),
          "every step of the bundled rule set is a node, in rule order", positions)
    ladder = claro["ladder"]
    chain = [f"channel_{a} -> channel_{b} [label=\"then\"" for a, b in zip(ladder, ladder[1:])]
    check(all(edge in dot_text for edge in chain), "the bundled ladder is a chain of 'then' edges",
          [edge for edge in chain if edge not in dot_text])
    explicit = run(binary, ["graph", "--format", "dot"])
    check(explicit.stdout == default.stdout, "--format dot is the default")
    check(run(binary, ["graph"]).stdout == default.stdout, "the same rule set gives the same bytes")
    english = run(binary, ["graph", "--lang", "en"])
    title = next(s["title"]["en"] for s in claro["steps"] if s["id"] == "call_sac")
    check(english.returncode == 0 and title.encode() in english.stdout,
          "--lang en shows the English titles", english.stderr.decode(errors="replace"))

    mermaid = run(binary, ["graph", "--format", "mermaid"])
    check(mermaid.returncode == 0, "escalate graph --format mermaid succeeds", mermaid.stderr.decode(errors="replace"))
    check_mermaid(mermaid.stdout.decode(), "bundled", step_ids)

    with tempfile.TemporaryDirectory() as work:
        tricky = os.path.join(work, "tricky.json")
        with open(tricky, "w", encoding="utf-8") as f:
            json.dump(TRICKY_RULES, f, ensure_ascii=False)
        tricky_dot = run(binary, ["graph", "--rules", tricky])
        check(tricky_dot.returncode == 0, "a rule set with quotes, backslashes and new lines is drawn",
              tricky_dot.stderr.decode(errors="replace"))
        tricky_mermaid = run(binary, ["graph", "--rules", tricky, "--format", "mermaid"])
        text = tricky_mermaid.stdout.decode()
        check_mermaid(text, "tricky", ["say", "end"])
        check("Say #quot;hi#quot; to<br>the \\ desk" in text, "Mermaid writes quotes as #quot; and new lines as <br>",
              text)
        if have_dot:
            svg = check_svg(tricky_dot.stdout, "the rule set with quotes, backslashes and new lines")
            for shown in ["Quotes &quot;here&quot;, a back\\slash\\ and", "Say &quot;hi&quot; to", "the \\ desk",
                          "The &quot;end&quot; #1; &lt;b&gt;&amp;", "ends in a backslash \\<", "Ünïcödé “quotes”"]:
                check(shown in svg, f"the SVG shows {shown!r} as written", svg[:2000])

    if have_dot:
        check_svg(default.stdout, "the bundled rule set")
        for path in sorted(glob.glob(os.path.join(root, "data/rules/*.json")) +
                           glob.glob(os.path.join(root, "tests/fixtures/rules/valid/*.json"))):
            name = os.path.relpath(path, root)
            for language in json.load(open(path, encoding="utf-8"))["languages"]:
                result = run(binary, ["graph", "--rules", path, "--lang", language])
                check(result.returncode == 0, f"escalate graph --rules {name} --lang {language}",
                      result.stderr.decode(errors="replace"))
                check_svg(result.stdout, f"{name} in {language}")

    # Usage errors: exit 2 with the accepted values named.
    bad = run(binary, ["graph", "--format", "svg"])
    message = bad.stderr.decode(errors="replace")
    check(bad.returncode == 2 and "'svg'" in message and "dot" in message and "mermaid" in message
          and not bad.stdout, "an unknown --format exits 2 naming dot and mermaid", f"exit {bad.returncode}: {message}")
    before = run(binary, ["--format", "json", "graph"])
    message = before.stderr.decode(errors="replace")
    check(before.returncode == 2 and "dot or mermaid" in message and not before.stdout,
          "the common --format (text or json) before the command is refused, not ignored",
          f"exit {before.returncode}: {message}")
    return finish()


if __name__ == "__main__":
    sys.exit(main())

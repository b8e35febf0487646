#!/usr/bin/env python3
"""docs/architecture.md's layer table matches the build: every folder of
src/core is a row, no row names a missing folder, and each row's "uses" column
is exactly the layers src/core/CMakeLists.txt links it to (BELOW). Its table of
outputs that must stay byte-identical names guard tests that exist.

Files past ~600 lines are listed for review (a guideline, not a failure).

Usage: python3 architecture_test.py REPO_ROOT
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
from tap import check, finish  # noqa: E402

GUIDELINE_LINES = 600


def table_after(doc, heading):
    """The rows (lists of cells) of the first table under `## heading`."""
    section = doc.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def layers_in_cmake(root):
    """{layer: set of layers below it} from escalate_layer(NAME BELOW a b …) calls."""
    text = open(os.path.join(root, "src/core/CMakeLists.txt"), encoding="utf-8").read()
    layers = {}
    for name, args in re.findall(r"^escalate_layer\((\w+)([^)]*)\)", text, re.M):
        below = re.search(r"\bBELOW\s+([\w\s]+?)(?:\s+(?:USES|LIBRARIES)\b|$)", args.strip())
        layers[name] = set(below.group(1).split()) if below else set()
    return layers


def main():
    root = sys.argv[1]
    doc = open(os.path.join(root, "docs/architecture.md"), encoding="utf-8").read()

    rows = table_after(doc, "Layers")
    documented = {row[0].strip("`"): row for row in rows}
    folders = {d for d in os.listdir(os.path.join(root, "src/core"))
               if os.path.isdir(os.path.join(root, "src/core", d))}
    cmake = layers_in_cmake(root)
    check(folders == set(cmake), "every src/core folder is a layer in src/core/CMakeLists.txt",
          f"folders {sorted(folders)}, layers {sorted(cmake)}")
    for folder in sorted(folders):
        check(folder in documented, f"docs/architecture.md's layer table has a row for src/core/{folder}/")
    for name in sorted(documented):
        check(name in folders, f"the layer table's row '{name}' is a folder of src/core")
    for name, row in sorted(documented.items()):
        if name not in cmake:
            continue
        uses = set(re.findall(r"`(\w+)`", row[1]))
        check(uses == cmake[name], f"the layer table says what '{name}' uses as the build links it",
              f"docs: {sorted(uses)}; CMake BELOW: {sorted(cmake[name])}")

    for row in table_after(doc, "Outputs that must stay byte-identical"):
        for guard in re.findall(r"`((?:tests|fuzz)/[^`]+)`", row[-1]):
            check(os.path.exists(os.path.join(root, guard)), f"the guard {guard} exists")

    long_files = []
    for top in ("src", "tests", "fuzz"):
        for folder, _, names in os.walk(os.path.join(root, top)):
            for name in names:
                if name.endswith((".cpp", ".hpp", ".py")):
                    path = os.path.join(folder, name)
                    lines = sum(1 for _ in open(path, encoding="utf-8", errors="replace"))
                    if lines > GUIDELINE_LINES:
                        long_files.append(f"{os.path.relpath(path, root)}: {lines} lines")
    if long_files:
        print(f"# past the ~{GUIDELINE_LINES}-line guideline (a reason in review):")
        for line in long_files:
            print(f"#   {line}")
    return finish()


if __name__ == "__main__":
    sys.exit(main())

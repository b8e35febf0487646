#!/usr/bin/env python3
"""docs/architecture.md matches the tree: it names every file under src/,
include/, fuzz/ and scripts/ and no file that is not there, and no C++ file
is longer than 400 lines.

Usage: python3 architecture_test.py REPO_ROOT
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
from tap import check, finish  # noqa: E402

MAX_LINES = 400


def main():
    root = sys.argv[1]
    doc = open(os.path.join(root, "docs/architecture.md"), encoding="utf-8").read()
    named = set(re.findall(r"`([A-Za-z0-9_./-]+\.(?:cpp|hpp|py|txt))`", doc))
    files = []
    for top in ("src", "include", "fuzz", "scripts"):
        for folder, _, names in os.walk(os.path.join(root, top)):
            files += [os.path.relpath(os.path.join(folder, n), root) for n in names]
    for path in sorted(files):
        base = os.path.basename(path)
        if base == "CMakeLists.txt" or top_level_script(path):
            continue
        check(base in named or path in named, f"docs/architecture.md names {path}")
    for name in sorted(named):
        if "/" in name or not name.endswith((".cpp", ".hpp")):
            continue
        check(any(os.path.basename(f) == name for f in files), f"{name}, named in docs/architecture.md, exists")
    for path in sorted(files):
        if path.endswith((".cpp", ".hpp")):
            n = sum(1 for _ in open(os.path.join(root, path), encoding="utf-8"))
            check(n <= MAX_LINES, f"{path} has at most {MAX_LINES} lines", f"it has {n}")
    for folder, _, names in os.walk(os.path.join(root, "tests")):
        for n in names:
            if n.endswith((".cpp", ".hpp")):
                path = os.path.relpath(os.path.join(folder, n), root)
                lines = sum(1 for _ in open(os.path.join(folder, n), encoding="utf-8"))
                check(lines <= MAX_LINES, f"{path} has at most {MAX_LINES} lines", f"it has {lines}")
    return finish()


def top_level_script(path):
    """scripts/ and fuzz/ files without an extension are named by their folder row."""
    return path.startswith(("scripts" + os.sep, "fuzz" + os.sep)) and "." not in os.path.basename(path)


if __name__ == "__main__":
    sys.exit(main())

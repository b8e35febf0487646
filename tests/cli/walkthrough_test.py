#!/usr/bin/env python3
"""Checks that the walkthroughs in docs/ show exactly what a person sees.

A walkthrough holds one ```session block: its first line is the command
("$ escalate ask ..."), the rest is the screen as the person sees it, where a
line starting with "> " is the prompt followed by what the person typed. The
test types those answers into the real program (stdin, no colour, 80 columns),
puts each typed answer back after its prompt, and compares the screen exactly.
Usage: walkthrough_test.py BINARY ROOT FILE...
"""
import os
import re
import shlex
import subprocess
import sys


def check(binary, root, path):
    with open(path, encoding="utf-8") as f:
        blocks = re.findall(r"```session\n(.*?)```", f.read(), re.S)
    if len(blocks) != 1:
        return False, f"{path}: expected one ```session block, found {len(blocks)}"
    lines = blocks[0].split("\n")
    command, screen = lines[0], "\n".join(lines[1:])
    if not command.startswith("$ escalate "):
        return False, f"{path}: the block must start with '$ escalate ...'"
    typed = [line[2:] for line in lines[1:] if line.startswith("> ")]
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TZ": "UTC", "COLUMNS": "80"}
    result = subprocess.run([binary] + shlex.split(command[2:])[1:], cwd=root, env=env, capture_output=True,
                            input="".join(t + "\n" for t in typed).encode(), timeout=60)
    out = result.stdout.decode()
    pieces = out.split("\n> ")
    if out.startswith("> "):
        pieces = [""] + out[2:].split("\n> ")
    if len(pieces) - 1 != len(typed):
        return False, f"{path}: {len(typed)} answers typed but the program prompted {len(pieces) - 1} times:\n{out}"
    rebuilt = pieces[0]
    for answer, rest in zip(typed, pieces[1:]):
        rebuilt += f"\n> {answer}\n" + rest
    if rebuilt != screen or result.returncode != 0:
        return False, f"{path}: the screen differs (exit {result.returncode})\n--- documented\n{screen}\n--- real\n{rebuilt}"
    return True, f"{path}: {len(typed)} answers, screen identical"


def main():
    binary, root, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    passed = failed = 0
    for name in files:
        ok, message = check(binary, root, os.path.join(root, name))
        print(("ok - " if ok else "not ok - ") + message)
        passed += ok
        failed += not ok
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Checks that the walkthroughs in docs/ show exactly what a person sees.

A walkthrough holds one ```session block: its first line is the command
("$ escalate ask ..."), the rest is the screen as the person sees it, where a
line starting with "> " is the prompt followed by what the person typed. The
test types those answers into the real program (stdin, no colour, 80 columns),
puts each typed answer back after its prompt, and compares the screen exactly.
--update writes the real screen into the block (the command and the answers
stay); review the diff.

Usage: walkthrough_test.py BINARY REPO_ROOT FILE... [--update] [-k NAME] [--list]
"""
import difflib
import re
import shlex
import sys

import harness
from harness import check, clean_env, test, text

SESSION = re.compile(r"(```session\n)(.*?)(```)", re.S)


def replay(command, typed):
    """The screen the program shows when the answers `typed` are typed, each put back
    after its prompt; and the exit code. None when it prompted a different number of times."""
    result = harness.run(shlex.split(command[2:])[1:], stdin="".join(t + "\n" for t in typed),
                         env=clean_env(COLUMNS="80"))
    out = text(result.stdout)
    pieces = out.split("\n> ")
    if out.startswith("> "):
        pieces = [""] + out[2:].split("\n> ")
    if len(pieces) - 1 != len(typed):
        return None, f"{len(typed)} answers typed but the program prompted {len(pieces) - 1} times:\n{out}", result
    rebuilt = pieces[0]
    for answer, rest in zip(typed, pieces[1:]):
        rebuilt += f"\n> {answer}\n" + rest
    return rebuilt, "", result


def walkthrough(name):
    path = harness.repo(name)
    with open(path, encoding="utf-8") as f:
        document = f.read()
    blocks = SESSION.findall(document)
    if not check(len(blocks) == 1, f"{name}: holds one ```session block", f"found {len(blocks)}"):
        return
    lines = blocks[0][1].split("\n")
    command, screen = lines[0], "\n".join(lines[1:])
    if not check(command.startswith("$ escalate "), f"{name}: the block starts with '$ escalate ...'", command):
        return
    typed = [line[2:] for line in lines[1:] if line.startswith("> ")]
    rebuilt, problem, result = replay(command, typed)
    if not check(rebuilt is not None, f"{name}: the program prompts once per typed answer", problem):
        return
    if harness.ARGS.update and result.returncode == 0 and rebuilt != screen:
        document = SESSION.sub(lambda m: m.group(1) + command + "\n" + rebuilt + m.group(3), document, count=1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(document)
        harness.note(f"updated {name}")
        screen = rebuilt
    diff = "".join(difflib.unified_diff(screen.splitlines(keepends=True), rebuilt.splitlines(keepends=True),
                                        f"{name} (documented)", f"{name} (real)"))
    check(rebuilt == screen and result.returncode == 0,
          f"{name}: {len(typed)} answers, the screen identical (exit 0)",
          f"exit {result.returncode}\n{diff}")


@test
def walkthroughs():
    """Every walkthrough given on the command line shows the real screen."""
    check(harness.ARGS.extra, "walkthrough files are named on the command line")
    for name in harness.ARGS.extra:
        walkthrough(name)


if __name__ == "__main__":
    sys.exit(harness.main())

#!/usr/bin/env python3
"""Checks that every example in docs/cli.md is what the program really prints.

An example is a ```console block: lines starting with "$ escalate" are commands
(run from the repository root with LANG=C.UTF-8, NO_COLOR=1), the lines after
it are its expected standard output, and an optional last line "[exit N]"
gives the expected exit code (0 when absent).

Usage: docs_examples_test.py BINARY REPO_ROOT [-k NAME] [--list]
"""
import difflib
import re
import shlex
import sys

import harness
from harness import check, test, text


def examples(document):
    for block in re.findall(r"```console\n(.*?)```", document, re.S):
        command, output = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command:
                    yield command, output
                command, output = line[2:], []
            else:
                output.append(line)
        if command:
            yield command, output


@test
def every_example_in_cli_md():
    """Each example's command prints its documented output and exit code."""
    with open(harness.repo("docs", "cli.md"), encoding="utf-8") as f:
        document = f.read()
    found = 0
    for command, output in examples(document):
        found += 1
        code = 0
        if output and re.fullmatch(r"\[exit \d+\]", output[-1]):
            code = int(output[-1][6:-1])
            output = output[:-1]
        args = shlex.split(command)
        if not check(args[0] == "escalate", f"{command}: runs escalate"):
            continue
        result = harness.run(args[1:])
        got = text(result.stdout)
        want = "\n".join(output) + ("\n" if output else "")
        diff = "".join(difflib.unified_diff(want.splitlines(keepends=True), got.splitlines(keepends=True),
                                            "docs/cli.md", "real"))
        check(got == want and result.returncode == code, command,
              f"exit {result.returncode}, documented {code}\n{diff}--- stderr\n{text(result.stderr)}")
    check(found >= 5, "docs/cli.md holds at least 5 examples", f"found {found}")


if __name__ == "__main__":
    sys.exit(harness.main())

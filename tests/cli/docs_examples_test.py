#!/usr/bin/env python3
"""Checks that every example in docs/cli.md is what the program really prints.

An example is a ```console block: lines starting with "$ escalate" are commands
(run from the repository root with LANG=C.UTF-8, NO_COLOR=1), the lines after
it are its expected standard output, and an optional last line "[exit N]"
gives the expected exit code (0 when absent). Usage: docs_examples_test.py BINARY ROOT
"""
import os
import re
import shlex
import subprocess
import sys


def examples(text):
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
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


def main():
    binary, root = sys.argv[1:3]
    with open(os.path.join(root, "docs", "cli.md"), encoding="utf-8") as f:
        text = f.read()
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TZ": "UTC"}
    passed = failed = 0
    for command, output in examples(text):
        code = 0
        if output and re.fullmatch(r"\[exit \d+\]", output[-1]):
            code = int(output[-1][6:-1])
            output = output[:-1]
        args = shlex.split(command)
        assert args[0] == "escalate", command
        result = subprocess.run([binary] + args[1:], cwd=root, env=env, capture_output=True, timeout=60)
        got = result.stdout.decode()
        want = "\n".join(output) + ("\n" if output else "")
        if got == want and result.returncode == code:
            passed += 1
            print(f"ok - {command}")
        else:
            failed += 1
            print(f"not ok - {command}\n--- expected (exit {code})\n{want}--- got (exit {result.returncode})\n{got}"
                  f"--- stderr\n{result.stderr.decode()}")
    if passed + failed < 5:
        print(f"not ok - only {passed + failed} examples found in docs/cli.md")
        failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

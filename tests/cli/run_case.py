#!/usr/bin/env python3
"""Runs the real escalate binary for one end-to-end case and compares exactly.

A case is a folder tests/cli/cases/NAME holding:
  cmd     the arguments, one shell-quoted line (run from the repository root)
  stdin   optional, fed to standard input (else /dev/null)
  env     optional, KEY=VALUE lines added to a clean environment
  stdout  expected standard output (compared exactly when present)
  stderr  expected standard error (compared exactly when present)
  exit    expected exit code (default 0)
Usage: run_case.py BINARY REPO_ROOT CASE_DIR [--update]

A difference is printed as a unified diff per stream (expected, then got);
--update rewrites the expected files (then review them with git diff).
"""
import difflib
import os
import shlex
import subprocess
import sys


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    binary, root, case = sys.argv[1:4]
    update = "--update" in sys.argv[4:]
    args = shlex.split(read(os.path.join(case, "cmd")).strip())
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TZ": "UTC"}
    for line in (read(os.path.join(case, "env"), "") or "").splitlines():
        if "=" in line:
            key, value = line.split("=", 1)
            env[key] = value
    stdin = read(os.path.join(case, "stdin"))
    result = subprocess.run([binary] + args, cwd=root, env=env, capture_output=True,
                            input=(stdin or "").encode(), timeout=60)
    got = {"stdout": result.stdout.decode(errors="replace"),
           "stderr": result.stderr.decode(errors="replace"),
           "exit": f"{result.returncode}\n"}
    if update:
        for name, text in got.items():
            path = os.path.join(case, name)
            if name == "exit" and text == "0\n":  # 0 is the default: no file
                if os.path.exists(path):
                    os.remove(path)
                continue
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        print(f"updated {case}")
        return 0
    failed = False
    for name in ("stdout", "stderr", "exit"):
        want = read(os.path.join(case, name), "0\n" if name == "exit" else None)
        if want is None:
            continue
        if want != got[name]:
            failed = True
            where = os.path.join(os.path.basename(case), name)
            diff = difflib.unified_diff(want.splitlines(keepends=True), got[name].splitlines(keepends=True),
                                        f"{where} (expected)", f"{where} (got)")
            for line in diff:
                # A line without its newline (the last of a stream) is marked, as diff(1) does.
                print(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n", end="")
    print(f"{'FAILED' if failed else 'ok'}: escalate {' '.join(shlex.quote(a) for a in args)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

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
"""
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
            if name == "exit" and text == "0\n":
                continue
            with open(os.path.join(case, name), "w", encoding="utf-8") as f:
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
            print(f"--- {name}: expected\n{want}--- {name}: got\n{got[name]}---")
    print(f"{'FAILED' if failed else 'ok'}: escalate {' '.join(shlex.quote(a) for a in args)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

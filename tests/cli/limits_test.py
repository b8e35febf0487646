#!/usr/bin/env python3
"""Limits: numbers that overflow, nesting depth, patterns on long answers,
invalid UTF-8, endless input. Hostile input gets a clear error and exit 2 (or
a line error in batch), never a crash, a library's exception text or unbounded
memory.

Usage: python3 limits_test.py BINARY REPO_ROOT [-k NAME] [--list]

Each check guards a defect of the hardening issue (docs/reliability.md lists
them); each failed on the program as it was before the fix.
"""

import json
import os
import sys

import harness
from harness import TODAY, check, run, short, test, text, write


def engine_rules():
    return harness.repo("tests/fixtures/rules/valid/engine.json")


@test
def numbers_that_overflow():
    """One bad batch line never kills the run; numbers that overflow are a line error."""
    data = b'{"id":1}\n{"id":1e400}\n{"id":3,"answers":{"claim":1e999}}\n{"id":4}\n'
    proc = run(["batch", "--rules", engine_rules(), "--today", TODAY, write("overflow.jsonl", data)])
    lines = text(proc.stdout).splitlines()
    objects = [json.loads(l) for l in lines] if all(l.startswith("{") for l in lines) else []
    check(len(objects) == 4 and [o.get("line") for o in objects] == [1, 2, 3, 4],
          "overflow: a batch with a 1e400 line still gives one output line per input line",
          f"exit {proc.returncode}\nstdout: {short(proc.stdout)}\nstderr: {short(proc.stderr)}")
    if len(objects) == 4:
        check(objects[1]["status"] == "error" and objects[1]["error"]["code"] == "invalid_json"
              and "1e400" in objects[1]["error"]["message"],
              "overflow: the 1e400 line is an invalid_json error naming the number", json.dumps(objects[1]))
        check(objects[2]["status"] == "error" and objects[2].get("id") is None
              and "1e999" in objects[2]["error"]["message"],
              "overflow: an overflowing answer is a line error too", json.dumps(objects[2]))
        check(objects[0]["status"] != "error" and objects[3]["status"] != "error",
              "overflow: the lines around it are evaluated")
    check(proc.returncode == 1, "overflow: batch exits 1 (a line was an error)", f"exit {proc.returncode}")
    check(b"json.exception" not in proc.stderr + proc.stdout, "overflow: no library exception text",
          short(proc.stderr))

    proc = run(["eval", "1e400"])
    check(proc.returncode == 2 and b"1e400" in proc.stderr and b"json.exception" not in proc.stderr,
          "overflow: eval 1e400 is a usage error naming the number", f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["advise", "--rules", engine_rules(), "--answers", "-", "--today", TODAY], stdin=b'{"claim": -1e400}')
    check(proc.returncode == 2 and b"1e400" in proc.stderr and b"json.exception" not in proc.stderr,
          "overflow: an --answers file with -1e400 is an error naming the number",
          f"exit {proc.returncode}: {short(proc.stderr)}")


@test
def deep_nesting():
    """One depth limit, in the shared parser and the logic compiler."""
    with open(harness.repo("tests/fixtures/rules/valid/minimal.json"), encoding="utf-8") as f:
        rules = json.load(f)
    deep = True
    for _ in range(20000):
        deep = {"!": [deep]}
    rules["steps"].insert(0, {"id": "deep", "when": deep, "channel": None, "kind": "info",
                              "title": "Deep", "action": "Deep"})
    sys.setrecursionlimit(100000)
    path = write("deep-rules.json", json.dumps(rules))
    proc = run(["check", path])
    check(proc.returncode == 2 and b"nested" in proc.stdout + proc.stderr,
          "depth: check on a 20000-deep 'when' reports the depth limit (exit 2), no crash",
          f"exit {proc.returncode}: {short(proc.stdout + proc.stderr)}")
    check(f"{path}:".encode() in proc.stdout + proc.stderr and b":" in proc.stdout,
          "depth: the message names the file and where", short(proc.stdout + proc.stderr))

    logic = "[" * 30000 + "1" + "]" * 30000
    proc = run(["eval", logic])
    check(proc.returncode == 2 and b"nested" in proc.stderr,
          "depth: eval on 30000-deep logic reports the depth limit (exit 2), no crash",
          f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["eval", '{"var":"a"}', "--data", "[" * 30000 + "]" * 30000])
    check(proc.returncode == 2 and b"nested" in proc.stderr,
          "depth: 30000-deep --data is refused too", f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["advise", "--rules", engine_rules(), "--answers", "-"],
               stdin=b'{"extras":' + b"[" * 30000 + b"]" * 30000 + b"}")
    check(proc.returncode == 2 and b"nested" in proc.stderr,
          "depth: 30000-deep --answers is refused", f"exit {proc.returncode}: {short(proc.stderr)}")


@test
def long_answer_to_a_pattern():
    """Patterns run in linear time with bounded stack."""
    with open(engine_rules(), encoding="utf-8") as f:
        rules = json.load(f)
    for q in rules["questions"]:
        if q["id"] == "protocol_a":
            q["pattern"] = "^[0-9]+$"
    path = write("pattern-rules.json", json.dumps(rules))
    data = (json.dumps({"answers": {"protocol_a": "1" * 50000}}) + "\n"
            + json.dumps({"answers": {"protocol_a": "1" * 50000 + "x"}}) + "\n{}\n").encode()
    proc = run(["batch", "--rules", path, "--today", TODAY, write("pattern.jsonl", data)])
    lines = text(proc.stdout).splitlines()
    check(proc.returncode in (0, 1) and len(lines) == 3,
          "pattern: a 50 KB answer to ^[0-9]+$ does not crash the batch",
          f"exit {proc.returncode}: {short(proc.stderr)}")
    if len(lines) == 3:
        first, second = json.loads(lines[0]), json.loads(lines[1])
        check(first["status"] != "error", "pattern: 50,000 digits match ^[0-9]+$", short(lines[0]))
        check(second["status"] == "error" and second["error"]["code"] == "invalid_answer",
              "pattern: 50,000 digits and an x do not", short(lines[1]))


def raw(data):
    """Bytes as a command-line argument, invalid UTF-8 kept."""
    return data.decode("utf-8", "surrogateescape")


@test
def invalid_utf8_answers():
    """Invalid UTF-8 in answers is refused at every entry, never a library exception."""
    proc = run(["advise", "--format", "json", "-a", raw(b"issue=\xff")])
    ok = proc.returncode == 2
    try:
        result = json.loads(proc.stdout)
    except ValueError:
        result, ok = None, False
    check(ok and result["status"] == "error" and result["error"]["code"] == "invalid_answer"
          and "UTF-8" in result["error"]["message"],
          "utf-8: advise --format json -a issue=\\xff is an invalid_answer error in JSON (exit 2)",
          f"exit {proc.returncode}: {short(proc.stdout)} {short(proc.stderr)}")
    check(b"json.exception" not in proc.stderr, "utf-8: no library exception text", short(proc.stderr))
    proc = run(["advise", "-a", raw(b"issue=bil\xe9")])
    check(proc.returncode == 2 and b"UTF-8" in proc.stderr, "utf-8: a Latin-1 byte in a -a value is refused",
          f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["advise", "--format", "json", "-a", raw(b"iss\xffue=1")])
    check(proc.returncode == 2 and proc.stdout and json.loads(proc.stdout)["status"] == "error",
          "utf-8: an invalid id in -a is an error object, not a crash", f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["advise", "--answers", "-"], stdin=b'{"issue": "\xff"}')
    check(proc.returncode == 2 and b"UTF-8" in proc.stderr and b"(stdin)" in proc.stderr,
          "utf-8: --answers with an invalid byte names the input and the problem",
          f"exit {proc.returncode}: {short(proc.stderr)}")


@test
def endless_input():
    """Devices and endless lines as input: bounded memory, a clear error, the rest still read."""
    proc = run(["check", "/dev/zero"], timeout=60)
    check(proc.returncode == 2 and b"larger than 64 MiB" in proc.stderr,
          "input: 'check /dev/zero' stops at 64 MiB with a clear error", f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["advise", "--answers", "/dev/zero"], timeout=60)
    check(proc.returncode == 2 and b"larger than 64 MiB" in proc.stderr,
          "input: '--answers /dev/zero' stops at 64 MiB", f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["check", "/dev/null"])
    check(proc.returncode == 2 and b"/dev/null:1:1" in proc.stdout, "input: an empty rules file is a located error",
          short(proc.stdout + proc.stderr))
    proc = run(["check", harness.WORKDIR])
    check(proc.returncode == 2 and b"directory" in proc.stderr, "input: a directory as rules file is a clear error",
          short(proc.stderr))
    path = write("long-line.jsonl", b'{"id": "' + b"x" * (65 << 20) + b'"}\n{"id": 2}\n')
    proc = run(["batch", "--rules", engine_rules(), "--today", TODAY, path], timeout=120)
    os.remove(path)
    lines = [json.loads(l) for l in text(proc.stdout).splitlines()]
    check(len(lines) == 2 and lines[0]["status"] == "error" and "64 MiB" in lines[0]["error"]["message"]
          and lines[1].get("id") == 2,
          "input: a batch line over 64 MiB is an error line and the next line is still read",
          f"exit {proc.returncode}: {short(proc.stdout)} {short(proc.stderr)}")
    # A terminal's line discipline already cuts typed lines at 4 KB; piped input has no such bound.
    proc = run(["ask", "--lang", "en", "--today", TODAY], stdin=b"x" * 100_000 + b"\nquit\n")
    check(proc.returncode == 130 and b"longer than 64 KiB" in proc.stdout,
          "input: a 100 KB answer line is refused with the reason, the session goes on",
          f"exit {proc.returncode}: {short(proc.stdout[-300:])}")


if __name__ == "__main__":
    sys.exit(harness.main())

#!/usr/bin/env python3
"""`escalate batch` options for organisations, against the real binary:
--fields / --compact, --line-offset, the progress line, and full results
byte-identical to what the program printed before the performance work.

Usage: python3 batch_options_test.py BINARY REPO_ROOT

tests/fixtures/batch/claro-mixed.expected.jsonl was printed by the program as
it was before the streaming writer and the fast parser (commit 6d614f9) for
tests/fixtures/batch/claro-mixed.jsonl (bench/gen_cases.py --mixed --seed 7):
every later build must print the same bytes, with -j 1 and -j 2."""

import json
import os
import re
import subprocess
import sys
import tempfile
import time

from tap import check, finish

TODAY = "2026-11-29"
BINARY = sys.argv[1]
ROOT = sys.argv[2]
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "batch")
CASES = os.path.join(FIXTURES, "claro-mixed.jsonl")
EXPECTED = os.path.join(FIXTURES, "claro-mixed.expected.jsonl")
SHOP = os.path.join(ROOT, "data", "rules", "example-shop.json")


def batch(*args, stdin=None):
    return subprocess.run([BINARY, "batch", "--today", TODAY, *args], input=stdin,
                          capture_output=True, timeout=600)


def lines_of(data):
    return [json.loads(line) for line in data.decode().splitlines()]


def byte_identical():
    with open(EXPECTED, "rb") as f:
        expected = f.read()
    for jobs in ("1", "2"):
        run = batch("-j", jobs, CASES)
        check(run.stdout == expected, f"-j {jobs}: the full results are byte-identical to the "
              "program's before the performance work",
              f"first difference at byte {next((i for i, (a, b) in enumerate(zip(run.stdout, expected)) if a != b), min(len(run.stdout), len(expected)))}")
        check(run.returncode == 1, f"-j {jobs}: exit 1, as the input has error lines", run.returncode)


def compact_and_fields():
    cases = (b'{"id": "a", "answers": {"issue": "defective_product", "store_contacted": false}}\n'
             b'{"id": "b", "answers": {"issue": "defective_product", "store_contacted": true}}\n'
             b'{"id": "c", "answers": {"store_contacted": "maybe"}}\n'
             b'\n')
    run = batch("--rules", SHOP, "--compact", "-", stdin=cases)
    got = run.stdout.decode().splitlines()
    check(got[0] == '{"line":1,"id":"a","status":"advice","step.id":"go_to_store",'
          '"channel.id":"store","question.id":null}', "--compact: an advice line", got)
    check(got[1] == '{"line":2,"id":"b","status":"needs_input","step.id":null,"channel.id":null,'
          '"question.id":"store_outcome"}', "--compact: a needs_input line names the question", got)
    check(got[2].startswith('{"line":3,"id":"c","status":"error","error":{"code":"invalid_answer"'),
          "--compact: an error line keeps its whole error", got)
    check(got[3] == '{"line":4,"status":"blank"}' and len(got) == 4,
          "--compact: a blank line stays blank; one line out per line in", got)
    full = lines_of(batch("--rules", SHOP, "-", stdin=cases).stdout)
    run = batch("--rules", SHOP, "--fields", "deadlines,channel.name,answers.issue,step", "-",
                stdin=cases)
    first = lines_of(run.stdout)[0]
    check(list(first) == ["line", "id", "status", "deadlines", "channel.name", "answers.issue", "step"],
          "--fields: line, id, status, then the fields in the order given", list(first))
    check(first["deadlines"] == full[0]["deadlines"] and first["step"] == full[0]["step"]
          and first["channel.name"] == full[0]["channel"]["name"]
          and first["answers.issue"] == "defective_product",
          "--fields: each value is the full result's", first)
    for args, needle in ((["--fields", "stepp.id"], "did you mean 'step'?"),
                         (["--fields", "step.id,step.id"], "named twice"),
                         (["--fields", ""], "an empty name"),
                         (["--fields", "answers.nope_nope"], "is not in 'answers'"),
                         (["--compact", "--fields", "step.id"], "cannot be combined")):
        run = batch("--rules", SHOP, *args, "-", stdin=cases)
        check(run.returncode == 2 and needle in run.stderr.decode() and not run.stdout,
              f"{' '.join(args) or '--fields (empty)'}: exit 2, '{needle}', nothing printed",
              (run.returncode, run.stderr))


def line_offset():
    cases = b'{"id": 1}\n\n{\n'
    got = lines_of(batch("--rules", SHOP, "--line-offset", "1000", "-", stdin=cases).stdout)
    check([g["line"] for g in got] == [1001, 1002, 1003], "--line-offset 1000 numbers lines from 1001",
          got)
    got = lines_of(batch("--rules", SHOP, "--line-offset", "9007199254740991", "-",
                         stdin=b"{}\n").stdout)
    check(got and got[0]["line"] == 9007199254740992, "--line-offset 2^53-1: the line is 2^53", got)
    for bad in ("-1", "x", "1.5", "9007199254740993", "99999999999999999999999"):
        run = batch("--rules", SHOP, "--line-offset", bad, "-", stdin=cases)
        check(run.returncode == 2 and b"--line-offset" in run.stderr and not run.stdout,
              f"--line-offset {bad}: exit 2, named, nothing printed", (run.returncode, run.stderr))


def no_progress_off_terminal():
    run = batch(CASES)
    check(b"\r" not in run.stderr and b"\x1b" not in run.stderr and b"lines/s" not in run.stderr
          and b"linhas/s" not in run.stderr,
          "no progress line when stderr is not a terminal", run.stderr[:300])


def progress_in_terminal(width=72):
    """In tmux, with a regular file that takes a few seconds: the progress line
    shows lines, lines/s, a percentage and the time left; at the end it is
    gone and the summary stands alone. In a narrow terminal whole parts are
    left out, never a number cut."""
    if subprocess.run(["which", "tmux"], capture_output=True).returncode != 0:
        check(False, "tmux is installed (scripts/setup installs it)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        big = os.path.join(tmp, "big.jsonl")
        with open(CASES, "rb") as f:
            lines = [line for line in f.read().splitlines(keepends=True) if line.strip()]
        with open(big, "wb") as f:
            for _ in range(200):
                f.writelines(lines)
        done = os.path.join(tmp, "done")
        session = f"escalate-progress-{os.getpid()}"
        command = (f"{BINARY} batch --lang en --today {TODAY} -o /dev/null {big}; "
                   f"touch {done}; sleep 60")
        subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", str(width), "-y", "12",
                        command], check=True)
        try:
            seen = ""
            deadline = time.time() + 300
            while not os.path.exists(done) and time.time() < deadline:
                screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", session],
                                        capture_output=True, text=True).stdout
                if re.match(r"(escalate batch: )?\d+ lines", screen):
                    seen = screen
                time.sleep(0.1)
            time.sleep(0.3)
            final = subprocess.run(["tmux", "capture-pane", "-p", "-t", session],
                                   capture_output=True, text=True).stdout
        finally:
            subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
        if width >= 72:
            line = next((l for l in seen.splitlines() if "lines/s" in l), "")
            check(line.startswith("escalate batch: ") and "%, about " in line and " left" in line,
                  "in a terminal the progress line shows lines, lines/s, % and the time left", seen)
            check(len(line.rstrip()) <= 71, "the progress line fits the terminal's width", line)
            check("lines/s" not in final and "escalate batch: lines 30000: advice" in final,
                  "at the end the progress line is gone and the summary stands alone", final)
        else:
            line = seen.splitlines()[0] if seen else ""
            check(re.fullmatch(r"\d+ lines(, \d+ lines/s)?", line.rstrip()) is not None,
                  f"at {width} columns the progress line keeps whole parts only", seen)


def main():
    byte_identical()
    compact_and_fields()
    line_offset()
    no_progress_off_terminal()
    progress_in_terminal()
    progress_in_terminal(width=20)
    return finish()


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""`escalate batch`'s progress line on a terminal (tmux): lines, lines/s, a
percentage and the time left while it runs; gone at the end, the summary
standing alone; in a narrow terminal whole parts left out, never a number cut.

Usage: python3 batch_progress_test.py BINARY REPO_ROOT [-k NAME] [--list]

Exits 77 when tmux is missing (outside CI). Off a terminal there is no
progress line: batch_options_test.py checks that.
"""

import os
import re
import shlex
import sys
import time

import harness
from harness import TODAY, check, test


def big_input():
    """30,000 lines (the mixed Claro cases 200 times): a run of a few seconds."""
    big = os.path.join(harness.WORKDIR, "big.jsonl")
    if not os.path.exists(big):
        with open(harness.repo("tests/fixtures/batch/claro-mixed.jsonl"), "rb") as f:
            lines = [line for line in f.read().splitlines(keepends=True) if line.strip()]
        with open(big, "wb") as f:
            for _ in range(200):
                f.writelines(lines)
    return big


def watch_progress(width):
    """Runs the batch in a terminal `width` columns wide; returns the last screen
    that showed a progress line, and the screen at the end."""
    done = os.path.join(harness.WORKDIR, f"done-{width}")
    rules = harness.repo("tests/fixtures/rules/claro-frozen.json")
    command = (f"{shlex.quote(harness.BINARY)} batch --rules {shlex.quote(rules)} --lang en --today {TODAY} "
               f"-o /dev/null {shlex.quote(big_input())}; touch {shlex.quote(done)}; exec sleep 600")
    with harness.Pane("progress", width, 12, command=command) as pane:
        seen = ""
        deadline = time.monotonic() + 300
        while not os.path.exists(done) and time.monotonic() < deadline:
            screen = pane.capture()
            if re.match(r"(escalate batch: )?\d+ lines", screen):
                seen = screen
            time.sleep(0.1)
        time.sleep(0.3)
        final = pane.capture()
    return seen, final


@test
def progress_line():
    """At 72 columns: lines, lines/s, % and the time left; at the end the summary alone."""
    seen, final = watch_progress(72)
    line = next((l for l in seen.splitlines() if "lines/s" in l), "")
    check(line.startswith("escalate batch: ") and "%, about " in line and " left" in line,
          "in a terminal the progress line shows lines, lines/s, % and the time left", seen)
    check(len(line.rstrip()) <= 71, "the progress line fits the terminal's width", line)
    check("lines/s" not in final and "escalate batch: lines 30000: advice" in final,
          "at the end the progress line is gone and the summary stands alone", final)


@test
def narrow_progress_line():
    """At 20 columns the progress line keeps whole parts only."""
    seen, _ = watch_progress(20)
    line = seen.splitlines()[0] if seen else ""
    check(re.fullmatch(r"\d+ lines(, \d+ lines/s)?", line.rstrip()) is not None,
          "at 20 columns the progress line keeps whole parts only", seen)


if __name__ == "__main__":
    sys.exit(harness.main(requires=["tmux"]))

#!/usr/bin/env python3
"""Batch throughput benchmark: median wall time of `escalate batch` over
repeated runs on generated cases, with the bundled Claro NET rule set.
Rerun: python3 bench/batch_bench.py BINARY [LINES] [RUNS]

Cases are drawn with a fixed seed from the rule set's questions, so every run
evaluates the same input. The machine is shared and noisy:
quote the median, and compare runs made one after the other."""
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time


def answer_for(question, rng):
    t = question["type"]
    if t == "boolean":
        return rng.choice([True, False])
    if t == "choice":
        return rng.choice(question["options"])["value"]
    if t == "multi":
        return [o["value"] for o in question["options"] if rng.random() < 0.5]
    if t == "number":
        return rng.randint(0, 80000)
    if t == "date":
        return f"2026-{rng.randint(1, 11):02}-{rng.randint(1, 28):02}"
    return None if question.get("allow_unknown") and rng.random() < 0.2 else f"P-{rng.randint(1, 10**6)}"


def main():
    binary = sys.argv[1]
    lines = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    questions = json.loads(subprocess.run([binary, "questions", "--format", "json"], capture_output=True,
                                          check=True).stdout)
    rng = random.Random(20261129)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "cases.jsonl")
        with open(path, "w") as f:
            for i in range(lines):
                answers = {q["id"]: answer_for(q, rng) for q in questions if rng.random() < 0.7}
                f.write(json.dumps({"id": i, "answers": answers}) + "\n")
        for jobs in (1, 2):
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                subprocess.run([binary, "batch", "--today", "2026-11-29", "-j", str(jobs), path, "-o",
                                os.path.join(tmp, "out.jsonl")], stderr=subprocess.DEVNULL)
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            print(f"-j {jobs}: {lines} lines, median {median:.3f} s over {runs} runs "
                  f"({lines / median:,.0f} lines/s; min {min(times):.3f} s, max {max(times):.3f} s)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate batch cases (JSON Lines) from a rule set's questions, with a fixed
seed, so every run of a benchmark or a test evaluates the same input.

    python3 bench/gen_cases.py BINARY LINES [--rules FILE] [--seed N] [--mixed] > cases.jsonl

BINARY is an escalate binary: the questions are read with
`escalate questions --format json` (from --rules, else the bundled set).
--mixed adds what organisations really send now and then: blank lines, lines
in every language of the set, lines with their own `today`, broken JSON,
wrong types, unknown keys and unknown questions (about one line in ten)."""
import argparse
import json
import random
import re
import subprocess
import sys


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
    if question.get("allow_unknown") and rng.random() < 0.2:
        return None
    # A text that the question's pattern (if any) takes.
    for text in (f"P-{rng.randint(1, 10**6)}", f"{rng.randint(10**10, 10**11 - 1)}", "some words"):
        if not question.get("pattern") or re.search(question["pattern"], text):
            return text
    return "x"


ODD_LINES = [
    "",
    "   ",
    "{\"id\": 1, \"answers\": ",
    "[1, 2, 3]",
    "{\"id\": \"x\", \"answers\": [1]}",
    "{\"id\": \"x\", \"answer\": {}}",
    "{\"id\": \"x\", \"answers\": {\"no_such_question\": true}}",
    "{\"id\": \"x\", \"today\": \"2026-02-30\"}",
    "{\"id\": \"x\", \"lang\": \"fr\"}",
    "{\"id\": 1e999}",
    "{\"a\": 1, \"a\": 2}",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("lines", type=int)
    parser.add_argument("--rules")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--mixed", action="store_true")
    args = parser.parse_args()
    command = [args.binary, "questions", "--format", "json"] + (["--rules", args.rules] if args.rules else [])
    questions = json.loads(subprocess.run(command, capture_output=True, check=True).stdout)
    languages = ["en", "pt-BR", "de"]
    rng = random.Random(args.seed)
    out = sys.stdout
    for i in range(args.lines):
        if args.mixed and rng.random() < 0.05:
            out.write(rng.choice(ODD_LINES) + "\n")
            continue
        line = {"id": i, "answers": {q["id"]: answer_for(q, rng) for q in questions if rng.random() < 0.7}}
        if args.mixed and rng.random() < 0.3:
            line["lang"] = rng.choice(languages)
        if args.mixed and rng.random() < 0.1:
            line["today"] = f"2026-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
        out.write(json.dumps(line, ensure_ascii=rng.random() < 0.5) + "\n")


if __name__ == "__main__":
    main()

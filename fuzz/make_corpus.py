#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, made from the repository's own files.

Usage: make_corpus.py REPO_ROOT OUT_DIR

Writes OUT_DIR/<target>/<name> files: rule sets (valid and invalid fixtures),
every logic expression in them, answers as typed, batch lines, answer sets for
rendering, typed session dialogues and command lines. Seeds are named by content, so running
it again adds nothing new.
"""
import glob
import hashlib
import json
import os
import shlex
import sys


def save(out, target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)


def logic_in(value):
    """Every value of a key that holds logic in a rules file (when, value, date)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("when", "value", "date") and not isinstance(item, str):
                yield item
            yield from logic_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from logic_in(item)


def main():
    root, out = sys.argv[1], sys.argv[2]
    rule_files = sorted(glob.glob(os.path.join(root, "data/rules/*.json")) +
                        glob.glob(os.path.join(root, "tests/fixtures/rules/*/*.json")))
    with open(os.path.join(root, "data/scenarios/br-claro-net.jsonl"), encoding="utf-8") as lines:
        scenarios = [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]
    engine = json.load(open(os.path.join(root, "tests/fixtures/rules/valid/engine.json"), encoding="utf-8"))

    for path in rule_files:
        text = open(path, "rb").read()
        save(out, "fuzz_rules_loader", text)
        try:
            document = json.loads(text)
        except ValueError:
            continue
        for expression in logic_in(document):
            save(out, "fuzz_logic", json.dumps(expression))
            save(out, "fuzz_logic", json.dumps([expression, {"today": "2026-11-29", "a": 1, "b": [1, 2]}]))
    for expression in ({"date_add": ["2026-12-17", 10, "business_days"]}, {"reduce": [[1, 2, 3], {"+": [
            {"var": "current"}, {"var": "accumulator"}]}, 0]}, {"val": [[-1], "x"]}, {"try": [{"throw": "x"}, 1]}):
        save(out, "fuzz_logic", json.dumps(expression))

    typed = ["yes", "não", "nein", "2", "unsat", "photos, witness", "1.234,56", "R$ 50.000", "1,500", "50.000",
             "2026-11-03", "03/11/2026", "03.11.2026", "hoje", "123456", "não sei", "keine Ahnung", "\xff", ""]
    for q in range(len(engine["questions"])):
        for lang in range(3):
            for text in typed:
                save(out, "fuzz_answers", bytes([q, lang]) + text.encode("utf-8", "surrogateescape"))

    for path in glob.glob(os.path.join(root, "tests/fixtures/batch/*.jsonl")):
        for line in open(path, "rb").read().split(b"\n"):
            save(out, "fuzz_batch_line", line)
    for i, s in enumerate(scenarios):
        line = {"id": i, "answers": s["answers"], "today": s["today"], "lang": ["pt-BR", "en", "de"][i % 3]}
        save(out, "fuzz_batch_line", json.dumps(line))
        save(out, "fuzz_render", bytes([i % 141, i % 3]) + json.dumps(s["answers"]).encode())

    # Case files: the scenarios' answers as cases, with a journal and a recorded advice.
    claro = json.load(open(os.path.join(root, "data/rules/br-claro-net.json"), encoding="utf-8"))
    for i, s in enumerate(scenarios[:40]):
        journal = [{"day": s["today"], "event": "answered", "question": q, "value": v}
                   for q, v in s["answers"].items()]
        if i % 3 == 0:
            journal.append({"day": s["today"], "event": "advised", "step": s["expect"].get("step", ""),
                            "deadlines": [{"id": d, "date": s["today"]} for d in s["expect"].get("deadlines", {})]})
        if i % 4 == 1 and journal:
            first = journal[0]
            journal.append({"day": s["today"], "event": "changed", "question": first["question"],
                            "value": first["value"], "was": first["value"]})
        case = {"format": "escalate-case/1", "id": f"c-{i:04d}", "x-note": "seed",
                "rules": {"id": claro["id"], "version": claro["version"]},
                "language": claro["languages"][i % len(claro["languages"])], "created": s["today"],
                "answers": s["answers"], "journal": journal}
        save(out, "fuzz_case_file", json.dumps(case, ensure_ascii=False, indent=2 if i % 2 else None))

    dialogues = ["billing_dispute\nyes\nno\n", "1\nsim\nvoltar\nnão\nrevisar\n1\n2\n", "?\nwhy\nback\nreview\n\nskip\nquit\n",
                 "yes\nunsatisfactory\nyes\n123456\nweb\nphone_log\n", "ja\nzurück\nwarum\nbeenden\n"]
    for flags in range(0, 256, 37):
        for dialogue in dialogues:
            save(out, "fuzz_session", bytes([flags]) + dialogue.encode())

    # Command lines: every golden CLI case's arguments, in each language and
    # both ways of choosing it (the first byte; see fuzz_cli.cpp).
    for cmd in sorted(glob.glob(os.path.join(root, "tests/cli/cases/*/cmd"))):
        words = [w for w in shlex.split(open(cmd, encoding="utf-8").read()) if "/" not in w]
        for first in (0, 1, 2, 0x81, 0x82):
            save(out, "fuzz_cli", bytes([first]) + b"\0".join(w.encode() for w in words))
    for first in (1, 2):
        save(out, "fuzz_cli", bytes([first]) + b"advise\0--bogus\0" + b"x" * 40000)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Golden screens: the advice screen of every step of the bundled rule set, in
each of its languages, as a person sees it (80 columns, no colour).

Usage: screens_test.py ESCALATE REPO_ROOT [--update]

For each step, the first scenario of data/scenarios/br-claro-net.jsonl that
expects advice on that step gives the answers and the date; the screen is
rendered with `escalate advise --answers - --lang L --today D` and compared
with docs/screens/STEP.LANG.txt. --update rewrites the files (review the diff:
every change to what a person sees shows up there). A step no scenario reaches,
or a screen file for a step that no longer exists, is a failure too.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap import check, finish  # noqa: E402

escalate, root = sys.argv[1], sys.argv[2]
update = "--update" in sys.argv[3:]
SCREENS = os.path.join(root, "docs/screens")
rules = json.load(open(os.path.join(root, "data/rules/br-claro-net.json"), encoding="utf-8"))
languages = rules["languages"]

first = {}
with open(os.path.join(root, "data/scenarios/br-claro-net.jsonl"), encoding="utf-8") as lines:
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        scenario = json.loads(line)
        step = scenario["expect"].get("step")
        if scenario["expect"].get("status") == "advice" and step and step not in first:
            first[step] = scenario

env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TZ": "UTC", "COLUMNS": "80"}
expected_files = set()
for step in [s["id"] for s in rules["steps"]]:
    scenario = first.get(step)
    if not check(scenario is not None, f"{step}: a scenario reaches it"):
        continue
    for lang in languages:
        name = f"{step}.{lang}.txt"
        expected_files.add(name)
        proc = subprocess.run([escalate, "advise", "--answers", "-", "--lang", lang,
                               "--today", scenario["today"]],
                              input=json.dumps(scenario["answers"]), capture_output=True, text=True,
                              env=env, timeout=60)
        screen = (f"# {scenario['name']}\n# escalate advise --lang {lang} --today {scenario['today']}"
                  f" --answers '{json.dumps(scenario['answers'], ensure_ascii=False)}'\n\n" + proc.stdout)
        path = os.path.join(SCREENS, name)
        if update:
            with open(path, "w", encoding="utf-8") as f:
                f.write(screen)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        check(proc.returncode == 0 and old == screen, f"{name}: the screen is as checked in",
              f"exit {proc.returncode}; rerun with --update and review the diff\n{proc.stderr}")

for name in sorted(os.listdir(SCREENS)):
    if name.endswith(".txt") and name not in expected_files:
        if update:
            os.remove(os.path.join(SCREENS, name))
        else:
            check(False, f"{name}: belongs to a step of the rule set")

sys.exit(finish())

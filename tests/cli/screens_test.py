#!/usr/bin/env python3
"""Golden screens: the advice screen of every step of the bundled rule set, in
each of its languages, as a person sees it (80 columns, no colour).

Usage: screens_test.py BINARY REPO_ROOT [--update] [-k NAME] [--list]

For each step, the first scenario of data/scenarios/br-claro-net.jsonl that
expects advice on that step gives the answers and the date; the screen is
rendered with `escalate advise --answers - --lang L --today D` and compared
with docs/screens/STEP.LANG.txt. --update rewrites the files (review the diff:
every change to what a person sees shows up there). A step no scenario reaches,
or a screen file for a step that no longer exists, is a failure too.
"""
import difflib
import json
import os
import sys

import harness
from harness import check, clean_env, test, text


def screens_folder():
    return harness.repo("docs/screens")


def first_scenario_of_each_step():
    first = {}
    with open(harness.repo("data/scenarios/br-claro-net.jsonl"), encoding="utf-8") as lines:
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            scenario = json.loads(line)
            step = scenario["expect"].get("step")
            if scenario["expect"].get("status") == "advice" and step and step not in first:
                first[step] = scenario
    return first


def diff(old, new, name):
    lines = difflib.unified_diff((old or "").splitlines(keepends=True), new.splitlines(keepends=True),
                                 f"docs/screens/{name} (checked in)", f"docs/screens/{name} (now)")
    return "".join(lines)


@test
def every_step_in_every_language():
    """Each step's screen in each language is as checked in under docs/screens/."""
    with open(harness.repo("data/rules/br-claro-net.json"), encoding="utf-8") as f:
        rules = json.load(f)
    first = first_scenario_of_each_step()
    update = harness.ARGS.update
    expected_files = set()
    for step in [s["id"] for s in rules["steps"]]:
        scenario = first.get(step)
        if not check(scenario is not None, f"{step}: a scenario reaches it"):
            continue
        for lang in rules["languages"]:
            name = f"{step}.{lang}.txt"
            expected_files.add(name)
            proc = harness.run(["advise", "--answers", "-", "--lang", lang, "--today", scenario["today"]],
                               stdin=json.dumps(scenario["answers"]), env=clean_env(COLUMNS="80"))
            screen = (f"# {scenario['name']}\n# escalate advise --lang {lang} --today {scenario['today']}"
                      f" --answers '{json.dumps(scenario['answers'], ensure_ascii=False)}'\n\n" + text(proc.stdout))
            path = os.path.join(screens_folder(), name)
            if update:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(screen)
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            check(proc.returncode == 0 and old == screen, f"{name}: the screen is as checked in",
                  f"exit {proc.returncode}; rerun with --update and review the diff\n{text(proc.stderr)}"
                  + diff(old, screen, name))

    for name in sorted(os.listdir(screens_folder())):
        if name.endswith(".txt") and name not in expected_files:
            if update:
                os.remove(os.path.join(screens_folder(), name))
            else:
                check(False, f"{name}: belongs to a step of the rule set")


if __name__ == "__main__":
    sys.exit(harness.main())

#!/usr/bin/env python3
"""`escalate test`: scenario files run against a rule set from the command line.

Usage: scenario_command_test.py BINARY REPO_ROOT [-k NAME] [--list]

Exit codes (0 all pass, 1 a scenario fails or --require-coverage finds an
unreached step, 2 a malformed file), the failure lines, the summary, the
coverage listing and --format json, on tests/fixtures/rules/valid/engine.json;
then the bundled rule set's own scenarios, which must all pass and reach every step.
"""
import json
import os
import sys
import tempfile

import harness
from harness import check, test, text

START_A = {"name": "start", "today": "2026-11-29",
           "answers": {"contacted_a": False, "extras": ["photos"]},
           "expect": {"status": "advice", "step": "start_a", "channel": "a",
                      "documents": ["receipt", "photos"]}}
WRONG = {"name": "wrong step", "today": "2026-11-29",
         "answers": {"contacted_a": False, "extras": []},
         "expect": {"step": "go_b"}}


def engine():
    return harness.repo("tests/fixtures/rules/valid/engine.json")


def run(*args, lines=None, stdin=None):
    """escalate test on a scenario file of `lines`: exit code, stdout, stderr."""
    with tempfile.TemporaryDirectory(dir=harness.WORKDIR) as tmp:
        files = []
        if lines is not None:
            path = os.path.join(tmp, "cases.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for line in lines:
                    f.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
            files.append(path)
        p = harness.run(["test", *files, *args], stdin=stdin, timeout=120)
        return p.returncode, text(p.stdout), text(p.stderr)


@test
def passing_scenarios():
    """All passing: exit 0, the summary and the steps no scenario reaches."""
    code, out, err = run("--rules", engine(), lines=[START_A])
    check(code == 0, "all scenarios passing exits 0", f"{code}\n{out}\n{err}")
    check("1 passed, 0 failed" in out, "the summary counts passed and failed", out)
    check("coverage: 1 of 7 steps reached; not reached: a_resolved, wait_a, go_b, call_x, explode, go_c"
          in out, "coverage lists the steps no scenario reaches, in rule order", out)


@test
def failing_scenario():
    """A failing scenario: exit 1, one line naming file:line, the scenario and what differs."""
    code, out, err = run("--rules", engine(), lines=[START_A, WRONG])
    check(code == 1, "a failing scenario exits 1", f"{code}\n{out}\n{err}")
    check('FAIL ' in out and ':2 wrong step: step: expected "go_b", got "start_a"' in out,
          "a failing scenario is one line: file:line, name, what differs", out)
    check("1 passed, 1 failed" in out, "the summary counts the failure", out)


@test
def require_coverage():
    """--require-coverage makes unreached steps a failure."""
    code, out, _ = run("--rules", engine(), "--require-coverage", lines=[START_A])
    check(code == 1, "--require-coverage makes unreached steps a failure", f"{code}\n{out}")


@test
def malformed_file():
    """A malformed scenario file: exit 2, the line named with its JSON path, nothing run."""
    code, out, err = run("--rules", engine(), lines=[START_A, '{"name": "x", "answers": {}, "expect": {"stpe": 1}}'])
    check(code == 2, "a malformed file exits 2", f"{code}\n{out}\n{err}")
    check(":2: error: $.expect.stpe: unknown key 'stpe'" in err and "did you mean 'step'" in err,
          "the malformed line is named with its JSON path and a suggestion", err)
    check(out == "", "no scenario runs when a file is malformed", out)


@test
def json_report():
    """--format json: counts, failures with their lines, unreached steps."""
    code, out, _ = run("--rules", engine(), "--format", "json", lines=[START_A, WRONG])
    try:
        report = json.loads(out)
    except ValueError:
        report = {}
    check(code == 1 and report.get("passed") == 1 and report.get("failed") == 1
          and report.get("failures", [{}])[0].get("line") == 2
          and report.get("unreached_steps", [None])[0] == "a_resolved",
          "--format json reports counts, failures with their lines, and unreached steps", out)


@test
def standard_input_and_missing_file():
    """'-' reads standard input; a missing file is an error naming it."""
    code, out, err = run("--rules", engine(), "-", stdin=json.dumps(START_A) + "\n")
    check(code == 0 and "1 passed" in out, "'-' reads scenarios from standard input", f"{code}\n{out}\n{err}")
    code, out, err = run("/nonexistent/cases.jsonl")
    check(code == 2 and "/nonexistent/cases.jsonl" in err, "a missing file is an error naming it", err)


@test
def bundled_scenarios():
    """The bundled rule set passes all its scenarios and reaches every step."""
    bundled = harness.repo("data/scenarios/br-claro-net.jsonl")
    p = harness.run(["test", bundled, "--require-coverage"], timeout=300)
    out = text(p.stdout)
    lines = out.strip().splitlines()
    check(p.returncode == 0, "the bundled rule set passes all its scenarios and reaches every step",
          out[-3000:] + text(p.stderr))
    with open(bundled, encoding="utf-8") as f:
        count = sum(1 for line in f if line.strip() and not line.startswith("#"))
    check(count >= 150 and any(line == f"{count} passed, 0 failed" for line in lines),
          f"the bundled scenarios are at least 150 and all ran ({count})", "\n".join(lines[-3:]))


if __name__ == "__main__":
    sys.exit(harness.main())

#!/usr/bin/env python3
"""`escalate batch` options for organisations, against the real binary:
--fields / --compact, --line-offset, no progress line off a terminal, line
errors in one language, and full results byte-identical to what the program
printed before the performance work.

Usage: python3 batch_options_test.py BINARY REPO_ROOT [-k NAME] [--list] [--update]

tests/fixtures/batch/claro-mixed.expected.jsonl was printed by the program as
it was before the streaming writer and the fast parser (commit 6d614f9) for
tests/fixtures/batch/claro-mixed.jsonl (bench/gen_cases.py --mixed --seed 7):
every later build must print the same bytes, with -j 1 and -j 2.

That golden guards the batch code path (parsing, evaluating, writing, threads),
not the rule content, so it runs on a frozen copy of the Claro rule set,
tests/fixtures/rules/claro-frozen.json (data/rules/br-claro-net.json as of
2026-12-07): a change to a phone number or a deadline in the bundled rules must
not break it. Never refresh the copy to follow the bundled rules. --update
rewrites the golden; do that only for a deliberate change to batch's output,
and read the diff. The progress line on a terminal is batch_progress_test.py's.
"""

import json
import os
import sys

import harness
from harness import TODAY, check, short, test, text, write


def fixture(*parts):
    return harness.repo("tests", "fixtures", *parts)


def cases():
    return fixture("batch", "claro-mixed.jsonl")


def expected():
    return fixture("batch", "claro-mixed.expected.jsonl")


def frozen_rules():
    return fixture("rules", "claro-frozen.json")


def shop():
    return harness.repo("data", "rules", "example-shop.json")


def batch(*args, stdin=None):
    return harness.run(["batch", "--today", TODAY, *args], stdin=stdin, timeout=600)


def lines_of(data):
    return [json.loads(line) for line in data.decode().splitlines()]


@test
def byte_identical():
    """-j 1 and -j 2 print the golden's bytes on the frozen rules."""
    if harness.ARGS.update:
        run = batch("--rules", frozen_rules(), "-j", "1", cases())
        with open(expected(), "wb") as f:
            f.write(run.stdout)
        harness.note(f"updated {os.path.relpath(expected(), harness.ROOT)}")
    with open(expected(), "rb") as f:
        want = f.read()
    for jobs in ("1", "2"):
        run = batch("--rules", frozen_rules(), "-j", jobs, cases())
        first = next((i for i, (a, b) in enumerate(zip(run.stdout, want)) if a != b),
                     min(len(run.stdout), len(want)))
        check(run.stdout == want, f"-j {jobs}: the full results are byte-identical to the "
              "program's before the performance work",
              f"first difference at byte {first}: expected {want[first:first + 120]!r}, "
              f"got {run.stdout[first:first + 120]!r}")
        check(run.returncode == 1, f"-j {jobs}: exit 1, as the input has error lines", run.returncode)


SHOP_CASES = (b'{"id": "a", "answers": {"issue": "defective_product", "store_contacted": false}}\n'
              b'{"id": "b", "answers": {"issue": "defective_product", "store_contacted": true}}\n'
              b'{"id": "c", "answers": {"store_contacted": "maybe"}}\n'
              b'\n')


@test
def compact():
    """--compact: the status, the step, the channel and the question of each line."""
    run = batch("--rules", shop(), "--compact", "-", stdin=SHOP_CASES)
    got = run.stdout.decode().splitlines()
    check(got[0] == '{"line":1,"id":"a","status":"advice","step.id":"go_to_store",'
          '"channel.id":"store","question.id":null}', "--compact: an advice line", got)
    check(got[1] == '{"line":2,"id":"b","status":"needs_input","step.id":null,"channel.id":null,'
          '"question.id":"store_outcome"}', "--compact: a needs_input line names the question", got)
    check(got[2].startswith('{"line":3,"id":"c","status":"error","error":{"code":"invalid_answer"'),
          "--compact: an error line keeps its whole error", got)
    check(got[3] == '{"line":4,"status":"blank"}' and len(got) == 4,
          "--compact: a blank line stays blank; one line out per line in", got)


@test
def fields():
    """--fields: the fields named, in order, each the full result's value; mistakes refused."""
    full = lines_of(batch("--rules", shop(), "-", stdin=SHOP_CASES).stdout)
    run = batch("--rules", shop(), "--fields", "deadlines,channel.name,answers.issue,step", "-",
                stdin=SHOP_CASES)
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
        run = batch("--rules", shop(), *args, "-", stdin=SHOP_CASES)
        check(run.returncode == 2 and needle in run.stderr.decode() and not run.stdout,
              f"{' '.join(args) or '--fields (empty)'}: exit 2, '{needle}', nothing printed",
              (run.returncode, run.stderr))


@test
def line_offset():
    """--line-offset N numbers lines from N+1, up to 2^53; anything else refused."""
    offset_cases = b'{"id": 1}\n\n{\n'
    got = lines_of(batch("--rules", shop(), "--line-offset", "1000", "-", stdin=offset_cases).stdout)
    check([g["line"] for g in got] == [1001, 1002, 1003], "--line-offset 1000 numbers lines from 1001",
          got)
    got = lines_of(batch("--rules", shop(), "--line-offset", "9007199254740991", "-",
                         stdin=b"{}\n").stdout)
    check(got and got[0]["line"] == 9007199254740992, "--line-offset 2^53-1: the line is 2^53", got)
    for bad in ("-1", "x", "1.5", "9007199254740993", "99999999999999999999999"):
        run = batch("--rules", shop(), "--line-offset", bad, "-", stdin=offset_cases)
        check(run.returncode == 2 and b"--line-offset" in run.stderr and not run.stdout,
              f"--line-offset {bad}: exit 2, named, nothing printed", (run.returncode, run.stderr))


@test
def no_progress_off_terminal():
    """No progress line when stderr is not a terminal."""
    run = batch("--rules", frozen_rules(), cases())
    check(b"\r" not in run.stderr and b"\x1b" not in run.stderr and b"lines/s" not in run.stderr
          and b"linhas/s" not in run.stderr,
          "no progress line when stderr is not a terminal", run.stderr[:300])


@test
def error_language():
    """In one batch run, line errors are in one language: the line's lang, else the run's."""
    engine = harness.repo("tests/fixtures/rules/valid/engine.json")
    data = (b'not json\n{"nope": 1}\n{"answers": {"nope": true}}\n{"answers": {"contacted_a": "maybe"}}\n'
            b'{"today": "soon"}\n[1]\n{"lang": "de", "answers": {"nope": true}}\n'
            b'{"lang": "xx"}\n{"answers": {"claim": 1e400}}\n')
    path = write("languages.jsonl", data)
    runs = {}
    for lang in ("en", "pt-BR", "de"):
        proc = harness.run(["batch", "--rules", engine, "--today", TODAY, "--lang", lang, path])
        runs[lang] = [json.loads(l) for l in text(proc.stdout).splitlines()]
    counts = {lang: len(lines) for lang, lines in runs.items()}
    check(all(n == 9 for n in counts.values()), "languages: every line gives one output line", str(counts))
    if not all(n == 9 for n in counts.values()):
        return
    codes = {lang: [l["error"]["code"] for l in lines] for lang, lines in runs.items()}
    check(codes["en"] == codes["pt-BR"] == codes["de"], "languages: error codes are the same in every language",
          json.dumps(codes))
    for other in ("pt-BR", "de"):
        same = [i + 1 for i in range(9)
                if i != 6 and runs["en"][i]["error"]["message"] == runs[other][i]["error"]["message"]]
        check(not same, f"languages: in a --lang {other} run every line error is in {other}",
              "\n".join(f"line {i}: {runs[other][i - 1]['error']['message']}" for i in same))
    german = runs["en"][6]["error"]["message"]
    check(german == runs["de"][6]["error"]["message"] and "unbekannte" in german.lower(),
          "languages: a line's own lang decides its error language", short(german))


if __name__ == "__main__":
    sys.exit(harness.main())

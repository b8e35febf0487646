#!/usr/bin/python3
"""Same-decision comparison: `escalate batch` against a JSON Logic peer.

Rerun (from the repository root; stdlib only):

    /usr/bin/python3 bench/peer_bench.py                       # escalate only
    /usr/bin/python3 bench/peer_bench.py --node                # and the Node peer
    /usr/bin/python3 bench/peer_bench.py --lines 2000 --runs 2 --node   # quick check
    /usr/bin/python3 bench/peer_bench.py --no-fields           # a binary without --fields

What it does:

1. Generates, with a fixed seed, a first-match rule set in `escalate-rules/1`
   with a few boolean, choice, number and date questions and 10 steps: 9 with
   a JSON Logic `when` made only of standard operators (`var`, `==`, `<`,
   `>=`, `and`, `or`, `!`, `in`), then a catch-all. Each step is drawn until
   it takes a fair share of the cases the steps before it leave, so every
   step is reached. The file must pass `escalate check --rules FILE`.
2. Generates N cases (JSON Lines, `{"id": i, "answers": {...}}`), every
   question answered in every case, so every case gets `advice`. About one
   number or date in ten sits exactly on a threshold of the conditions, to
   catch `<` / `>=` differences.
3. Times `escalate batch --rules RULES --today 2026-11-29 --fields step.id
   CASES -o OUT` R times with `-j 1` and with `-j 2`; the step id is read
   from `"step.id"`. A binary whose `batch --help` does not list `--fields`
   is refused (exit 2) unless --no-fields is given: then escalate writes its
   full results and the step id is read from their `step.id` (that output is
   far larger, so its times are not comparable with --fields times).
4. With --node: `npm install` in bench/peer (json-logic-engine pinned in
   bench/peer/package.json and package-lock.json), then times
   `node bench/peer/peer.mjs STEPS CASES > OUT` R times: it compiles each
   step's condition once with `LogicEngine().build()` and prints, per case,
   the id of the first step whose condition is truthy. Both programs are
   timed from process start to exit (wall time, including start-up, reading
   the cases and writing the output).
5. Compares the decisions line by line: escalate (-j 1 and -j 2) against a
   small Python evaluator of the same operators (untimed) and against Node.
   Prints the number of differences; exits 1 if there is any, 2 if something
   could not be run (a failed `escalate check`, a non-zero exit, npm).

The machine is shared (2 cores, other sessions and builds may run at the same
time) and timings are noisy: quote the medians, compare figures from runs made
one after the other, and rerun rather than trust one run. Generated files go
to a temporary folder, removed at the end; --workdir DIR keeps them.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEER_DIR = os.path.join(HERE, "peer")
DEFAULT_BINARY = os.path.join(ROOT, "build", "release", "escalate")
TODAY = "2026-11-29"
SEED = 20261129

# --------------------------------------------------------------------------
# The questions: id, type, and what the generator draws for them.

# No option is called "none": escalate reads the answer "none" (like "idk",
# "não sei", "unbekannt") as "I don't know" before it looks at the options.
CHOICES = {
    "issue": ["defective", "not_delivered", "wrong_charge", "cancelled", "other"],
    "outcome": ["no_reply", "pending", "refused", "partial", "resolved"],
    "plan": ["basic", "plus", "premium"],
}
NUMBER_THRESHOLDS = {
    "amount": [50, 100, 250, 500, 1000, 2000, 3500],       # money, with cents
    "days_waiting": [3, 5, 7, 10, 15, 30, 60, 90],        # whole days
}
DATE_THRESHOLDS = {
    "purchase_date": ["2025-03-01", "2025-06-15", "2025-10-01", "2026-01-01", "2026-03-31",
                      "2026-06-30", "2026-09-01", "2026-11-01"],
    "complaint_date": ["2025-06-01", "2025-12-31", "2026-04-15", "2026-08-01", "2026-10-15",
                       "2026-11-20"],
}
BOOLEANS = ["store_contacted", "has_receipt", "business_customer"]
DATE_MIN = "2025-01-01"


def die(message):
    """A setup or run failure (not a difference in decisions): exit 2."""
    print(f"peer_bench: {message}", file=sys.stderr)
    sys.exit(2)


def questions():
    qs = []
    for q in BOOLEANS:
        qs.append({"id": q, "type": "boolean", "prompt": f"{q.replace('_', ' ').capitalize()}?"})
    for q, options in CHOICES.items():
        qs.append({"id": q, "type": "choice", "prompt": f"Which {q}?",
                   "options": [{"value": o, "label": o.replace("_", " ").capitalize()} for o in options]})
    qs.append({"id": "amount", "type": "number", "prompt": "How much is at stake?", "min": 0, "max": 100000,
               "unit": "BRL"})
    qs.append({"id": "days_waiting", "type": "number", "prompt": "How many days have you waited?", "min": 0,
               "max": 365})
    for q in DATE_THRESHOLDS:
        qs.append({"id": q, "type": "date", "prompt": f"{q.replace('_', ' ').capitalize()}?", "min": DATE_MIN,
                   "max": "today"})
    return qs


def random_date(rng, lo=DATE_MIN, hi=TODAY):
    a = datetime.date.fromisoformat(lo)
    b = datetime.date.fromisoformat(hi)
    return (a + datetime.timedelta(days=rng.randint(0, (b - a).days))).isoformat()


def random_answers(rng):
    """Every question answered; about one number or date in ten sits exactly on a threshold."""
    answers = {}
    for q in BOOLEANS:
        answers[q] = rng.random() < 0.5
    for q, options in CHOICES.items():
        answers[q] = rng.choice(options)
    answers["amount"] = (rng.choice(NUMBER_THRESHOLDS["amount"]) if rng.random() < 0.1
                         else round(rng.uniform(0, 5000), 2))
    answers["days_waiting"] = (rng.choice(NUMBER_THRESHOLDS["days_waiting"]) if rng.random() < 0.1
                               else rng.randint(0, 120))
    for q, thresholds in DATE_THRESHOLDS.items():
        answers[q] = rng.choice(thresholds) if rng.random() < 0.1 else random_date(rng)
    return answers


# --------------------------------------------------------------------------
# A reference evaluator of the operators the conditions use (standard JSON
# Logic semantics), used to draw the steps and to check both programs.

def truthy(v):
    if isinstance(v, bool):
        return v
    if v is None:
        return False
    if isinstance(v, (int, float)):
        return v != 0 and v == v
    if isinstance(v, (str, list)):
        return len(v) > 0
    return True


def same_kind(a, b):
    num = (int, float)
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool)
    return (isinstance(a, num) and isinstance(b, num)) or type(a) is type(b)


def evaluate(logic, data):
    if isinstance(logic, list):
        return [evaluate(x, data) for x in logic]
    if not isinstance(logic, dict):
        return logic
    (op, args), = logic.items()
    if not isinstance(args, list):
        args = [args]
    if op == "var":
        return data[args[0]]
    if op == "and":
        value = True
        for a in args:
            value = evaluate(a, data)
            if not truthy(value):
                return value
        return value
    if op == "or":
        value = False
        for a in args:
            value = evaluate(a, data)
            if truthy(value):
                return value
        return value
    vals = [evaluate(a, data) for a in args]
    if op == "!":
        return not truthy(vals[0])
    if op == "in":
        return vals[0] in vals[1]
    a, b = vals
    if not same_kind(a, b):  # the generator never compares across types; loose == would need care
        raise ValueError(f"cross-type comparison in {logic!r}")
    if op == "==":
        return a == b
    if op == "<":
        return a < b
    if op == ">=":
        return a >= b
    raise ValueError(f"operator {op!r} not in the reference evaluator")


def first_step(steps, answers):
    for step in steps:
        if "when" not in step or truthy(evaluate(step["when"], answers)):
            return step["id"]
    return "-"


# --------------------------------------------------------------------------
# The rule set.

def random_atom(rng, question):
    v = {"var": question}
    if question in BOOLEANS:
        return v if rng.random() < 0.5 else {"!": v}
    if question in CHOICES:
        options = CHOICES[question]
        r = rng.random()
        if r < 0.4:
            return {"==": [v, rng.choice(options)]}
        some = rng.sample(options, rng.randint(2, len(options) - 1))
        return {"in": [v, some]} if r < 0.8 else {"!": {"in": [v, some]}}
    if question in NUMBER_THRESHOLDS:
        return {rng.choice(["<", ">="]): [v, rng.choice(NUMBER_THRESHOLDS[question])]}
    if question in DATE_THRESHOLDS:
        if rng.random() < 0.2:  # two answers compared with each other
            return {rng.choice(["<", ">="]): [{"var": "complaint_date"}, {"var": "purchase_date"}]}
        return {rng.choice(["<", ">="]): [v, rng.choice(DATE_THRESHOLDS[question])]}
    raise ValueError(question)


def random_condition(rng):
    names = BOOLEANS + list(CHOICES) + list(NUMBER_THRESHOLDS) + list(DATE_THRESHOLDS)
    a, b, c = (random_atom(rng, q) for q in rng.sample(names, 3))
    shape = rng.randrange(6)
    if shape == 0:
        return {"and": [a, b]}
    if shape == 1:
        return {"and": [a, b, c]}
    if shape == 2:
        return {"or": [{"and": [a, b]}, c]}
    if shape == 3:
        return {"and": [a, {"or": [b, c]}]}
    if shape == 4:
        return {"!": {"or": [a, b]}}
    return {"and": [a, {"!": {"and": [b, c]}}]}


def make_rules(seed):
    """Ten first-match steps; each conditional step is redrawn until it takes
    10–35% of the sample cases that the steps before it leave."""
    rng = random.Random(seed)
    sample_rng = random.Random(seed + 1)
    sample = [random_answers(sample_rng) for _ in range(4000)]
    channels = ["store", "sac", "ombudsman", "agency", "court"]
    steps = []
    left = sample
    for n in range(1, 10):
        for _ in range(10000):
            when = random_condition(rng)
            hit = [a for a in left if truthy(evaluate(when, a))]
            if 0.10 <= len(hit) / len(left) <= 0.35:
                break
        else:
            die(f"could not draw step {n}")
        left = [a for a in left if not truthy(evaluate(when, a))]
        channel = channels[(n - 1) % len(channels)] if n != 5 else None
        steps.append({"id": f"step_{n}", "when": when, "channel": channel,
                      "kind": "contact" if channel else "done",
                      "title": f"Step {n}", "action": f"Do what step {n} says."})
    steps.append({"id": "catch_all", "channel": "court", "title": "Go to court",
                  "action": "File a claim at the small-claims court."})
    return {
        "format": "escalate-rules/1",
        "x-notes": f"GENERATED by bench/peer_bench.py (seed {seed}); made-up, for benchmarking only.",
        "id": "peer-bench",
        "version": f"seed-{seed}",
        "updated": TODAY,
        "title": "Peer benchmark rule set",
        "languages": ["en"],
        "channels": [{"id": c, "name": c.capitalize(), "summary": f"The {c}.",
                      "contacts": [{"kind": "phone", "value": f"0800 555 01{i:02}"}]}
                     for i, c in enumerate(channels)],
        "ladder": channels,
        "questions": questions(),
        "steps": steps,
    }


# --------------------------------------------------------------------------
# Running and timing.

def wait_for(path, what, timeout=180):
    """The binary may be rebuilt under us: wait for it to be back."""
    deadline = time.monotonic() + timeout
    while not os.access(path, os.X_OK):
        if time.monotonic() > deadline:
            die(f"{what} not found (or not executable): {path}")
        print(f"waiting for {path} ...", file=sys.stderr)
        time.sleep(2)


def run(command, stdout=subprocess.PIPE, cwd=None):
    return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, cwd=cwd)


def timed(command, runs, out_path, to_stdout, binary=None):
    """Median-able wall times of R runs, and the sha256 of each run's output."""
    times, digests = [], []
    for _ in range(runs):
        if binary:
            wait_for(binary, "escalate")
        if os.path.exists(out_path):
            os.remove(out_path)
        start = time.perf_counter()
        if to_stdout:
            with open(out_path, "wb") as f:
                p = subprocess.run(command, stdout=f, stderr=subprocess.PIPE)
        else:
            p = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if p.returncode != 0:
            die(f"{' '.join(command)}: exit {p.returncode}\n{p.stderr.decode(errors='replace')}")
        with open(out_path, "rb") as f:
            digests.append(hashlib.sha256(f.read()).hexdigest())
    return times, digests


def escalate_decisions(path, lines, fields):
    decisions = []
    with open(path, encoding="utf-8") as f:
        for i, raw in enumerate(f):
            obj = json.loads(raw)
            if obj.get("line") != i + 1 or obj.get("id") != i:
                die(f"{path}:{i + 1}: unexpected line/id: {raw[:200]}")
            if obj.get("status") != "advice":
                die(f"{path}:{i + 1}: status is not advice: {raw[:400]}")
            if fields:
                if "step.id" not in obj:
                    die(f"{path}:{i + 1}: no \"step.id\" (try --no-fields): {raw[:400]}")
                step = obj["step.id"]
            else:
                step = obj["step"]["id"] if obj.get("step") else None
            decisions.append(step if step is not None else "-")
    if len(decisions) != lines:
        die(f"{path}: {len(decisions)} lines, expected {lines}")
    return decisions


def node_decisions(path, lines):
    with open(path, encoding="utf-8") as f:
        decisions = f.read().splitlines()
    if len(decisions) != lines:
        die(f"{path}: {len(decisions)} lines, expected {lines}")
    return decisions


def compare(name_a, got_a, name_b, got_b, cases):
    diffs = [i for i, (a, b) in enumerate(zip(got_a, got_b)) if a != b]
    print(f"  {name_a} vs {name_b}: {len(diffs)} difference(s) in {len(got_b)} cases")
    for i in diffs[:5]:
        print(f"    case {i}: {name_a} {got_a[i]}, {name_b} {got_b[i]}; answers {json.dumps(cases[i])}")
    return len(diffs)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=DEFAULT_BINARY, help="escalate binary (default: %(default)s)")
    parser.add_argument("--lines", "-n", type=int, default=100000, help="cases to generate (default: %(default)s)")
    parser.add_argument("--runs", "-r", type=int, default=5, help="timed runs per program (default: %(default)s)")
    parser.add_argument("--jobs", default="1,2", help="escalate -j values, comma-separated (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=SEED, help="seed for rules and cases (default: %(default)s)")
    parser.add_argument("--node", action="store_true",
                        help="also run the Node peer (npm install in bench/peer, then bench/peer/peer.mjs)")
    parser.add_argument("--node-bin", default="node", help="Node 20 or later (default: %(default)s)")
    parser.add_argument("--no-fields", dest="fields", action="store_false",
                        help="run escalate without --fields step.id and read the step from the full output "
                             "(for a binary that lacks --fields; the output, and so the time, is much larger)")
    parser.add_argument("--workdir", help="write the generated files here and keep them (default: a temporary "
                                          "folder, removed at the end)")
    args = parser.parse_args()
    if args.lines < 1 or args.runs < 1:
        parser.error("--lines and --runs must be at least 1")
    jobs = [int(j) for j in args.jobs.split(",")]

    binary = os.path.abspath(args.binary)
    wait_for(binary, "escalate")
    if args.fields and "--fields" not in run([binary, "batch", "--help"]).stdout.decode():
        die(f"{binary}: 'batch' does not take --fields yet; rerun with --no-fields")

    workdir = os.path.abspath(args.workdir) if args.workdir else tempfile.mkdtemp(prefix="peer_bench.")
    os.makedirs(workdir, exist_ok=True)
    try:
        return bench(args, binary, jobs, workdir)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


def bench(args, binary, jobs, workdir):
    rules_path = os.path.join(workdir, "rules.json")
    steps_path = os.path.join(workdir, "steps.json")
    cases_path = os.path.join(workdir, "cases.jsonl")

    # 1. The rule set, checked by escalate; its conditions, in order, for the peer.
    rules = make_rules(args.seed)
    with open(rules_path, "w") as f:
        json.dump(rules, f, indent=1)
        f.write("\n")
    steps = [{k: s[k] for k in ("id", "when") if k in s} for s in rules["steps"]]
    with open(steps_path, "w") as f:
        json.dump({"steps": steps}, f, indent=1)
        f.write("\n")
    check = run([binary, "check", "--rules", rules_path])
    if check.returncode != 0:
        die(f"escalate check --rules {rules_path}: exit {check.returncode}\n"
                         f"{check.stdout.decode()}{check.stderr.decode()}")
    notes = (check.stdout.decode() + check.stderr.decode()).strip()

    # 2. The cases, and the decisions the reference evaluator makes for them.
    rng = random.Random(args.seed + 2)
    cases = [random_answers(rng) for _ in range(args.lines)]
    with open(cases_path, "w") as f:
        for i, answers in enumerate(cases):
            f.write(json.dumps({"id": i, "answers": answers}) + "\n")
    reference = [first_step(steps, a) for a in cases]
    counts = {s["id"]: 0 for s in steps}
    for r in reference:
        counts[r] = counts.get(r, 0) + 1

    print(f"escalate: {binary} ({run([binary, '--version']).stdout.decode().strip()})")
    print(f"rules: {len(steps)} steps, {len(rules['questions'])} questions, seed {args.seed}; "
          f"escalate check: exit 0{' (' + notes.splitlines()[0] + ')' if notes else ''}")
    print(f"cases: {args.lines} lines, {os.path.getsize(cases_path) / 1e6:.1f} MB; {args.runs} timed runs each; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print("first matching step (reference): " + ", ".join(f"{k} {v}" for k, v in counts.items()))

    results = []  # (program, times)
    decisions = {}
    failures = 0

    # 3. escalate.
    for j in jobs:
        out_path = os.path.join(workdir, f"escalate-j{j}.jsonl")
        command = [binary, "batch", "--rules", rules_path, "--today", TODAY, "-j", str(j)]
        if args.fields:
            command += ["--fields", "step.id"]
        command += [cases_path, "-o", out_path]
        times, digests = timed(command, args.runs, out_path, to_stdout=False, binary=binary)
        name = f"escalate -j {j}"
        if len(set(digests)) != 1:
            print(f"  {name}: the {args.runs} runs gave different outputs")
            failures += 1
        results.append((name, times))
        decisions[name] = escalate_decisions(out_path, args.lines, args.fields)

    # 4. The Node peer.
    if args.node:
        version = run([args.node_bin, "--version"]).stdout.decode().strip()
        if not version.startswith("v") or int(version[1:].split(".")[0]) < 20:
            die(f"{args.node_bin} --version: {version!r}; Node 20 or later is needed")
        npm = run(["npm", "install", "--no-audit", "--no-fund"], cwd=PEER_DIR)
        if npm.returncode != 0:
            die(f"npm install in {PEER_DIR}: exit {npm.returncode}\n{npm.stderr.decode()}")
        with open(os.path.join(PEER_DIR, "node_modules", "json-logic-engine", "package.json")) as f:
            engine_version = json.load(f)["version"]
        print(f"node: {version}, json-logic-engine {engine_version}")
        out_path = os.path.join(workdir, "node.txt")
        command = [args.node_bin, os.path.join(PEER_DIR, "peer.mjs"), steps_path, cases_path]
        times, digests = timed(command, args.runs, out_path, to_stdout=True)
        name = "node json-logic-engine"
        if len(set(digests)) != 1:
            print(f"  {name}: the {args.runs} runs gave different outputs")
            failures += 1
        results.append((name, times))
        decisions[name] = node_decisions(out_path, args.lines)

    # 5. Same decisions?
    print("differences (each program's last run, line by line):")
    for name, got in decisions.items():
        failures += compare(name, got, "reference", reference, cases)
    first = next(iter(decisions))
    if args.node:
        node = "node json-logic-engine"
        differences = compare(first, decisions[first], node, decisions[node], cases)
        failures += differences
        print(f"escalate and node differ on {differences} of {args.lines} cases")

    base = statistics.median(results[0][1])
    width = max(len(n) for n, _ in results)
    print(f"\n{'program':<{width}}  {'median s':>9}  {'min-max s':>13}  {'lines/s':>10}  {'time ratio':>10}")
    for name, times in results:
        median = statistics.median(times)
        print(f"{name:<{width}}  {median:9.3f}  {min(times):6.3f}-{max(times):<6.3f}  "
              f"{args.lines / median:10,.0f}  {median / base:9.2f}x")
    print(f"(median of {args.runs} runs, wall time from process start; ratio: time / {results[0][0]}; "
          f"escalate output: {'--fields step.id' if args.fields else 'full (--no-fields)'})")
    if failures:
        print(f"\nFAILED: {failures} difference(s) or inconsistencies, counted over the comparisons above")
        return 1
    print("\nsame decision for every case")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""One-shot benchmark: median wall time of a one-shot `escalate advise` with the
bundled (Claro NET) rule set, beside `escalate --version` (process start and
exit alone) and /bin/true (the cost of starting any process from Python).

Rerun:
  /usr/bin/python3 bench/oneshot_bench.py                      # build/release/escalate, 100 runs
  /usr/bin/python3 bench/oneshot_bench.py --runs 300
  /usr/bin/python3 bench/oneshot_bench.py --binary /tmp/base/escalate --binary build/release/escalate

With several --binary, each is measured in turn, interleaved run by run (so
that a burst of load on the shared machine hits all of them alike), and
printed one row each; compare rows from the same invocation only.

The advise call is a realistic first visit: four answers (issue, how to go on,
no urgent harm, not yet in touch with the SAC) leading to the advice
`call_sac` (exit 0). Before timing, each binary's answer is checked once
(exit 0 or 3 and a JSON status); a binary that refuses the answers is
reported and skipped. The machine is shared and noisy: quote the medians."""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = "2026-11-29"
ANSWERS = ["issue=service_failure", "go_now=recommended", "urgent_harm=no", "sac_contacted=no"]


def advise_cmd(binary):
    cmd = [binary, "advise", "--today", TODAY, "--lang", "en", "--format", "json"]
    for a in ANSWERS:
        cmd += ["-a", a]
    return cmd


def check_advise(binary):
    """What the advise call gives (e.g. 'advice call_sac'), or None with a reason."""
    proc = subprocess.run(advise_cmd(binary), capture_output=True, text=True)
    if proc.returncode not in (0, 3):
        return None, f"exit {proc.returncode}: {(proc.stdout + proc.stderr).strip()[:300]}"
    try:
        out = json.loads(proc.stdout)
    except ValueError:
        return None, f"not JSON: {proc.stdout[:200]}"
    if out.get("status") == "advice":
        return f"advice {(out.get('step') or {}).get('id')} (exit {proc.returncode})", None
    return f"{out.get('status')} {(out.get('question') or {}).get('id')} (exit {proc.returncode})", None


def run_once(cmd):
    start = time.perf_counter()
    code = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    return (time.perf_counter() - start) * 1000, code


def measure(commands, runs, warmup):
    """Median, min, max (ms) and exit codes of each command, interleaved run by run."""
    for _ in range(warmup):
        for cmd in commands:
            run_once(cmd)
    times = [[] for _ in commands]
    codes = [set() for _ in commands]
    for _ in range(runs):
        for i, cmd in enumerate(commands):
            ms, code = run_once(cmd)
            times[i].append(ms)
            codes[i].add(code)
    return [(statistics.median(t), min(t), max(t), sorted(c)) for t, c in zip(times, codes)]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--binary", action="append",
                   help="an escalate binary; repeat to compare (default build/release/escalate)")
    p.add_argument("--runs", type=int, default=100, help="timed runs of each command (default 100)")
    p.add_argument("--warmup", type=int, default=5, help="untimed runs first (default 5)")
    args = p.parse_args()
    if args.runs < 1:
        p.error("--runs must be at least 1")
    binaries = args.binary or [os.path.join(ROOT, "build/release/escalate")]
    for b in binaries:
        if not os.access(b, os.X_OK):
            sys.exit(f"{b}: not an executable; build first (cmake --build --preset release) or pass --binary")

    print(f"one-shot: escalate advise --today {TODAY} --lang en --format json "
          + " ".join(f"-a {a}" for a in ANSWERS))
    print(f"{args.runs} timed runs after {args.warmup} warm-up runs, interleaved; times in ms (wall, from Python); "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    usable = []
    for b in binaries:
        version = subprocess.run([b, "--version"], capture_output=True, text=True).stdout.strip().split("\n")[0]
        gives, problem = check_advise(b)
        print(f"  {b}: {version or '?'}; advise -> {gives or 'UNUSABLE, ' + problem}")
        if gives:
            usable.append(b)
    if not usable:
        sys.exit("no binary gave an answer to the advise call; nothing to time")

    commands = [["/bin/true"]]
    for b in usable:
        commands += [[b, "--version"], advise_cmd(b)]
    results = measure(commands, args.runs, args.warmup)

    print(f"\n{'command':<44} {'median':>8} {'min':>8} {'max':>8}  exit")
    t = results[0]
    print(f"{'/bin/true':<44} {t[0]:8.2f} {t[1]:8.2f} {t[2]:8.2f}  {t[3]}")
    for i, b in enumerate(usable):
        name = b if len(b) <= 30 else "..." + b[-27:]
        for label, r in (("--version", results[1 + 2 * i]), ("advise", results[2 + 2 * i])):
            print(f"{name + ' ' + label:<44} {r[0]:8.2f} {r[1]:8.2f} {r[2]:8.2f}  {r[3]}")
    if usable:
        print("\nadvise minus --version (median; the work beyond starting the program):")
        for i, b in enumerate(usable):
            print(f"  {b}: {results[2 + 2 * i][0] - results[1 + 2 * i][0]:.2f} ms")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Batch throughput and memory on the bundled Claro NET rule set: the median
wall time of `escalate batch` over repeated runs, lines per second and peak
RSS, with -j 1 and -j 2, for full results and for --compact.

    /usr/bin/python3 bench/batch_bench.py [--binary B] [--lines N] [--runs R]
        [--reference OLD_BINARY] [--mixed] [--repeat K]

Cases come from bench/gen_cases.py with a fixed seed, so every run evaluates
the same input. --reference runs an older build on the same input too, and
checks that the full results of both are byte-identical (exit 1 if not).
--repeat K feeds the generated file K times through a pipe (K x N lines
without K x the disk), for the memory check on a million lines. Wall time
and peak RSS come from GNU time (/usr/bin/time, Debian's package `time`).

The machine is shared and noisy: quote the median, compare runs made one
after the other, and read the min-max spread before believing a difference."""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command, input_path, output_path, repeat, scratch):
    """Wall seconds and peak RSS (KiB) of one run; the input fed `repeat` times.

    GNU time measures the program alone: the peak RSS a parent reads with
    wait4() starts from the parent's own size at fork, so Python cannot."""
    report = os.path.join(scratch, "time.txt")
    feed = " ".join(["cat", shlex.quote(input_path)] * 1)
    pipeline = (f"for i in $(seq {repeat}); do {feed}; done | "
                f"/usr/bin/time -f '%e %M %x' -o {shlex.quote(report)} "
                + " ".join(shlex.quote(c) for c in command)
                + f" > {shlex.quote(output_path)} 2>/dev/null")
    subprocess.run(["sh", "-c", pipeline], check=False)
    with open(report) as f:
        fields = f.read().split()
    elapsed, rss, code = float(fields[-3]), int(fields[-2]), int(fields[-1])
    if code not in (0, 1):
        sys.exit(f"{' '.join(command)}: exit {code}")
    return elapsed, rss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default="build/release/escalate")
    parser.add_argument("--lines", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reference", help="an older escalate binary to compare with")
    parser.add_argument("--mixed", action="store_true", help="cases with blank and broken lines too")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cases = os.path.join(tmp, "cases.jsonl")
        with open(cases, "w") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "gen_cases.py"), args.binary, str(args.lines)]
                           + (["--mixed"] if args.mixed else []), stdout=f, check=True)
        lines = args.lines * args.repeat
        print(f"{lines:,} lines ({os.path.getsize(cases) * args.repeat / 1e6:,.0f} MB), "
              f"median of {args.runs} runs\n")
        print(f"{'program':<28} {'-j':>3} {'median s':>9} {'min-max s':>13} {'lines/s':>10} {'peak RSS':>9}")
        programs = [("escalate", args.binary, [])]
        programs.append(("escalate --compact", args.binary, ["--compact"]))
        if args.reference:
            programs.insert(0, ("reference", args.reference, []))
        outputs = {}
        for name, binary, extra in programs:
            for jobs in args.jobs.split(","):
                out = os.path.join(tmp, f"{len(outputs)}.out")
                command = [binary, "batch", "--today", "2026-11-29", "-j", jobs, *extra, "-"]
                runs = [timed(command, cases, out, args.repeat, tmp) for _ in range(args.runs)]
                times = [t for t, _ in runs]
                median = statistics.median(times)
                rss = max(r for _, r in runs) / 1024
                print(f"{name:<28} {jobs:>3} {median:>9.3f} {min(times):>6.3f}-{max(times):<6.3f} "
                      f"{lines / median:>10,.0f} {rss:>7.1f} MB")
                outputs[(name, jobs)] = out
        if args.reference:
            same = all(open(outputs[("reference", j)], "rb").read() == open(outputs[("escalate", j)], "rb").read()
                       for j in args.jobs.split(","))
            print(f"\nfull results byte-identical to the reference: {'yes' if same else 'NO'}")
            if not same:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

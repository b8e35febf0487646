#!/usr/bin/env python3
"""docs/scale-out.md's recipe, run for real: one JSON Lines file cut into chunks
by GNU parallel, each chunk evaluated by its own `escalate batch --line-offset`,
gives byte for byte what one `escalate batch` process gives for the whole file.

Usage: python3 scale_out_test.py BINARY REPO_ROOT [-k NAME] [--list]

A few thousand varied cases come from bench/gen_cases.py --mixed, with empty
lines put where chunks begin (GNU parallel 20221122 miscounts a chunk that
starts with one; the recipe's `sed` step is there for that), bytes that are
not UTF-8, a NUL, CR line ends and a last line without a newline. The recipe
runs locally (`--sshlogin :`, `-j 2`, and through an ssh stand-in that runs
the "remote" command with `sh -c`, as sshd does, so that the offset's quoting
is the remote shell's business), with chunk sizes that divide the line count,
that do not, and of one line. The exit statuses, the job log and the summaries
on standard error are checked against what the document says.

GNU parallel is required (scripts/setup installs it): without it the test is
skipped (exit 77), and fails under CI; another program called parallel (such
as moreutils') is a failure.
"""

import functools
import json
import os
import re
import shutil
import subprocess
import sys

import harness
from harness import check, test

TODAY = "2026-11-29"
LINES = 3000
BLOCK = "--block 32M"  # as in the document: more than any chunk, so parallel never grows it

# The command each chunk runs, as docs/scale-out.md writes it: LINES is the
# chunk size given to -N. Single quotes keep $(( )) and {#} from the shell
# that starts parallel; parallel puts the chunk's number in for {#}, and the
# shell that runs the job (the remote one, over ssh) does the arithmetic.
JOB = "'escalate batch --today 2026-11-29 --lang en --line-offset $(( ({#}-1)*LINES ))'"
# The same offset computed by parallel itself, for shells without $(( )).
JOB_PERL = "'escalate batch --today 2026-11-29 --lang en --line-offset {= $_=(seq()-1)*LINES =}'"
# Empty lines become a space first: escalate prints the same blank result for both.
SPLIT = "sed 's/^$/ /' INPUT | parallel --pipe --keep-order -N LINES"
SINGLE = "escalate batch --today 2026-11-29 --lang en"
# The chunks that failed, from a job log: not 0 or 1, or stopped by a signal.
AWK = "awk -F'\\t' 'NR > 1 && (($7 != 0 && $7 != 1) || $8 != 0)' jobs.tsv"


SSH_STAND_IN = r"""#!/bin/sh
# Stands in for ssh: skips the options and the host name, then runs the
# command the way sshd does, joined with spaces and given to the shell's -c.
while [ $# -gt 0 ]; do
  case "$1" in
    -o|-p|-l|-i|-F|-S|-E|-c|-m|-b|-J) shift 2 ;;
    -*) shift ;;
    *) break ;;
  esac
done
shift
[ "${1-}" = "--" ] && shift
exec /bin/sh -c "$*"
"""


def short(data, limit=400):
    return harness.short(data, limit)


@functools.lru_cache(maxsize=None)
def environment():
    """Parallel and its jobs run with this environment: the binary under test is the
    `escalate` on PATH, as in the document (a copy, so that a rebuild while the test
    runs changes nothing); parallel keeps its files in the run's folder."""
    workdir = harness.WORKDIR
    bindir = os.path.join(workdir, "bin")
    os.mkdir(bindir)
    shutil.copy2(harness.BINARY, os.path.join(bindir, "escalate"))
    return {"PATH": f"{bindir}:/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC", "SHELL": "/bin/sh",
            "HOME": workdir, "PARALLEL_HOME": os.path.join(workdir, ".parallel"), "TMPDIR": workdir}


def need_gnu_parallel():
    """Stops the check when there is no parallel (a skip; a failure under CI), and
    fails it when `parallel` is another program, such as moreutils'."""
    env = environment()
    if not shutil.which("parallel", path=env["PATH"]):
        raise harness.MissingTool("GNU parallel")
    version = subprocess.run(["parallel", "--version"], capture_output=True, env=env, timeout=60)
    if not version.stdout.startswith(b"GNU parallel"):
        raise AssertionError("docs/scale-out.md is checked with GNU parallel: install it with 'apt-get install "
                             f"parallel'; `parallel --version` says: {short(version.stdout + version.stderr)}")
    return version.stdout.splitlines()[0].decode()


def sh(command, timeout=120):
    """Runs a shell command line in the run's folder, as a person would type it."""
    return subprocess.run(["/bin/sh", "-c", command], cwd=harness.WORKDIR, env=environment(), capture_output=True,
                          stdin=subprocess.DEVNULL, timeout=timeout)


def recipe(input_name, lines, where, job=JOB):
    """The docs/scale-out.md command line for a chunk size and a placement
    (`--sshlogin :`, `-j 2`, ...)."""
    split = SPLIT.replace("INPUT", input_name).replace("LINES", str(lines))
    return f"{split} {BLOCK} {where} --will-cite {job.replace('LINES', str(lines))}"


def first_difference(got, want):
    got_lines, want_lines = got.split(b"\n"), want.split(b"\n")
    for i, (g, w) in enumerate(zip(got_lines, want_lines), 1):
        if g != w:
            return f"output line {i} differs:\n  got:  {short(g, 200)}\n  want: {short(w, 200)}"
    return f"got {len(got_lines) - 1} lines, want {len(want_lines) - 1}"


def chunks(statuses, lines):
    return [statuses[i:i + lines] for i in range(0, len(statuses), lines)]


def failed_chunks(statuses, lines):
    """How many chunks exit 1: those with at least one error line."""
    return sum(1 for chunk in chunks(statuses, lines) if "error" in chunk)


def summaries(stderr):
    """The per-chunk summaries on stderr: [(lines, error lines)], in order, and
    every stderr line that is not a summary."""
    found, other = [], []
    for line in stderr.decode("utf-8", "replace").splitlines():
        m = re.fullmatch(r"escalate batch: lines (\d+): (.*)", line)
        if m:
            errors = re.search(r"\berror (\d+)", m.group(2))
            found.append((int(m.group(1)), int(errors.group(1)) if errors else 0))
        elif not line.startswith("escalate batch: advice by channel: "):
            other.append(line)
    return found, other


def check_run(name, run, want, statuses, lines):
    """The checks every run of the recipe gets: identical output, parallel's exit
    status, one summary per chunk in chunk order, nothing else on stderr."""
    check(run.stdout == want, f"{name}, byte-identical to the single run ({len(statuses)} lines)",
          first_difference(run.stdout, want) + f"\nstderr: {short(run.stderr)}")
    expected_exit = min(failed_chunks(statuses, lines), 101)
    check(run.returncode == expected_exit,
          f"{name}, parallel exits {expected_exit}, the number of chunks with an error line",
          f"got exit {run.returncode}; stderr: {short(run.stderr)}")
    found, other = summaries(run.stderr)
    want_summaries = [(len(c), c.count("error")) for c in chunks(statuses, lines)]
    check(found == want_summaries, f"{name}, one summary per chunk on stderr, in chunk order",
          f"got {short(found)}\nwant {short(want_summaries)}")
    check(not other, f"{name}, nothing else on stderr", "\n".join(other[:20]))


def make_input(root, binary):
    """LINES generated cases with some lines replaced: empty lines where chunks
    of 500, 701 and 1000 begin (and the very first line), hostile bytes; the
    last line ends without a newline."""
    gen = subprocess.run([sys.executable, os.path.join(root, "bench", "gen_cases.py"), binary,
                          str(LINES), "--mixed"], capture_output=True, env=environment(), timeout=120)
    check(gen.returncode == 0, "bench/gen_cases.py --mixed generates the cases", short(gen.stderr))
    lines = gen.stdout.split(b"\n")[:-1]
    check(len(lines) == LINES, f"bench/gen_cases.py gives {LINES} lines", f"got {len(lines)}")
    for i in (0, 500, 701, 1000, 1001, 1402, 2000, 2103, 2500):
        lines[i] = b""
    hostile = [b'{"id": "latin-1 \xe9", "answers": {}}', b'{"id": "nul \x00", "answers": {}}',
               b'{"id": "crlf", "answers": {}}\r', b"\r", b"\xff\xfe", b" \t ",
               b'{"id": "nul after", "answers": {}}\x00', b'{"id": 1e999}']
    for i, line in enumerate(hostile):
        lines[1500 + 97 * i] = line
    lines[-1] = b'{"id": "last, no newline", "answers": {}}'
    return b"\n".join(lines)


def output_statuses(output):
    statuses = []
    for i, raw in enumerate(output.split(b"\n")[:-1], 1):
        obj = json.loads(raw)
        assert obj["line"] == i, (i, raw[:80])
        statuses.append(obj["status"])
    return statuses


def write(name, data):
    harness.write(name, data)


def joblog(path):
    """(Exitval, Signal) of each chunk from a --joblog, by sequence number."""
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    return [(int(row[6]), int(row[7])) for row in sorted(rows, key=lambda row: int(row[0]))]


def refused(exitval, signal):
    """How the job log shows a chunk whose escalate refused the command:
    exit 2, or, when parallel could not write it the whole chunk, SIGPIPE."""
    return (exitval, signal) == (2, 0) or exitval == 141 or signal == 13


def failed_in_log(name):
    """The job log's chunks that really failed, by the document's awk command."""
    run = sh(AWK.replace("jobs.tsv", name))
    return [int(line.split("\t")[0]) for line in run.stdout.decode().splitlines()]


@test
def document_shows_the_recipe():
    """docs/scale-out.md shows each piece of the recipe this test runs."""
    doc_path = harness.repo("docs", "scale-out.md")
    check(os.path.isfile(doc_path), "docs/scale-out.md exists")
    doc = open(doc_path, encoding="utf-8").read() if os.path.isfile(doc_path) else ""
    for piece in ("sed 's/^$/ /'", "parallel --pipe --keep-order -N", JOB.split("LINES")[0],
                  JOB_PERL.split("LINES")[0][1:], SINGLE, AWK, "--sshlogin :", "cmp "):
        check(piece in doc, f"docs/scale-out.md shows {piece!r}", "the test runs the document's recipe")


@functools.lru_cache(maxsize=None)
def reference():
    """The cases (cases.jsonl), and one process's output and statuses for them; the
    checks of that single run are made once, by the first check that needs it."""
    helptext = harness.run(["batch", "--help"]).stdout
    if not check(b"--line-offset" in helptext, "escalate batch takes --line-offset", short(helptext)):
        raise AssertionError("no --line-offset: the recipe cannot run")
    harness.note(need_gnu_parallel())
    cases = make_input(harness.ROOT, harness.BINARY)
    write("cases.jsonl", cases)
    single = sh(f"{SINGLE} cases.jsonl")
    check(single.returncode == 1, "the single run exits 1: the cases hold error lines",
          f"exit {single.returncode}; stderr: {short(single.stderr)}")
    want = single.stdout
    try:
        statuses = output_statuses(want)
    except (ValueError, KeyError, AssertionError) as e:
        check(False, "the single run prints one JSON line per input line, numbered from 1", e)
        raise
    check(len(statuses) == LINES, f"the single run prints {LINES} lines", len(statuses))
    check(statuses[0] == "blank" and statuses[500] == "blank" and statuses.count("error") > 100,
          "the cases hold blank lines, chunk-starting ones too, and many error lines",
          {s: statuses.count(s) for s in set(statuses)})
    return cases, want, statuses


@test
def recipe_in_several_shapes():
    """The recipe on this machine: chunks that divide the lines, that do not, two jobs, {= =}."""
    need_gnu_parallel()
    _, want, statuses = reference()
    for lines, where, job in ((500, "--sshlogin :", JOB),     # 6 chunks of 500
                              (701, "-j 2", JOB),             # 4 of 701 and one of 196
                              (1000, "--sshlogin 2/:", JOB.replace("batch", "batch -j 2")),
                              (997, "--sshlogin :", JOB_PERL)):  # the offset from {= =}
        name = f"-N {lines} {where}" + (" with {= =}" if job is JOB_PERL else "")
        if "-j 2" in job:
            name += ", escalate -j 2"
        check_run(name, sh(recipe("cases.jsonl", lines, where, job)), want, statuses, lines)


@test
def chunks_of_one_line():
    """Chunks of one line: one process per line, so only the first 120 lines."""
    need_gnu_parallel()
    cases, want, statuses = reference()
    prefix_lines = 120
    write("first.jsonl", b"".join(line + b"\n" for line in cases.split(b"\n")[:prefix_lines]))
    want_prefix = b"".join(line + b"\n" for line in want.split(b"\n")[:prefix_lines])
    check_run("-N 1 -j 2 (first 120 lines)", sh(recipe("first.jsonl", 1, "-j 2")), want_prefix,
              statuses[:prefix_lines], 1)


@test
def through_ssh():
    """Through ssh: parallel fills in {#}, the "remote" shell (sh -c, as sshd runs it) does the arithmetic."""
    need_gnu_parallel()
    cases, want, statuses = reference()
    stand_in = os.path.join(harness.WORKDIR, "ssh-stand-in")
    with open(stand_in, "w", encoding="utf-8") as f:
        f.write(SSH_STAND_IN)
    os.chmod(stand_in, 0o755)
    prefix_lines = 600
    write("remote.jsonl", b"".join(line + b"\n" for line in cases.split(b"\n")[:prefix_lines]))
    want_prefix = b"".join(line + b"\n" for line in want.split(b"\n")[:prefix_lines])
    hosts = f"--sshlogin '2/{stand_in} host1,2/{stand_in} host2'"
    check_run("-N 97 over ssh to two hosts", sh(recipe("remote.jsonl", 97, hosts)), want_prefix,
              statuses[:prefix_lines], 97)


@test
def job_log():
    """The job log tells chunks with error lines (exit 1) from chunks that failed."""
    # Here escalate refuses the command (an invalid --today), which the log shows
    # as exit 2, or as SIGPIPE when parallel could not write the chunk to a job
    # that had already ended.
    need_gnu_parallel()
    cases, want, statuses = reference()
    run = sh(recipe("cases.jsonl", 500, "--sshlogin : --joblog jobs.tsv"))
    log = joblog(os.path.join(harness.WORKDIR, "jobs.tsv"))
    want_log = [(1 if "error" in chunk else 0, 0) for chunk in chunks(statuses, 500)]
    check(run.stdout == want and log == want_log,
          "--joblog: Exitval is 1 for each chunk with an error line, else 0; no signal",
          f"got {log}, want {want_log}")
    check(failed_in_log("jobs.tsv") == [], "the awk command finds no failed chunk in that log",
          failed_in_log("jobs.tsv"))
    # Big chunks: parallel cannot write them whole to a job that reads nothing.
    # Small ones usually fit in the pipe, and the job log shows exit 2.
    write("first.jsonl", b"".join(line + b"\n" for line in cases.split(b"\n")[:120]))
    for input_name, total, lines in (("cases.jsonl", LINES, 500), ("first.jsonl", 120, 10)):
        bad = recipe(input_name, lines, "--sshlogin : --joblog bad.tsv").replace(TODAY, "2026-02-30")
        run = sh(bad)
        log = joblog(os.path.join(harness.WORKDIR, "bad.tsv"))
        n = -(-total // lines)
        messages = run.stderr.decode("utf-8", "replace").count("escalate: error: invalid --today")
        check(run.returncode == min(n, 101) and len(log) == n and all(refused(*row) for row in log)
              and not run.stdout and messages == n,
              f"a refused command, -N {lines}: no output, each chunk refused in the job log, "
              "escalate's message per chunk, parallel exits with the number of chunks",
              f"exit {run.returncode}, job log {sorted(set(log))}, stdout {short(run.stdout, 100)}, "
              f"{messages} messages; stderr {short(run.stderr)}")
        check(failed_in_log("bad.tsv") == list(range(1, n + 1)),
              f"a refused command, -N {lines}: the awk command lists every chunk", failed_in_log("bad.tsv"))


@test
def no_error_lines():
    """A file without error lines: every chunk exits 0, and so does parallel."""
    need_gnu_parallel()
    cases, _, statuses = reference()
    clean = b"".join(line + b"\n" for line, status in zip(cases.split(b"\n"), statuses)
                     if status != "error")
    write("clean.jsonl", clean)
    one = sh(f"{SINGLE} clean.jsonl")
    run = sh(recipe("clean.jsonl", 500, "--sshlogin :"))
    check(one.returncode == 0 and run.returncode == 0 and run.stdout == one.stdout,
          "no error line: exit 0, and the same bytes as the single run",
          f"single exit {one.returncode}, parallel exit {run.returncode}; "
          + first_difference(run.stdout, one.stdout))


@test
def cmp_finds_no_difference():
    """The document's check: cmp says the two outputs are the same."""
    need_gnu_parallel()
    _, want, _ = reference()
    write("one.jsonl", want)
    run = sh(recipe("cases.jsonl", 701, "--sshlogin :") + " > results.jsonl 2> summaries.txt"
             " ; cmp one.jsonl results.jsonl")
    check(run.returncode == 0 and not run.stdout, "cmp one.jsonl results.jsonl finds no difference",
          short(run.stdout + run.stderr))
    # Why the sed step: without it this parallel's chunks are off after an
    # empty line that starts a chunk. Only shown, not checked: a later
    # parallel may count right.
    raw = sh(recipe("cases.jsonl", 500, "--sshlogin :").replace("sed 's/^$/ /' cases.jsonl |", "")
             + " < cases.jsonl")
    same = "identical to" if raw.stdout == want else "different from"
    harness.note(f"without the sed step the output is {same} the single run's")


if __name__ == "__main__":
    sys.exit(harness.main())

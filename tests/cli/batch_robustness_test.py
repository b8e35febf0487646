#!/usr/bin/env python3
"""Robustness of `escalate batch` against the real binary.

Usage: python3 batch_robustness_test.py BINARY REPO_ROOT [-k NAME] [--list]

Every case writes generated input to a temporary file and checks the batch
contract: N input lines give exactly N output lines, each a JSON object whose
"line" is its 1-based input line number, in input order; plus the exit code,
the statuses / error codes, -j, -o and bounded memory.
"""

import json
import os
import random
import stat
import subprocess
import sys
import tempfile

import harness
from harness import TODAY, check, test


def short(data, limit=300):
    return harness.short(data, limit)


def rules_file():
    """The example rule set, given with --rules."""
    return harness.repo("data", "rules", "example-shop.json")


def engine_rules():
    return harness.repo("tests", "fixtures", "rules", "valid", "engine.json")


_counter = 0


def write_input(data):
    """Write bytes to a fresh temporary file in WORKDIR and return its path."""
    global _counter
    _counter += 1
    fd, path = tempfile.mkstemp(prefix=f"in{_counter}-", suffix=".jsonl", dir=harness.WORKDIR)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    return path


def count_input_lines(data):
    """Lines as the batch contract counts them: a final line without a newline counts."""
    if not data:
        return 0
    n = data.count(b"\n")
    if not data.endswith(b"\n"):
        n += 1
    return n


def run_batch(args, input_path=None, timeout=120):
    cmd = ["batch", "--rules", rules_file(), "--today", TODAY, *args]
    if input_path is not None:
        cmd.append(input_path)
    return harness.run(cmd, stdin=None, timeout=timeout)


def parse_output(stdout):
    """Split stdout into lines and parse each as JSON; returns (objects, problem)."""
    if stdout and not stdout.endswith(b"\n"):
        return None, "output does not end with a newline"
    lines = stdout.split(b"\n")[:-1] if stdout else []
    objects = []
    for i, raw in enumerate(lines, 1):
        try:
            obj = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            return None, f"output line {i} is not valid UTF-8 JSON ({e}): {short(raw)}"
        if not isinstance(obj, dict):
            return None, f"output line {i} is not a JSON object: {short(raw)}"
        objects.append(obj)
    return objects, None


def batch_case(name, data, expect_exit, expect=None, args=()):
    """Run one generated input; check the line contract, the exit code and
    optionally per-line expectations: expect[i] is a function obj -> (bool, why)
    or a (status, error_code) tuple; None entries are not checked."""
    path = write_input(data)
    proc = run_batch(list(args), path)
    n_in = count_input_lines(data)
    objects, problem = parse_output(proc.stdout)
    check(problem is None, f"{name}: every output line is valid JSON", problem or "")
    if objects is None:
        return proc, None
    check(len(objects) == n_in, f"{name}: {n_in} input lines -> {n_in} output lines",
          f"got {len(objects)} output lines; stderr: {short(proc.stderr)}")
    numbers = [o.get("line") for o in objects]
    check(numbers == list(range(1, len(objects) + 1)),
          f"{name}: \"line\" is the 1-based input line number, in order",
          f"line fields: {short(numbers)}")
    check(proc.returncode == expect_exit, f"{name}: exit code {expect_exit}",
          f"got exit {proc.returncode}; stderr: {short(proc.stderr)}")
    if expect:
        problems = []
        for i, want in enumerate(expect):
            if want is None:
                continue
            if i >= len(objects):
                problems.append(f"line {i + 1}: missing")
                continue
            obj = objects[i]
            if callable(want):
                good, why = want(obj)
            else:
                status, code = want
                got_code = (obj.get("error") or {}).get("code") if isinstance(obj.get("error"), dict) else None
                good = obj.get("status") == status and (code is None or got_code == code)
                why = f"expected status {status!r}" + (f" code {code!r}" if code else "")
            if not good:
                problems.append(f"line {i + 1}: {why}; got {short(json.dumps(obj, ensure_ascii=False))}")
        check(not problems, f"{name}: statuses and error codes as expected", "\n".join(problems))
    return proc, objects


def lines_bytes(*lines, newline=b"\n", final_newline=True):
    parts = [l.encode("utf-8") if isinstance(l, str) else l for l in lines]
    data = newline.join(parts)
    if final_newline and parts:
        data += newline
    return data


ADVICE = '{"id": "adv", "answers": {"store_contacted": false, "issue": "other"}}'
NEEDS = '{"id": "need", "answers": {}}'


MIX = [ADVICE, "oops", NEEDS, "", "[1]", '{"answers": {"nope": 1}}', ADVICE, '{"id": 1, "extra": 2}',
       '{"today": "29/11/2026"}', '{"lang": "xx"}', '{"lang": "pt-BR", "answers": {}}',
       '{"today": "2026-12-01", "answers": {}}']


def not_error(obj):
    return obj.get("status") in ("advice", "needs_input"), "expected advice or needs_input"


@test
def valid_lines():
    """A sanity baseline: valid lines, exit 0, summary on stderr."""
    proc, _ = batch_case("valid lines", lines_bytes(ADVICE, NEEDS, ADVICE), 0,
                         [("advice", None), ("needs_input", None), ("advice", None)])
    err = proc.stderr.decode("utf-8", "replace")
    check(any(l.startswith("escalate batch:") for l in err.splitlines()),
          "stderr carries a summary line starting 'escalate batch:'", f"stderr: {short(err)}")
    check(all(l.startswith("escalate batch:") for l in err.splitlines() if l),
          "stderr has nothing but the summary on success", f"stderr: {short(err)}")


@test
def invalid_json():
    """Invalid JSON."""
    batch_case("invalid JSON", lines_bytes('{"id": 1', "nope", "{'id': 1}", '{"id": 1,}', "}"), 1,
               [("error", "invalid_json")] * 5)


@test
def non_object_lines():
    """Lines that are JSON but not objects."""
    batch_case("non-object lines", lines_bytes("[1, 2]", '"a string"', "42", "-1.5e3", "null", "true", "[]"), 1,
               [("error", None)] * 7)


@test
def wrong_answer_types():
    """Wrong answer types."""
    batch_case("wrong answer types", lines_bytes(
        '{"answers": {"store_contacted": 5}}',
        '{"answers": {"store_contacted": true, "store_outcome": "no_such_option"}}',
        '{"answers": {"store_contacted": [true]}}',
        '{"answers": {"store_contacted": false, "issue": 3}}',
        '{"answers": {"store_contacted": true, "store_outcome": "unsatisfactory", "sac_contacted": true,'
        ' "sac_date": "not a date"}}',
        '{"answers": {"store_contacted": true, "store_outcome": "unsatisfactory", "sac_contacted": true,'
        ' "sac_date": "2027-01-01"}}',
        '{"answers": "store_contacted=yes"}',
    ), 1, [("error", "invalid_answer")] * 6 + [("error", None)])


@test
def unknown_question_ids():
    """Unknown question ids."""
    batch_case("unknown question ids", lines_bytes(
        '{"answers": {"no_such_question": true}}',
        '{"answers": {"store_contacted": false, "issue": "other", "Store_Contacted": true}}',
        '{"answers": {"": 1}}',
    ), 1, [("error", "unknown_question")] * 3)


@test
def blank_lines():
    """Blank lines."""
    batch_case("blank lines", lines_bytes(NEEDS, "", "   ", "\t", NEEDS, ""), 0,
               [("needs_input", None), ("blank", None), ("blank", None), ("blank", None),
                ("needs_input", None), ("blank", None)])
    batch_case("only a blank line", b"\n", 0, [("blank", None)])


@test
def ten_megabyte_id():
    """A 10 MB line: an object whose "id" is a 10 MB string, then a small line."""
    big_id = "x" * (10 * 1024 * 1024)
    proc, objects = batch_case(
        "10 MB id line", lines_bytes(json.dumps({"id": big_id, "answers": {}}), NEEDS), 0,
        [lambda o: (o.get("status") == "needs_input" and o.get("id") == big_id,
                    "expected needs_input echoing the 10 MB id intact"),
         ("needs_input", None)])


@test
def ten_megabytes_of_garbage():
    """A 10 MB line of garbage (no brackets, so it reaches the parser), between valid lines."""
    rnd = random.Random(20261129)
    alphabet = b"abcdefxyz0123456789 :,.-_\"\\\t\xc3\xa9"
    garbage = bytes(rnd.choice(alphabet) for _ in range(10 * 1024 * 1024)).replace(b"\n", b" ")
    batch_case("10 MB garbage line", lines_bytes(NEEDS, garbage, NEEDS), 1,
               [("needs_input", None), ("error", "invalid_json"), ("needs_input", None)])
    # Garbage that starts like an object and never closes its string.
    batch_case("10 MB unterminated string", lines_bytes(b'{"id": "' + b"y" * (10 * 1024 * 1024), NEEDS), 1,
               [("error", "invalid_json"), ("needs_input", None)])


@test
def deep_nesting():
    """Deep nesting."""
    batch_case("100000 '[' characters", lines_bytes("[" * 100000, NEEDS), 1,
               [("error", "invalid_json"), ("needs_input", None)])
    batch_case("100000 nested arrays, balanced", lines_bytes("[" * 100000 + "]" * 100000, NEEDS), 1,
               [("error", "invalid_json"), ("needs_input", None)])
    batch_case("deeply nested answers object", lines_bytes(
        '{"answers": {"store_contacted": ' + '{"a": ' * 50000 + "1" + "}" * 50000 + "}}", NEEDS), 1,
        [("error", None), ("needs_input", None)])


@test
def bad_utf8():
    """Bad UTF-8."""
    batch_case("bad UTF-8 bytes", lines_bytes(
        b'{"id": "\xff\xfe"}', b'{"id": "ok", "answers": {"store_contacted": "\xc3"}}', b"\xff\xfe\xfd",
        b'{"id": "\xed\xa0\x80"}', NEEDS), 1,
        [("error", None)] * 4 + [("needs_input", None)])


@test
def crlf_line_endings():
    """CRLF line endings (with a blank CRLF line and a valid advice line)."""
    proc, objects = batch_case("CRLF line endings", lines_bytes(ADVICE, NEEDS, "", '{"id": 7}', newline=b"\r\n"), 0,
                               [("advice", None), ("needs_input", None), ("blank", None), ("needs_input", None)])
    if objects:
        check([o.get("id") for o in objects] == ["adv", "need", None, 7],
              "CRLF line endings: ids read without the carriage return",
              f"ids: {[o.get('id') for o in objects]}")


@test
def final_line_without_newline():
    """A final line without a newline."""
    proc, objects = batch_case("final line without a newline",
                               lines_bytes(NEEDS, '{"id": "last", "answers": {}}', final_newline=False), 0,
                               [("needs_input", None), lambda o: (o.get("id") == "last", "expected id 'last'")])
    batch_case("single line without a newline", b'{"id": 1}', 0, [("needs_input", None)])
    batch_case("single invalid line without a newline", b'{"id": 1', 1, [("error", "invalid_json")])


@test
def empty_file():
    """Empty file."""
    proc, objects = batch_case("empty file", b"", 0)
    check(proc.stdout == b"", "empty file: nothing on stdout", f"stdout: {short(proc.stdout)}")


@test
def mix_of_valid_and_invalid():
    """Mix of valid and invalid lines; the exit code depends only on errors."""
    batch_case("mix of valid and invalid lines", lines_bytes(*MIX), 1,
               [("advice", None), ("error", "invalid_json"), ("needs_input", None), ("blank", None),
                ("error", None), ("error", "unknown_question"), ("advice", None), ("error", None),
                ("error", None), ("error", None), ("needs_input", None), ("needs_input", None)])
    batch_case("mix without errors (blank, advice, needs_input)",
               lines_bytes(ADVICE, "", NEEDS, '{"lang": "pt-BR", "answers": {}}', " "), 0,
               [("advice", None), ("blank", None), ("needs_input", None), ("needs_input", None), ("blank", None)])


@test
def stdin_like_a_file():
    """Reading from stdin ("-") gives the same as from a file."""
    data = lines_bytes(*MIX)
    from_file = run_batch([], write_input(data))
    from_stdin = harness.run(["batch", "--rules", rules_file(), "--today", TODAY, "-"], stdin=data)
    check(from_stdin.stdout == from_file.stdout and from_stdin.returncode == from_file.returncode,
          "batch - (stdin) gives the same output and exit code as the file",
          f"exit {from_stdin.returncode} vs {from_file.returncode}")


@test
def threads_byte_identical():
    """-j 4 on 5000 lines is byte-identical to -j 1."""
    rnd = random.Random(5000)
    answers_pool = [
        {}, {"store_contacted": False}, {"store_contacted": False, "issue": "defective_product"},
        {"store_contacted": True, "store_outcome": "resolved"},
        {"store_contacted": True, "store_outcome": "unsatisfactory", "sac_contacted": True,
         "sac_date": "2026-11-25", "sac_outcome": "pending"},
        {"store_contacted": True, "store_outcome": "unsatisfactory", "sac_contacted": True,
         "sac_date": "2026-11-01", "sac_outcome": "unsatisfactory", "sac_protocol": None},
        {"store_contacted": 3}, {"unknown": 1},
    ]
    many = []
    for i in range(5000):
        r = rnd.random()
        if r < 0.05:
            many.append("")
        elif r < 0.10:
            many.append("{broken" + str(i))
        else:
            line = {"id": i, "answers": rnd.choice(answers_pool)}
            if rnd.random() < 0.3:
                line["lang"] = rnd.choice(["en", "pt-BR"])
            many.append(json.dumps(line))
    path = write_input(lines_bytes(*many))
    one = run_batch(["-j", "1"], path)
    four = run_batch(["-j", "4"], path)
    objects, problem = parse_output(one.stdout)
    check(objects is not None and len(objects) == 5000
          and [o.get("line") for o in objects] == list(range(1, 5001)),
          "5000 lines with -j 1: 5000 output lines numbered in order", problem or "")
    first_diff = next((i for i, (a, b) in enumerate(zip(one.stdout.split(b"\n"), four.stdout.split(b"\n")))
                       if a != b), None)
    check(one.stdout == four.stdout, "-j 4 on 5000 lines is byte-identical to -j 1",
          f"sizes {len(one.stdout)} vs {len(four.stdout)}; first differing line {first_diff}")
    check(one.returncode == four.returncode == 1, "-j 1 and -j 4 both exit 1 (the input has errors)",
          f"exit {one.returncode} vs {four.returncode}")
    check(one.stderr == four.stderr, "-j 1 and -j 4 print the same summary",
          f"{short(one.stderr)}\nvs\n{short(four.stderr)}")


@test
def output_file():
    """-o FILE."""
    data = lines_bytes(ADVICE, NEEDS, "", "bad")
    in_path = write_input(data)
    out_path = os.path.join(harness.WORKDIR, "out.jsonl")
    proc = run_batch(["-o", out_path], in_path)
    reference = run_batch([], in_path)
    check(proc.stdout == b"", "-o FILE prints nothing on stdout", f"stdout: {short(proc.stdout)}")
    check(os.path.exists(out_path), "-o FILE writes the file")
    written = open(out_path, "rb").read() if os.path.exists(out_path) else b""
    check(written == reference.stdout, "-o FILE holds exactly what stdout would have",
          f"file: {short(written)}\nstdout: {short(reference.stdout)}")
    check(proc.returncode == 1, "-o FILE keeps the exit code (1: the input has an error line)",
          f"exit {proc.returncode}")
    check(b"escalate batch:" in proc.stderr, "-o FILE still prints the summary on stderr",
          f"stderr: {short(proc.stderr)}")
    leftovers = [n for n in os.listdir(harness.WORKDIR) if n.startswith("out.jsonl") and n != "out.jsonl"]
    check(not leftovers, "-o FILE leaves no temporary file beside it", f"found {leftovers}")

    missing_dir = os.path.join(harness.WORKDIR, "no-such-dir")
    missing_out = os.path.join(missing_dir, "out.jsonl")
    proc = run_batch(["-o", missing_out], write_input(lines_bytes(ADVICE, NEEDS)))
    check(proc.returncode == 1, "-o into a missing directory fails with exit 1",
          f"exit {proc.returncode}; stderr: {short(proc.stderr)}")
    check(not os.path.exists(missing_out) and not os.path.exists(missing_dir),
          "-o into a missing directory leaves no file (and creates no directory)")
    check(proc.stdout == b"", "-o into a missing directory prints nothing on stdout",
          f"stdout: {short(proc.stdout)}")
    check(proc.stderr.strip() != b"", "-o into a missing directory explains the failure on stderr")


@test
def output_file_is_never_the_input():
    """batch -o: never onto its input, never replacing a device or FIFO, permissions kept, errors name the path."""
    workdir, write = harness.WORKDIR, harness.write
    data = b'{"id": 1}\n{"id": 2}\n'
    base = ["batch", "--rules", engine_rules(), "--today", TODAY]
    path = write("same.jsonl", data)
    proc = harness.run([*base, path, "-o", path])
    check(proc.returncode == 2 and open(path, "rb").read() == data,
          "-o: 'batch in.jsonl -o in.jsonl' is refused and the input is left untouched",
          f"exit {proc.returncode}: {short(proc.stderr)}")
    link = os.path.join(workdir, "same-link.jsonl")
    os.symlink(path, link)
    proc = harness.run([*base, path, "-o", link])
    check(proc.returncode == 2 and open(path, "rb").read() == data,
          "-o: an output that is a link to the input is refused too", f"exit {proc.returncode}: {short(proc.stderr)}")

    fifo = os.path.join(workdir, "out.fifo")
    os.mkfifo(fifo)
    reader = subprocess.Popen(["timeout", "20", "cat", fifo], stdout=subprocess.PIPE)
    proc = harness.run([*base, write("fifo-in.jsonl", data), "-o", fifo])
    received = reader.communicate(timeout=30)[0]
    check(proc.returncode == 0 and stat.S_ISFIFO(os.lstat(fifo).st_mode) and received.count(b"\n") == 2,
          "-o: a FIFO is written to directly and stays a FIFO",
          f"exit {proc.returncode}: {short(proc.stderr)}; got {short(received)}")

    target = write("kept-mode.jsonl", b"old\n", mode=0o640)
    proc = harness.run([*base, write("mode-in.jsonl", data), "-o", target])
    check(proc.returncode == 0 and stat.S_IMODE(os.stat(target).st_mode) == 0o640
          and open(target, "rb").read().count(b"\n") == 2,
          "-o: a replaced regular file keeps its permissions (0640)", oct(os.stat(target).st_mode))

    missing = os.path.join(workdir, "no-such-dir-either", "out.jsonl")
    proc = harness.run([*base, write("missing-in.jsonl", data), "-o", missing])
    check(proc.returncode == 1 and missing.encode() in proc.stderr and b".tmp" not in proc.stderr,
          "-o: an error names the path given, not a temporary file", short(proc.stderr))


@test
def output_file_on_a_device():
    """batch -o onto a character device (a copy of /dev/null) writes to it, never replaces it."""
    if os.geteuid() != 0:
        harness.skip("a character device cannot be made without root (mknod)")
    data = b'{"id": 1}\n{"id": 2}\n'
    device = os.path.join(harness.WORKDIR, "null")
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    proc = harness.run(["batch", "--rules", engine_rules(), "--today", TODAY,
                        harness.write("dev-in.jsonl", data), "-o", device])
    check(proc.returncode == 0 and stat.S_ISCHR(os.lstat(device).st_mode),
          "-o: a character device (a copy of /dev/null) is written to, never replaced",
          f"exit {proc.returncode}: {short(proc.stderr)}; mode {oct(os.lstat(device).st_mode)}")


def max_rss_kb(path):
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", harness.BINARY, "batch", "--rules", rules_file(),
                           "--today", TODAY, path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300)
    last = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
    try:
        return int(last[0]), proc
    except (IndexError, ValueError):
        return None, proc


@test
def memory_does_not_grow():
    """Memory does not grow with the number of lines."""
    if os.environ.get("ESCALATE_SANITIZED") == "1":
        # AddressSanitizer keeps freed memory in quarantine, so RSS grows by design there;
        # the dev build's run of this test checks memory.
        harness.skip("not measured under a sanitizer, which keeps freed memory (the dev build measures it)")
    time_bin = "/usr/bin/time"
    if not (os.access(time_bin, os.X_OK)
            and subprocess.run([time_bin, "-f", "%M", "true"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL).returncode == 0):
        raise harness.MissingTool("/usr/bin/time (GNU time)")

    # Small lines, mostly cheap to evaluate (so the run stays short even in a Debug
    # build), with every 20th a real request; the line pattern repeats, so both
    # runs see the same kinds of lines.
    def generate(n):
        path = os.path.join(harness.WORKDIR, f"mem-{n}.jsonl")
        with open(path, "w") as f:
            for i in range(n):
                if i % 20 == 0:
                    f.write('{"id":%d,"answers":{"store_contacted":false,"issue":"other"}}\n' % i)
                elif i % 20 == 10:
                    f.write('{"id":%d}\n' % i)
                else:
                    f.write("[%d]\n" % i)
        return path

    small_kb, small = max_rss_kb(generate(2000))
    big_kb, big = max_rss_kb(generate(200000))
    if small_kb is None or big_kb is None:
        check(False, "memory: max RSS measured with /usr/bin/time -f %M",
              f"stderr: {short(small.stderr)} / {short(big.stderr)}")
        return
    check(b"lines 200000" in big.stderr, "memory: the 200000-line run processed every line",
          f"stderr: {short(big.stderr)}")
    limit = 2 * small_kb + 10 * 1024
    check(big_kb <= limit,
          f"memory does not grow with lines: 200000 lines {big_kb} KB <= 2 x {small_kb} KB + 10 MB (2000 lines)",
          f"limit {limit} KB")


if __name__ == "__main__":
    sys.exit(harness.main())

#!/usr/bin/env python3
"""Regression tests for the defects of the hardening issue, against the real binary.

Usage: python3 hardening_test.py BINARY REPO_ROOT

Each check names the defect it guards against; every one of them failed on the
program as it was before the fix (docs/reliability.md lists them). Terminal
behaviour (colour, widths, a person at the keyboard) is driven through a
pseudo-terminal of a chosen size.

Prints one "ok - ..." / "not ok - ..." line per check and ends with
"N passed, M failed"; exits 1 on any failure.
"""

import fcntl
import json
import os
import pty
import re
import select
import shutil
import signal
import stat
import struct
import subprocess
import sys
import tempfile
import termios
import time
import unicodedata

from tap import check, finish

TODAY = "2026-11-29"
ESCAPE = re.compile(r"\x1b\[[0-9;]*m")

BINARY = None
ROOT = None
WORKDIR = None
ENGINE_RULES = None

# The advice of the hardening issue's first report: a past deadline, shown in colour.
PAST_DEADLINE = ["-a", "issue=billing_dispute", "-a", "go_now=recommended", "-a", "portal_tried=yes",
                 "-a", "sac_contacted=yes", "-a", "sac_date=2026-10-01", "-a", "sac_protocol=123456",
                 "-a", "sac_outcome=pending", "-a", "ombudsman_contacted=no", "-a", "bill_paid=no",
                 "-a", "urgent_harm=no"]
# A first contact with SAC, every question answered.
FIRST_CONTACT = ["-a", "issue=billing_dispute", "-a", "go_now=recommended", "-a", "sac_contacted=no",
                 "-a", "bill_paid=yes", "-a", "urgent_harm=no"]


def clean_env(**extra):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC", "HOME": WORKDIR}
    env.update(extra)
    return env


def run(args, env=None, stdin=b"", timeout=60):
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, env=env or clean_env(),
                          timeout=timeout, cwd=ROOT)


def text(data):
    return data.decode("utf-8", "replace")


def short(data, limit=400):
    s = text(data) if isinstance(data, bytes) else str(data)
    return s if len(s) <= limit else s[:limit] + f"… ({len(s)} chars)"


def display_width(line):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in line)


LABEL = re.compile(r"^ *(?:(?:▶|✓|·|•|\[ \]|\d+\)) +|\S+(?: \S+)?  +)?")


def too_wide(output, width):
    """Lines wider than `width` that are not one word too long for any line, after
    the line's margin and label (a mark such as ▶ or [ ], or a label column such as
    a date or a contact kind followed by two spaces)."""
    bad = []
    for line in output.splitlines():
        rest = LABEL.sub("", line, count=1)
        if display_width(line) > width and (not rest or " " in rest):
            bad.append(f"{display_width(line)}: {line}")
    return bad


def write(name, data, mode=None):
    path = os.path.join(WORKDIR, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    if mode is not None:
        os.chmod(path, mode)
    return path


class Terminal:
    """A program on a pseudo-terminal of a given size: stdin, stderr (and stdout,
    unless redirected to a file) are the terminal."""

    def __init__(self, args, cols=80, rows=50, env=None, stdout_path=None):
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        stdout = open(stdout_path, "wb") if stdout_path else slave
        self.proc = subprocess.Popen([BINARY, *args], stdin=slave, stdout=stdout, stderr=slave,
                                     env=env or clean_env(TERM="xterm"), cwd=ROOT, start_new_session=True)
        os.close(slave)
        if stdout_path:
            stdout.close()
        self.output = b""

    def read_until(self, predicate, timeout=10.0):
        deadline = time.monotonic() + timeout
        while not predicate(text(self.output)):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    return predicate(text(self.output))
                if not chunk:
                    return predicate(text(self.output))
                self.output += chunk
        return True

    def type(self, line):
        os.write(self.master, line.encode() + b"\r")

    def finish(self, timeout=10.0):
        self.read_until(lambda _: False, timeout=0.2)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = None
        self.read_until(lambda _: False, timeout=0.2)
        os.close(self.master)
        return code

    def screen(self):
        return text(self.output).replace("\r\n", "\n")


def on_terminal(args, cols, env=None):
    term = Terminal(args, cols=cols, env=env)
    code = term.finish()
    return code, term.screen()


# 1. Colour after layout: the advice screen never crashes, at any width.
def colour_at_every_width():
    for lang in ("en", "pt-BR", "de"):
        crashed, wide, differs = [], [], []
        for width in range(20, 101):
            args = ["advise", "--lang", lang, "--today", TODAY, *PAST_DEADLINE]
            code, screen = on_terminal(args, width)
            plain_code, plain = on_terminal(["--no-color", *args], width)
            if code != 0 or "error" in screen:
                crashed.append(f"{width}: exit {code}: {screen[-200:]}")
                continue
            visible = ESCAPE.sub("", screen)
            if "\x1b[" not in screen:
                crashed.append(f"{width}: no colour on a terminal")
            if too_wide(visible, width):
                wide.append(f"{width}: {too_wide(visible, width)[0]}")
            if visible != plain:
                differs.append(f"{width}")
        check(not crashed, f"colour: the {lang} advice with a past deadline renders at widths 20-100", "\n".join(crashed))
        check(not wide, f"colour: no {lang} line is wider than the terminal (20-100)", "\n".join(wide))
        check(not differs, f"colour: the {lang} visible text is the same with and without colour",
              "widths " + ", ".join(differs))


# 2. One bad batch line never kills the run; numbers that overflow are a line error.
def numbers_that_overflow():
    data = b'{"id":1}\n{"id":1e400}\n{"id":3,"answers":{"claim":1e999}}\n{"id":4}\n'
    proc = run(["batch", "--rules", ENGINE_RULES, "--today", TODAY, write("overflow.jsonl", data)])
    lines = text(proc.stdout).splitlines()
    objects = [json.loads(l) for l in lines] if all(l.startswith("{") for l in lines) else []
    check(len(objects) == 4 and [o.get("line") for o in objects] == [1, 2, 3, 4],
          "overflow: a batch with a 1e400 line still gives one output line per input line",
          f"exit {proc.returncode}\nstdout: {short(proc.stdout)}\nstderr: {short(proc.stderr)}")
    if len(objects) == 4:
        check(objects[1]["status"] == "error" and objects[1]["error"]["code"] == "invalid_json"
              and "1e400" in objects[1]["error"]["message"],
              "overflow: the 1e400 line is an invalid_json error naming the number", json.dumps(objects[1]))
        check(objects[2]["status"] == "error" and objects[2].get("id") is None and "1e999" in objects[2]["error"]["message"],
              "overflow: an overflowing answer is a line error too", json.dumps(objects[2]))
        check(objects[0]["status"] != "error" and objects[3]["status"] != "error",
              "overflow: the lines around it are evaluated")
    check(proc.returncode == 1, "overflow: batch exits 1 (a line was an error)", f"exit {proc.returncode}")
    check(b"json.exception" not in proc.stderr + proc.stdout, "overflow: no library exception text", short(proc.stderr))

    proc = run(["eval", "1e400"])
    check(proc.returncode == 2 and b"1e400" in proc.stderr and b"json.exception" not in proc.stderr,
          "overflow: eval 1e400 is a usage error naming the number", f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["advise", "--rules", ENGINE_RULES, "--answers", "-", "--today", TODAY], stdin=b'{"claim": -1e400}')
    check(proc.returncode == 2 and b"1e400" in proc.stderr and b"json.exception" not in proc.stderr,
          "overflow: an --answers file with -1e400 is an error naming the number",
          f"exit {proc.returncode}: {short(proc.stderr)}")


# 3. One depth limit, in the shared parser and the logic compiler.
def deep_nesting():
    rules = json.load(open(os.path.join(ROOT, "tests/fixtures/rules/valid/minimal.json")))
    deep = True
    for _ in range(20000):
        deep = {"!": [deep]}
    rules["steps"].insert(0, {"id": "deep", "when": deep, "channel": None, "kind": "info",
                              "title": "Deep", "action": "Deep"})
    sys.setrecursionlimit(100000)
    path = write("deep-rules.json", json.dumps(rules))
    proc = run(["check", path])
    check(proc.returncode == 2 and b"nested" in proc.stdout + proc.stderr,
          "depth: check on a 20000-deep 'when' reports the depth limit (exit 2), no crash",
          f"exit {proc.returncode}: {short(proc.stdout + proc.stderr)}")
    check(f"{path}:".encode() in proc.stdout + proc.stderr and b":" in proc.stdout,
          "depth: the message names the file and where", short(proc.stdout + proc.stderr))

    logic = "[" * 30000 + "1" + "]" * 30000
    proc = run(["eval", logic])
    check(proc.returncode == 2 and b"nested" in proc.stderr,
          "depth: eval on 30000-deep logic reports the depth limit (exit 2), no crash",
          f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["eval", '{"var":"a"}', "--data", "[" * 30000 + "]" * 30000])
    check(proc.returncode == 2 and b"nested" in proc.stderr,
          "depth: 30000-deep --data is refused too", f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["advise", "--rules", ENGINE_RULES, "--answers", "-"], stdin=b'{"extras":' + b"[" * 30000 + b"]" * 30000 + b"}")
    check(proc.returncode == 2 and b"nested" in proc.stderr,
          "depth: 30000-deep --answers is refused", f"exit {proc.returncode}: {short(proc.stderr)}")


# 4. Patterns run in linear time with bounded stack.
def long_answer_to_a_pattern():
    rules = json.load(open(ENGINE_RULES))
    for q in rules["questions"]:
        if q["id"] == "protocol_a":
            q["pattern"] = "^[0-9]+$"
    path = write("pattern-rules.json", json.dumps(rules))
    data = (json.dumps({"answers": {"protocol_a": "1" * 50000}}) + "\n"
            + json.dumps({"answers": {"protocol_a": "1" * 50000 + "x"}}) + "\n{}\n").encode()
    proc = run(["batch", "--rules", path, "--today", TODAY, write("pattern.jsonl", data)])
    lines = text(proc.stdout).splitlines()
    check(proc.returncode in (0, 1) and len(lines) == 3,
          "pattern: a 50 KB answer to ^[0-9]+$ does not crash the batch",
          f"exit {proc.returncode}: {short(proc.stderr)}")
    if len(lines) == 3:
        first, second = json.loads(lines[0]), json.loads(lines[1])
        check(first["status"] != "error", "pattern: 50,000 digits match ^[0-9]+$", short(lines[0]))
        check(second["status"] == "error" and second["error"]["code"] == "invalid_answer",
              "pattern: 50,000 digits and an x do not", short(lines[1]))


# 5. Invalid UTF-8 in answers is refused at every entry, never a library exception.
def invalid_utf8_answers():
    proc = run(["advise", "--format", "json", "-a", b"issue=\xff".decode("utf-8", "surrogateescape")])
    ok = proc.returncode == 2
    try:
        result = json.loads(proc.stdout)
    except ValueError:
        result, ok = None, False
    check(ok and result["status"] == "error" and result["error"]["code"] == "invalid_answer"
          and "UTF-8" in result["error"]["message"],
          "utf-8: advise --format json -a issue=\\xff is an invalid_answer error in JSON (exit 2)",
          f"exit {proc.returncode}: {short(proc.stdout)} {short(proc.stderr)}")
    check(b"json.exception" not in proc.stderr, "utf-8: no library exception text", short(proc.stderr))
    proc = run(["advise", "-a", b"issue=bil\xe9".decode("utf-8", "surrogateescape")])
    check(proc.returncode == 2 and b"UTF-8" in proc.stderr, "utf-8: a Latin-1 byte in a -a value is refused",
          f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["advise", "--format", "json", "-a", b"iss\xffue=1".decode("utf-8", "surrogateescape")])
    check(proc.returncode == 2 and proc.stdout and json.loads(proc.stdout)["status"] == "error",
          "utf-8: an invalid id in -a is an error object, not a crash", f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["advise", "--answers", "-"], stdin=b'{"issue": "\xff"}')
    check(proc.returncode == 2 and b"UTF-8" in proc.stderr and b"(stdin)" in proc.stderr,
          "utf-8: --answers with an invalid byte names the input and the problem",
          f"exit {proc.returncode}: {short(proc.stderr)}")


# 6. Common options work before or after the command; an option a command does not take is an error.
def options_before_the_command():
    proc = run(["--rules", "/nope.json", "check"])
    check(proc.returncode != 0 and b"/nope.json" in proc.stdout + proc.stderr,
          "options: '--rules /nope.json check' reads /nope.json (not the bundled set)",
          f"exit {proc.returncode}: {short(proc.stdout)}")
    proc = run(["--lang", "en", "advise", "--today", TODAY, *FIRST_CONTACT])
    check(proc.returncode == 0 and b"What to do" in proc.stdout, "options: '--lang en advise' speaks English",
          short(proc.stdout))
    proc = run(["--today", "2026-12-24", "advise", "--format", "json", *FIRST_CONTACT])
    check(proc.returncode == 0 and json.loads(proc.stdout or b"{}").get("today") == "2026-12-24",
          "options: '--today 2026-12-24 advise' evaluates on 2026-12-24", short(proc.stdout))
    code, screen = on_terminal(["--no-color", "advise", "--today", TODAY, *PAST_DEADLINE], 80)
    check(code == 0 and "\x1b[" not in screen, "options: '--no-color advise' on a terminal has no colour",
          repr(screen[:200]))
    code, screen = on_terminal(["advise", "--color", "never", "--today", TODAY, *PAST_DEADLINE], 80)
    check(code == 0 and "\x1b[" not in screen, "options: '--color never' on a terminal has no colour", repr(screen[:200]))
    proc = run(["advise", "--color", "always", "--today", TODAY, *PAST_DEADLINE])
    check(proc.returncode == 0 and b"\x1b[" in proc.stdout, "options: '--color always' colours a pipe too",
          short(proc.stderr))
    proc = run(["--lang", "de", "check"])
    check(proc.returncode == 2 and b"--lang" in proc.stderr, "options: an option the command does not take is an error",
          f"exit {proc.returncode}: {short(proc.stdout)} {short(proc.stderr)}")
    proc = run(["check", "--today", TODAY])
    check(proc.returncode == 2 and b"--today" in proc.stderr, "options: 'check --today' is an error, not ignored",
          f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["batch", "--format", "text"], stdin=b"")
    check(proc.returncode == 2 and b"--format" in proc.stderr, "options: 'batch --format' is an error, not ignored",
          f"exit {proc.returncode}: {short(proc.stderr)}")


# 7. Amounts are never silently misread.
def amounts():
    def answer(value, lang):
        proc = run(["advise", "--rules", ENGINE_RULES, "--format", "json", "--today", TODAY, "--lang", lang,
                    "-a", f"claim={value}"])
        try:
            result = json.loads(proc.stdout)
        except ValueError:
            return proc.returncode, None, text(proc.stderr)
        if result["status"] == "error":
            return proc.returncode, None, result["error"]["message"]
        return proc.returncode, result["answers"].get("claim"), ""

    for value, lang, want in [("R$ 50.000", "en", 50000), ("R$ 50.000,00", "en", 50000), ("R$50.000", "de", 50000),
                              ("50.000", "pt-BR", 50000), ("1.500", "de", 1500), ("1.500,50", "pt-BR", 1500.5),
                              ("50000", "en", 50000), ("1,500.50", "en", 1500.5), ("R$ 1.234,56", "en", 1234.56),
                              ("50.5", "en", 50.5), ("1234.56", "pt-BR", 1234.56)]:
        code, got, message = answer(value, lang)
        check(code == 3 and got == want, f"amounts: '{value}' in {lang} is {want}", f"exit {code}: {got} {message}")
    for value in ("50.000", "1,500", "2.500"):
        code, got, message = answer(value, "en")
        check(code == 2 and got is None and "R$" in message,
              f"amounts: '{value}' in an English session is refused, showing both readings",
              f"exit {code}: {got} {message}")
    code, _, message = answer("50.000", "en")
    check("50,000" in message and "50" in message, "amounts: the refusal shows the two readings", message)

    # batch: the line's lang, else --lang, never the machine's locale
    data = b'{"answers": {"claim": "1.500"}}\n{"lang": "pt-BR", "answers": {"claim": "1.500"}}\n{"lang": "en", "answers": {"claim": "1.500"}}\n'
    path = write("amounts.jsonl", data)
    outputs = []
    for locale in ("pt_BR.UTF-8", "en_US.UTF-8", "de_DE.UTF-8", "C.UTF-8"):
        outputs.append(run(["batch", "--rules", ENGINE_RULES, "--today", TODAY, path],
                           env=clean_env(LANG=locale, LC_ALL=locale)).stdout)
    check(all(o == outputs[0] for o in outputs), "amounts: batch output is the same under every locale",
          "\n".join(short(o, 300) for o in outputs))
    lines = [json.loads(l) for l in text(outputs[0]).splitlines()]
    check(len(lines) == 3 and lines[1].get("answers", {}).get("claim") == 1500 and lines[2]["status"] == "error",
          "amounts: in batch the line's lang reads '1.500' (pt-BR 1500; en refused as ambiguous)",
          json.dumps(lines)[:600])


# 8. batch -o: never onto its input, never replacing a device or FIFO, permissions kept, errors name the path.
def batch_output_file():
    data = b'{"id": 1}\n{"id": 2}\n'
    path = write("same.jsonl", data)
    proc = run(["batch", "--rules", ENGINE_RULES, "--today", TODAY, path, "-o", path])
    check(proc.returncode == 2 and open(path, "rb").read() == data,
          "-o: 'batch in.jsonl -o in.jsonl' is refused and the input is left untouched",
          f"exit {proc.returncode}: {short(proc.stderr)}")
    link = os.path.join(WORKDIR, "same-link.jsonl")
    os.symlink(path, link)
    proc = run(["batch", "--rules", ENGINE_RULES, "--today", TODAY, path, "-o", link])
    check(proc.returncode == 2 and open(path, "rb").read() == data,
          "-o: an output that is a link to the input is refused too", f"exit {proc.returncode}: {short(proc.stderr)}")

    fifo = os.path.join(WORKDIR, "out.fifo")
    os.mkfifo(fifo)
    received = []
    reader = subprocess.Popen(["timeout", "20", "cat", fifo], stdout=subprocess.PIPE)
    proc = run(["batch", "--rules", ENGINE_RULES, "--today", TODAY, write("fifo-in.jsonl", data), "-o", fifo])
    received.append(reader.communicate(timeout=30)[0])
    check(proc.returncode == 0 and stat.S_ISFIFO(os.lstat(fifo).st_mode) and received[0].count(b"\n") == 2,
          "-o: a FIFO is written to directly and stays a FIFO",
          f"exit {proc.returncode}: {short(proc.stderr)}; got {short(received[0])}")

    if os.geteuid() == 0:
        device = os.path.join(WORKDIR, "null")
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        proc = run(["batch", "--rules", ENGINE_RULES, "--today", TODAY, write("dev-in.jsonl", data), "-o", device])
        check(proc.returncode == 0 and stat.S_ISCHR(os.lstat(device).st_mode),
              "-o: a character device (a copy of /dev/null) is written to, never replaced",
              f"exit {proc.returncode}: {short(proc.stderr)}; mode {oct(os.lstat(device).st_mode)}")
    else:  # not counted as a pass: a character device cannot be made without root
        print("skip - -o: a character device is written to, never replaced (needs root for mknod)")

    target = write("kept-mode.jsonl", b"old\n", mode=0o640)
    proc = run(["batch", "--rules", ENGINE_RULES, "--today", TODAY, write("mode-in.jsonl", data), "-o", target])
    check(proc.returncode == 0 and stat.S_IMODE(os.stat(target).st_mode) == 0o640
          and open(target, "rb").read().count(b"\n") == 2,
          "-o: a replaced regular file keeps its permissions (0640)", oct(os.stat(target).st_mode))

    missing = os.path.join(WORKDIR, "no-such-dir", "out.jsonl")
    proc = run(["batch", "--rules", ENGINE_RULES, "--today", TODAY, write("missing-in.jsonl", data), "-o", missing])
    check(proc.returncode == 1 and missing.encode() in proc.stderr and b".tmp" not in proc.stderr,
          "-o: an error names the path given, not a temporary file", short(proc.stderr))


# 9. Exit-3 hints show a placeholder and what is accepted, never an answer chosen for the user.
def needs_input_hints():
    base = ["advise", "--lang", "en", "--today", TODAY, "-a", "issue=billing_dispute", "-a", "go_now=recommended",
            "-a", "sac_contacted=yes"]
    proc = run(base + ["-a", "sac_outcome=pending"])
    out = text(proc.stdout)
    check(proc.returncode == 3 and "-a sac_date=<YYYY-MM-DD>" in out and f"sac_date={TODAY}" not in out,
          "hints: a date question shows a placeholder, not today's date", out[-400:])
    proc = run(base)
    out = text(proc.stdout)
    check(proc.returncode == 3 and "-a sac_outcome=<resolved|pending|unsatisfactory>" in out,
          "hints: a choice shows '<resolved|pending|unsatisfactory>', not the first option", out[-400:])
    proc = run(["advise", "--lang", "en", "--today", TODAY, "-a", "issue=billing_dispute", "-a", "go_now=recommended"])
    out = text(proc.stdout)
    check(proc.returncode == 3 and "-a sac_contacted=<yes|no>" in out, "hints: yes/no shows '<yes|no>'", out[-300:])
    proc = run(["advise", "--lang", "pt-BR", "--today", TODAY, "-a", "issue=billing_dispute", "-a", "go_now=recommended"])
    out = text(proc.stdout)
    check(proc.returncode == 3 and "-a sac_contacted=<sim|não>" in out, "hints: in pt-BR yes/no shows '<sim|não>'",
          out[-300:])


# 10. `escalate ask > advice.txt`: the dialogue on the terminal, only the advice in the file.
def ask_with_stdout_redirected():
    out_path = os.path.join(WORKDIR, "advice.txt")
    term = Terminal(["ask", "--lang", "en", "--today", TODAY], cols=80, stdout_path=out_path)
    asked = term.read_until(lambda s: "> " in s)
    for answer in ("billing_dispute", "recommended", "no", "yes", "no", ""):  # "": no saving
        term.type(answer)
        time.sleep(0.3)
    code = term.finish()
    written = open(out_path, encoding="utf-8", errors="replace").read()
    rules = json.load(open(os.path.join(ROOT, "data/rules/br-claro-net.json")))
    first_prompt = next(q["prompt"]["en"] for q in rules["questions"] if q["id"] == "issue")
    check(asked and first_prompt in term.screen(), "ask > file: the questions appear on the terminal",
          term.screen()[-400:])
    check(code == 0 and written.startswith("▶") and "> " not in written and "?" not in written.splitlines()[0],
          "ask > file: the file holds only the advice", f"exit {code}\n{written[:400]}")
    check("\x1b[" not in written, "ask > file: no colour in the file", repr(written[:200]))


# 11. In one batch run, line errors are in one language: the line's lang, else the run's.
def batch_error_language():
    data = (b'not json\n{"nope": 1}\n{"answers": {"nope": true}}\n{"answers": {"contacted_a": "maybe"}}\n'
            b'{"today": "soon"}\n[1]\n{"lang": "de", "answers": {"nope": true}}\n'
            b'{"lang": "xx"}\n{"answers": {"claim": 1e400}}\n')
    path = write("languages.jsonl", data)
    runs = {}
    for lang in ("en", "pt-BR", "de"):
        proc = run(["batch", "--rules", ENGINE_RULES, "--today", TODAY, "--lang", lang, path])
        runs[lang] = [json.loads(l) for l in text(proc.stdout).splitlines()]
    counts = {lang: len(lines) for lang, lines in runs.items()}
    check(all(n == 9 for n in counts.values()), "languages: every line gives one output line", str(counts))
    if not all(n == 9 for n in counts.values()):
        return
    codes = {lang: [l["error"]["code"] for l in lines] for lang, lines in runs.items()}
    check(codes["en"] == codes["pt-BR"] == codes["de"], "languages: error codes are the same in every language",
          json.dumps(codes))
    for other in ("pt-BR", "de"):
        same = [i + 1 for i in range(9) if i != 6 and runs["en"][i]["error"]["message"] == runs[other][i]["error"]["message"]]
        check(not same, f"languages: in a --lang {other} run every line error is in {other}",
              "\n".join(f"line {i}: {runs[other][i - 1]['error']['message']}" for i in same))
    german = runs["en"][6]["error"]["message"]
    check(german == runs["de"][6]["error"]["message"] and "unbekannte" in german.lower(),
          "languages: a line's own lang decides its error language", german)


# 12. Devices and endless lines as input: bounded memory, a clear error, the rest still read.
def endless_input():
    proc = run(["check", "/dev/zero"], timeout=60)
    check(proc.returncode == 2 and b"larger than 64 MiB" in proc.stderr,
          "input: 'check /dev/zero' stops at 64 MiB with a clear error", f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["advise", "--answers", "/dev/zero"], timeout=60)
    check(proc.returncode == 2 and b"larger than 64 MiB" in proc.stderr,
          "input: '--answers /dev/zero' stops at 64 MiB", f"exit {proc.returncode}: {short(proc.stderr)}")
    proc = run(["check", "/dev/null"])
    check(proc.returncode == 2 and b"/dev/null:1:1" in proc.stdout, "input: an empty rules file is a located error",
          short(proc.stdout + proc.stderr))
    proc = run(["check", WORKDIR])
    check(proc.returncode == 2 and b"directory" in proc.stderr, "input: a directory as rules file is a clear error",
          short(proc.stderr))
    path = write("long-line.jsonl", b'{"id": "' + b"x" * (65 << 20) + b'"}\n{"id": 2}\n')
    proc = run(["batch", "--rules", ENGINE_RULES, "--today", TODAY, path], timeout=120)
    lines = [json.loads(l) for l in text(proc.stdout).splitlines()]
    check(len(lines) == 2 and lines[0]["status"] == "error" and "64 MiB" in lines[0]["error"]["message"]
          and lines[1].get("id") == 2,
          "input: a batch line over 64 MiB is an error line and the next line is still read",
          f"exit {proc.returncode}: {short(proc.stdout)} {short(proc.stderr)}")
    # A terminal's line discipline already cuts typed lines at 4 KB; piped input has no such bound.
    proc = run(["ask", "--lang", "en", "--today", TODAY], stdin=b"x" * 100_000 + b"\nquit\n")
    check(proc.returncode == 130 and b"longer than 64 KiB" in proc.stdout,
          "input: a 100 KB answer line is refused with the reason, the session goes on",
          f"exit {proc.returncode}: {short(proc.stdout[-300:])}")


def main():
    global BINARY, ROOT, WORKDIR, ENGINE_RULES
    BINARY, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    ENGINE_RULES = os.path.join(ROOT, "tests/fixtures/rules/valid/engine.json")
    WORKDIR = tempfile.mkdtemp(prefix="escalate-hardening-")
    try:
        for case in (colour_at_every_width, numbers_that_overflow, deep_nesting, long_answer_to_a_pattern,
                     invalid_utf8_answers, options_before_the_command, amounts, batch_output_file,
                     needs_input_hints, ask_with_stdout_redirected, batch_error_language, endless_input):
            try:
                case()
            except Exception as e:  # a crash of the test itself is a failure, never a pass
                check(False, f"{case.__name__}: ran to the end", repr(e))
    finally:
        shutil.rmtree(WORKDIR, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())

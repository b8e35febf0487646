#!/usr/bin/env python3
"""The interactive session (`escalate ask`) in a real terminal, driven through tmux.

Usage: python3 interactive_test.py BINARY REPO_ROOT

Each scenario gets its own tmux session (on a private server socket,
`tmux -L escalate-test-<pid>`, with no user configuration) running
`bash --norc --noprofile`; the program is started there as
`BINARY ask ... ; echo EXIT=$?` so the exit code shows in the pane. Keys are
sent with send-keys and the pane is read with capture-pane; every wait polls
the pane until the expected text appears (10 s at most).

Prints one "ok - ..." / "not ok - ..." line per check and ends with
"N passed, M failed"; exits 1 on any failure, 77 when tmux is missing.
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import unicodedata

from tap import check, finish

TODAY = "2026-11-29"
WAIT_SECONDS = 10.0
ESC = "\x1b"

BINARY = None
RULES_FILE = None  # the example rule set, given with --rules
ROOT = None
RULES = None

ENDED_EN = "Session ended without advice."
ENDED_PT = "Sessão encerrada sem orientação."


def display_width(text):
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def tail(text, n=40):
    lines = [l for l in text.rstrip("\n").splitlines()]
    return "\n".join(lines[-n:])


class Timeout(Exception):
    pass


class Tmux:
    """A private tmux server; one session (one pane) per scenario."""

    def __init__(self):
        self.socket = f"escalate-test-{os.getpid()}"
        self.env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}
        self.started = False
        self.socket_path = None

    def run(self, *args, check_rc=True):
        proc = subprocess.run(["tmux", "-u", "-f", "/dev/null", "-L", self.socket, *args],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=self.env, timeout=30)
        if check_rc and proc.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)} failed: {proc.stderr.decode('utf-8', 'replace').strip()}")
        return proc.stdout.decode("utf-8", "replace")

    def start(self):
        """Start the server with an idle session that lives for the whole run, so the
        server does not exit (and race with the next new-session) between scenarios."""
        self.run("new-session", "-d", "-s", "keeper", "-x", "100", "-y", "50",
                 "env HISTFILE=/dev/null bash --norc --noprofile")
        self.started = True
        self.socket_path = self.run("display-message", "-p", "-t", "keeper:", "#{socket_path}").strip()

    def kill_server(self):
        if self.started:
            self.run("kill-server", check_rc=False)
            self.started = False
            # tmux may leave its socket file behind; remove ours once the server is gone.
            if self.socket_path and os.path.exists(self.socket_path):
                try:
                    os.unlink(self.socket_path)
                except OSError:
                    pass


class Pane:
    def __init__(self, tmux, name, width=100, height=50):
        self.tmux = tmux
        self.name = name
        shell = ("env HISTFILE=/dev/null PS1='$ ' PS2='' LC_ALL=C.UTF-8 LANG=C.UTF-8 "
                 "bash --norc --noprofile")
        tmux.run("new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), shell)
        self.wait_for(lambda text: "$" in text, "the shell prompt")

    def target(self):
        return f"{self.name}:"

    def capture(self, escapes=False):
        args = ["capture-pane", "-p", "-J", "-S", "-", "-t", self.target()]
        if escapes:
            args.insert(1, "-e")
        return self.tmux.run(*args)

    def wait_for(self, predicate, what, timeout=WAIT_SECONDS):
        deadline = time.monotonic() + timeout
        text = ""
        while True:
            text = self.capture()
            if predicate(text):
                return text
            if time.monotonic() > deadline:
                raise Timeout(f"timed out after {timeout:.0f} s waiting for {what}\n--- pane ---\n{tail(text)}")
            time.sleep(0.05)

    def send(self, keys, expect, enter=True, special=False):
        """Type keys (literally, unless special), press Enter, and wait until `expect`
        appears once more than it did before."""
        before = self.capture().count(expect)
        if special:
            self.tmux.run("send-keys", "-t", self.target(), keys)
        else:
            if keys:
                self.tmux.run("send-keys", "-t", self.target(), "-l", keys)
            if enter:
                self.tmux.run("send-keys", "-t", self.target(), "Enter")
        return self.wait_for(lambda text: text.count(expect) > before, repr(expect))

    def finish(self, keys):
        """The last answer: the advice, then the offer to save the case (its example
        file name, claro.json, is one word in every language), declined with Enter."""
        self.send(keys, "claro.json")
        return self.send("", "EXIT=")

    def start(self, command, expect):
        return self.send(command + "; echo EXIT=$?", expect)

    def resize(self, width, height=None):
        args = ["resize-window", "-t", self.target(), "-x", str(width)]
        if height:
            args += ["-y", str(height)]
        self.tmux.run(*args)

    def size(self):
        out = self.tmux.run("display-message", "-p", "-t", self.target(), "#{pane_width}x#{pane_height}")
        return out.strip()

    def kill(self):
        self.tmux.run("kill-session", "-t", self.name, check_rc=False)


def ask_command(lang="en", color=False, extra=""):
    env = "NO_COLOR=1 " if not color else "unset NO_COLOR; "
    return f"{env}{shlex.quote(BINARY)} ask --rules {shlex.quote(RULES_FILE)} --today {TODAY} --lang {lang}{extra}"


def last_run(text):
    """The output of the most recent `...; echo EXIT=$?` command: the lines after its
    echoed command line, up to and including the EXIT= line."""
    lines = text.splitlines()
    start = max((i for i, l in enumerate(lines) if "echo EXIT=" in l), default=-1)
    out = []
    for line in lines[start + 1:]:
        out.append(line.rstrip())
        if line.startswith("EXIT="):
            break
    while out and not out[-1]:
        out.pop()
    return out


def exit_code(lines):
    for line in lines:
        m = re.fullmatch(r"EXIT=(\d+)", line.strip())
        if m:
            return int(m.group(1))
    return None


def section(lines, heading, headings):
    """Lines of an advice section: after `heading` up to the next heading or blank line."""
    try:
        i = lines.index(heading)
    except ValueError:
        return None
    out = []
    for line in lines[i + 1:]:
        if not line.strip() or line in headings or line.startswith("EXIT="):
            break
        out.append(line)
    return out


def text(name, lang):
    return name.get(lang) if isinstance(name, dict) else name


def channel(cid):
    return next(c for c in RULES["channels"] if c["id"] == cid)


EN_HEADINGS = ["Where you are", "What to do", "Deadlines", "Documents to have at hand", "What next"]
PT_HEADINGS = ["Onde você está", "O que fazer", "Prazos", "Documentos para ter em mãos", "Se isso não resolver"]


def check_ladder(scn, lines, heading, lang, current):
    ladder = section(lines, heading, [])
    ids = RULES["ladder"]
    expected = []
    pos = ids.index(current)
    for i, cid in enumerate(ids):
        mark = "✓" if i < pos else "▶" if i == pos else "·"
        expected.append(f"  {mark} {text(channel(cid)['name'], lang)}")
    # The legend names the marks used, in the order ✓ – ▶ ·.
    words = {"en": {"✓": "done", "▶": "now", "·": "still ahead"},
             "pt-BR": {"✓": "feito", "▶": "agora", "·": "pela frente"}}[lang]
    used = [m for m in "✓▶·" if any(line.startswith(f"  {m} ") for line in expected)]
    # Inside an item the spaces are no-break, so the legend wraps only between items.
    expected.append("  " + "   ".join(f"{m} {words[m]}".replace(" ", "\u00a0") for m in used))
    check(ladder == expected, f"{scn}: the ladder shows every rung with the current one marked ▶",
          "expected:\n" + "\n".join(expected) + "\ngot:\n" + "\n".join(ladder or ["(no ladder)"]))
    check(ladder is not None and sum(l.lstrip().startswith("▶") for l in ladder) == 1,
          f"{scn}: exactly one rung is current")


def scenario(fn):
    """Run a scenario; a timeout or a tmux failure is one failed check."""
    def wrapper(tmux):
        name = fn.__name__
        try:
            fn(tmux)
        except (Timeout, RuntimeError, subprocess.TimeoutExpired) as e:
            check(False, f"{name}: scenario ran to the end", str(e))
    wrapper.__name__ = fn.__name__
    return wrapper


# The answers that lead to "Wait for customer service" (a step with a deadline):
# store asked, not solved; customer service contacted, no final answer, on 2026-11-25.
Q_STORE = "Have you already asked the store to fix this?"
Q_STORE_OUTCOME = "What did the store do?"
Q_SAC = "Have you already complained to customer service (SAC)?"
Q_SAC_OUTCOME = "Where does your complaint with customer service stand?"
Q_SAC_DATE = "On what date did you register the complaint with customer service?"


@scenario
def a_full_session(tmux):
    scn = "(a) full session"
    pane = Pane(tmux, "a")
    try:
        out = pane.start(ask_command(), Q_STORE)
        run = last_run(out)
        check(run[:2] == [text(RULES["title"], "en"), "Type ? for help, why, back, review, skip or quit."],
              f"{scn}: greets with the rule set's title and the command hint", "\n".join(run[:3]))
        pane.send("yes", Q_STORE_OUTCOME)
        out = pane.send("2", Q_SAC)
        pane.send("yes", Q_SAC_OUTCOME)
        out = pane.send("why", "This answer decides")
        check("  This answer decides whether the next step is: Solved by customer service" in out.splitlines(),
              f"{scn}: 'why' names the step the answer decides", tail(out, 5))
        out = pane.send("?", "Accepted:")
        check("  Accepted: the number of one of the options above (1 to 3)" in out.splitlines(),
              f"{scn}: '?' lists the accepted values", tail(out, 5))
        out = pane.send("2", Q_SAC_DATE)
        out = pane.finish("2026-11-25")
        run = last_run(out)
        joined = "\n".join(run)
        check(exit_code(run) == 0, f"{scn}: EXIT=0 after the advice", tail(joined))
        check("▶ Wait for customer service" in run, f"{scn}: the advice names the step", tail(joined))
        check_ladder(scn, run, "Where you are", "en", "sac")
        what = section(run, "What to do", EN_HEADINGS)
        check(what and "2026-12-02" in " ".join(what), f"{scn}: 'What to do' gives the action with its date",
              "\n".join(what or ["(no 'What to do')"]))
        sac = channel("sac")
        contacts_heading = f"Contacts · {text(sac['name'], 'en')}"
        contacts = section(run, contacts_heading, EN_HEADINGS)
        missing = [c["value"] for c in sac["contacts"] if not any(c["value"] in l for l in contacts or [])]
        check(contacts is not None and not missing, f"{scn}: the contacts of the channel are listed",
              f"missing {missing}\n" + "\n".join(contacts or [f"(no '{contacts_heading}')"]))
        deadlines = section(run, "Deadlines", EN_HEADINGS)
        check(deadlines and re.match(r"^\s+2026-12-02\s+\S.*\(3 days left\)$", deadlines[0]),
              f"{scn}: 'Deadlines' shows the date and the days left",
              "\n".join(deadlines or ["(no 'Deadlines')"]))
        docs = section(run, "Documents to have at hand", EN_HEADINGS)
        check(docs and any(l.startswith("  [ ] ") for l in docs), f"{scn}: the documents are a '[ ]' checklist",
              "\n".join(docs or ["(no 'Documents to bring')"]))
        colored = pane.capture(escapes=True)
        check(ESC not in colored, f"{scn}: no ANSI escapes with NO_COLOR=1",
              repr([l for l in colored.splitlines() if ESC in l][:5]))
    finally:
        pane.kill()


@scenario
def b_back_changes_advice(tmux):
    scn = "(b) back"
    pane = Pane(tmux, "b")
    try:
        pane.start(ask_command(color=True), Q_STORE)
        out = pane.send("back", "This is the first question.")
        check(out.rstrip().endswith(">"), f"{scn}: 'back' on the first question says so and re-prompts", tail(out, 4))
        pane.send("yes", Q_STORE_OUTCOME)
        pane.send("2", Q_SAC)
        pane.send("yes", Q_SAC_OUTCOME)
        pane.send("2", Q_SAC_DATE)
        out = pane.send("back", "(current answer: No final answer yet)")
        run = last_run(out)
        check(run[-6:-2] == [Q_SAC_OUTCOME, "   1) Solved", "   2) No final answer yet", "   3) Answered, but not solved"],
              f"{scn}: 'back' re-asks the previous question with its options", "\n".join(run[-7:]))
        out = pane.send("", Q_SAC_DATE)
        check(last_run(out)[-2:] == [Q_SAC_DATE, ">"], f"{scn}: Enter keeps the current answer and goes on",
              "\n".join(last_run(out)[-4:]))
        pane.send("back", "(current answer: No final answer yet)")
        out = pane.finish("1")
        run = last_run(out)
        check(exit_code(run) == 0, f"{scn}: EXIT=0", tail(out))
        check("▶ Solved by customer service" in run and "▶ Wait for customer service" not in run,
              f"{scn}: the changed answer leads to different advice than (a)", tail(out))
        check("Deadlines" not in run, f"{scn}: the new advice has no deadlines", tail(out))
        colored = pane.capture(escapes=True)
        esc_lines = [l for l in colored.splitlines() if ESC in l]
        check(esc_lines, f"{scn}: ANSI escapes appear on a terminal with NO_COLOR unset")
        check(any("Solved by customer service" in l and ESC + "[1m" in l for l in esc_lines),
              f"{scn}: the advice title is highlighted (bold)", repr(esc_lines[:5]))
        shell_lines = [l for l in colored.splitlines() if l.startswith("$ ") and ESC in l]
        check(not shell_lines, f"{scn}: colour is reset before the shell prompt", repr(shell_lines))
    finally:
        pane.kill()


@scenario
def b2_colour_off(tmux):
    scn = "(colour)"
    pane = Pane(tmux, "colour")
    try:
        pane.start(ask_command(color=True, extra=" --no-color"), Q_STORE)
        pane.send("no", "What is the problem?")
        out = pane.finish("4")
        check(exit_code(last_run(out)) == 0, f"{scn}: --no-color session ends with EXIT=0", tail(out))
        check(ESC not in pane.capture(escapes=True), f"{scn}: no ANSI escapes with --no-color on a terminal")
        before = pane.capture().count(Q_STORE)
        cmd = f"unset NO_COLOR; {shlex.quote(BINARY)} ask --rules {shlex.quote(RULES_FILE)} --today {TODAY} --lang en | cat -v; echo EXIT=${{PIPESTATUS[0]}}"
        pane.tmux.run("send-keys", "-t", pane.target(), "-l", cmd)
        pane.tmux.run("send-keys", "-t", pane.target(), "Enter")
        pane.wait_for(lambda t: t.count(Q_STORE) > before, repr(Q_STORE))
        pane.send("no", "What is the problem?")
        out = pane.finish("4")
        check(exit_code(last_run(out)) == 0 and "▶ Start at the store" in out,
              f"{scn}: the session works with stdout piped", tail(out))
        # The dialogue is on the terminal (stderr); the advice went through the pipe, where
        # `cat -v` would show an escape as ^[.
        check("^[" not in last_run(out) and "▶ Start at the store" in out,
              f"{scn}: no ANSI escapes in the advice when stdout is not a terminal (NO_COLOR unset)", tail(out))
    finally:
        pane.kill()


@scenario
def c_review(tmux):
    scn = "(c) review"
    pane = Pane(tmux, "c")
    try:
        pane.start(ask_command(), Q_STORE)
        out = pane.send("review", "No answers yet.")
        check("No answers yet." in last_run(out), f"{scn}: 'review' before any answer says there are none")
        out = pane.send("skip", "This question cannot be skipped.")
        check("This question cannot be skipped." in last_run(out),
              f"{scn}: 'skip' on a question that does not allow it is refused")
        pane.send("yes", Q_STORE_OUTCOME)
        pane.send("2", Q_SAC)
        out = pane.send("review", "Your answers:")
        run = last_run(out)
        i = run.index("Your answers:")
        expected = ["   1) Have you already asked the store to fix this? — yes",
                    "   2) What did the store do? — Did not solve it",
                    "Number of the answer to change (Enter to go on):"]
        check(run[i + 1:i + 4] == expected, f"{scn}: 'review' lists the answers given, numbered",
              "expected:\n" + "\n".join(expected) + "\ngot:\n" + "\n".join(run[i + 1:]))
        out = pane.send("", Q_SAC)
        check(last_run(out)[-3:] == [Q_SAC, "  (yes / no)", ">"],
              f"{scn}: Enter at the review list goes on with the session",
              "\n".join(last_run(out)[-4:]))
        pane.send("review", "Your answers:")
        out = pane.send("9", "Please type a number from the list, or press Enter.")
        check("Please type a number from the list, or press Enter." in last_run(out),
              f"{scn}: a number outside the list is refused with the reason")
        out = pane.send("2", "(current answer: Did not solve it)")
        run = last_run(out)
        check(run[-6:-2] == ["", Q_STORE_OUTCOME, "   1) Solved it", "   2) Did not solve it"],
              f"{scn}: picking an answer re-asks that question", "\n".join(run[-7:]))
        out = pane.finish("1")
        run = last_run(out)
        check(exit_code(run) == 0, f"{scn}: EXIT=0", tail(out))
        check("▶ Solved at the store" in run, f"{scn}: the changed answer gives the matching advice", tail(out))
    finally:
        pane.kill()


@scenario
def d_invalid_answer(tmux):
    scn = "(d) invalid answer"
    pane = Pane(tmux, "d")
    try:
        pane.start(ask_command(), Q_STORE)
        out = pane.send("banana", "'banana' is not an answer")
        run = last_run(out)
        reason = " ".join(run[run.index("> banana") + 1:-1])
        check(reason.startswith("'banana' is not an answer to this question") and "yes or no" in reason
              and "store_contacted" not in reason,
              f"{scn}: the reason names the value and what is accepted, never the question's id", reason)
        check(run[-1] == ">", f"{scn}: the question is re-asked (a new prompt)", "\n".join(run[-3:]))
        check(re.search(r"[.!?)]\s+Please try again\.$", reason),
              f"{scn}: the reason is a complete sentence before 'Please try again.'", reason)
        pane.send("yes", Q_STORE_OUTCOME)
        out = pane.send("7", "'7' is not an answer")
        check("'7' is not an answer to this question: expected the number of one of the options above (1 to 2)"
              in " ".join(last_run(out)),
              f"{scn}: an option number outside the list is refused", tail(out, 4))
        pane.send("2", Q_SAC)
        pane.send("yes", Q_SAC_OUTCOME)
        pane.send("2", Q_SAC_DATE)
        out = pane.send("2026-12-25", "2026-12-25 is ")
        reason = " ".join(last_run(out)[-3:])
        check("2026-12-25" in reason and "on or before 2026-11-29" in reason,
              f"{scn}: a date after today is refused with the limit", reason)
        out = pane.send("31/02/2026", "'31/02/2026' is not")
        check("'31/02/2026' is not an answer to this question" in " ".join(last_run(out)),
              f"{scn}: an impossible date is refused", tail(out, 4))
        out = pane.finish("25/11/2026")
        run = last_run(out)
        check(exit_code(run) == 0 and "▶ Wait for customer service" in run,
              f"{scn}: a valid answer after invalid ones is accepted (DD/MM/YYYY) and leads to the advice",
              tail(out))
    finally:
        pane.kill()


def check_goodbye(scn, run, goodbye, code=130):
    joined = "\n".join(run)
    check(exit_code(run) == code, f"{scn}: EXIT={code}", tail(joined, 8))
    idx = [i for i, l in enumerate(run) if goodbye in l]
    check(len(idx) == 1 and run[idx[0]] == goodbye,
          f"{scn}: '{goodbye}' stands alone at column 0 of its own line", tail(joined, 8))
    if idx:
        check(idx[0] + 1 < len(run) and run[idx[0] + 1].startswith("EXIT="),
              f"{scn}: nothing is printed after the goodbye line", tail(joined, 8))


@scenario
def e_ctrl_d(tmux):
    scn = "(e) Ctrl-D"
    pane = Pane(tmux, "e")
    try:
        pane.start(ask_command(), Q_STORE)
        out = pane.send("C-d", "EXIT=", special=True)
        check_goodbye(scn + " at the first question", last_run(out), ENDED_EN)
        pane.start(ask_command(), Q_STORE)
        pane.send("yes", Q_STORE_OUTCOME)
        out = pane.send("C-d", "EXIT=", special=True)
        check_goodbye(scn + " after an answer", last_run(out), ENDED_EN)
    finally:
        pane.kill()


@scenario
def f_ctrl_c(tmux):
    scn = "(f) Ctrl-C"
    pane = Pane(tmux, "f")
    try:
        pane.start(ask_command(), Q_STORE)
        pane.tmux.run("send-keys", "-t", pane.target(), "-l", "ye")
        pane.wait_for(lambda t: t.rstrip().endswith("> ye"), "the typed text")
        out = pane.send("C-c", "EXIT=", special=True)
        check_goodbye(scn + " with half-typed input", last_run(out), ENDED_EN)
        pane.start(ask_command(), Q_STORE)
        out = pane.send("C-c", "EXIT=", special=True)
        check_goodbye(scn + " at an empty prompt", last_run(out), ENDED_EN)
        pane.start(ask_command(), Q_STORE)
        pane.send("yes", Q_STORE_OUTCOME)
        pane.send("review", "Number of the answer to change")
        out = pane.send("C-c", "EXIT=", special=True)
        check_goodbye(scn + " at the review prompt", last_run(out), ENDED_EN)
    finally:
        pane.kill()


@scenario
def g_narrow_terminal(tmux):
    scn = "(g) 50 columns"
    width = 50
    pane = Pane(tmux, "g")
    try:
        pane.resize(width)
        check(pane.size().startswith(f"{width}x"), f"{scn}: the pane is {width} columns wide", pane.size())
        pane.start(ask_command(), "fix this?")
        pane.send("yes", "What did the store do?")
        pane.send("2", "(SAC)?")
        pane.send("yes", "stand?")
        pane.send("2", "customer service?")
        pane.send("2026-12-25", "2026-12-25 is ")
        out = pane.finish("2026-11-25")
        run = last_run(out)
        check(exit_code(run) == 0 and "▶ Wait for customer service" in run, f"{scn}: the session reaches the advice",
              tail(out))
        # capture-pane -J joins lines the terminal wrapped, so a line the program
        # did not wrap shows up here longer than the pane.
        too_wide = [f"{display_width(l):3d}: {l}" for l in run if display_width(l) > width]
        check(not too_wide, f"{scn}: no line of the session and advice is wider than {width} columns",
              "\n".join(too_wide))
        check(max(display_width(l) for l in run) > width - 15, f"{scn}: text is filled up to the width",
              f"widest line: {max(display_width(l) for l in run)}")
        what = section(run, "What to do", EN_HEADINGS)
        check(what and len(what) >= 2, f"{scn}: the action paragraph is wrapped onto several lines",
              "\n".join(what or []))
    finally:
        pane.kill()


@scenario
def h_no_arguments(tmux):
    # Bare `escalate` uses the bundled rule set (Claro NET) in its first language,
    # since the pane's locale (C) names none of its languages.
    scn = "(h) no arguments"
    with open(os.path.join(ROOT, "data", "rules", "br-claro-net.json"), encoding="utf-8") as f:
        bundled = json.load(f)
    first = bundled["languages"][0]
    issue = next(q for q in bundled["questions"] if q["id"] == "issue")
    prompt = text(issue["prompt"], first)
    pane = Pane(tmux, "h")
    try:
        out = pane.start(f"NO_COLOR=1 LANG=C.UTF-8 LC_ALL= LC_MESSAGES= {shlex.quote(BINARY)}", prompt)
        run = last_run(out)
        check(run[:1] == [text(bundled["title"], first)] and prompt in run and run[-1:] == [">"],
              f"{scn}: `escalate` in a terminal starts the session with the first question", "\n".join(run))
        out = pane.send("quit", "EXIT=")
        check_goodbye(scn + ", then quit", last_run(out), ENDED_PT if first == "pt-BR" else ENDED_EN)
    finally:
        pane.kill()
    proc = subprocess.run([BINARY], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=30)
    check(proc.returncode == 2 and proc.stderr.strip() and not proc.stdout,
          f"{scn}: without a terminal on stdin it prints usage on stderr and exits 2",
          f"exit {proc.returncode}; stdout {proc.stdout[:200]!r}; stderr {proc.stderr[:200]!r}")


@scenario
def p_portuguese(tmux):
    scn = "(pt-BR)"
    pane = Pane(tmux, "pt")
    q_store = "Você já pediu à loja que resolvesse isso?"
    try:
        out = pane.start(ask_command(lang="pt-BR"), q_store)
        run = last_run(out)
        check(run[:1] == [text(RULES["title"], "pt-BR")] and run[1].startswith("Digite ? para ajuda"),
              f"{scn}: greeting in Portuguese", "\n".join(run[:3]))
        out = pane.send("talvez", "'talvez' não é")
        check("'talvez' não é uma resposta válida" in " ".join(last_run(out)),
              f"{scn}: the reason for an invalid answer is in Portuguese", tail(out, 4))
        pane.send("sim", "O que a loja fez?")
        pane.send("2", "Você já reclamou no SAC?")
        pane.send("sim", "Em que pé está a sua reclamação no SAC?")
        pane.send("2", "Em que data você registrou a reclamação no SAC?")
        out = pane.finish("25/11/2026")
        run = last_run(out)
        check(exit_code(run) == 0, f"{scn}: EXIT=0", tail(out))
        check("▶ Aguarde a resposta do SAC" in run, f"{scn}: the advice is in Portuguese", tail(out))
        check_ladder(scn, run, "Onde você está", "pt-BR", "sac")
        check(section(run, "O que fazer", PT_HEADINGS), f"{scn}: 'O que fazer' section", tail(out))
        deadlines = section(run, "Prazos", PT_HEADINGS)
        check(deadlines and re.match(r"^\s+02/12/2026\s+\S.*\(faltam 3 dias\)$", deadlines[0]),
              f"{scn}: 'Prazos' shows the date as DD/MM/YYYY and the days left",
              "\n".join(deadlines or ["(no 'Prazos')"]))
        docs = section(run, "Documentos para ter em mãos", PT_HEADINGS)
        check(docs and any(l.startswith("  [ ] ") for l in docs), f"{scn}: documents checklist",
              "\n".join(docs or []))
        pane.start(ask_command(lang="pt-BR"), q_store)
        out = pane.send("C-d", "EXIT=", special=True)
        check_goodbye(scn + " Ctrl-D", last_run(out), ENDED_PT)
    finally:
        pane.kill()


def main():
    global BINARY, RULES, RULES_FILE, ROOT
    if len(sys.argv) != 3:
        print("usage: interactive_test.py BINARY REPO_ROOT", file=sys.stderr)
        return 2
    if shutil.which("tmux") is None:
        print("SKIPPED: tmux is not installed")
        return 77
    BINARY = os.path.abspath(sys.argv[1])
    ROOT = os.path.abspath(sys.argv[2])
    RULES_FILE = os.path.join(ROOT, "data", "rules", "example-shop.json")
    with open(RULES_FILE, encoding="utf-8") as f:
        RULES = json.load(f)
    tmux = Tmux()
    started = time.monotonic()
    try:
        tmux.start()
        for run in (a_full_session, b_back_changes_advice, b2_colour_off, c_review, d_invalid_answer,
                    e_ctrl_d, f_ctrl_c, g_narrow_terminal, h_no_arguments, p_portuguese):
            run(tmux)
    finally:
        tmux.kill_server()
    print(f"# {time.monotonic() - started:.1f} s")
    return finish()


if __name__ == "__main__":
    sys.exit(main())

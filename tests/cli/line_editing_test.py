#!/usr/bin/env python3
"""Line editing in the interactive session (libedit), in a real terminal (tmux).

Usage: python3 line_editing_test.py BINARY REPO_ROOT [-k NAME] [--list]

What a person at a terminal expects of any prompt: the arrow keys move in the
typed answer and text typed there is inserted (the corrected answer is the one
taken); Home/End and Ctrl-A/Ctrl-E jump to the ends; Backspace and Ctrl-U
erase; Up and Down walk through this session's earlier answers; characters
beyond ASCII (ã, ü) count as one under the cursor; the prompt stays on screen
while the line is redrawn. When standard input is not a terminal nothing of
this is there: the answers are read as they are and no escape sequence is
printed. Exits 77 when tmux is missing (outside CI).
"""

import os
import shlex
import sys

import harness
import interactive_test as it
from harness import Pane, check, exit_code, last_run, tail, test

Q_STORE, Q_STORE_OUTCOME, Q_SAC = it.Q_STORE, it.Q_STORE_OUTCOME, it.Q_SAC
Q_SAC_OUTCOME = it.Q_SAC_OUTCOME


def typed(pane, keys):
    """Keys without Enter: literal text, or tmux key names given as ("key", name)."""
    pane.keys(*keys)


def text_run(args, stdin):
    """The program's exit code, stdout and stderr as text, stdin from a pipe."""
    proc = harness.run(args, stdin=stdin, timeout=30)
    proc.stdout, proc.stderr = harness.text(proc.stdout), harness.text(proc.stderr)
    return proc


def line_shows(pane, wanted):
    """Whether the pane's last non-empty line (the prompt and the typed text) becomes
    `wanted` within the usual wait; and that line as it stands, for the report."""
    def last_line(text):
        lines = [l.rstrip() for l in text.splitlines() if l.strip()]
        return lines[-1] if lines else ""
    try:
        pane.wait_for(lambda t: last_line(t) == wanted, repr(wanted))
        return True, wanted
    except harness.Timeout:
        return False, last_line(pane.capture())


def check_line(pane, wanted, name):
    shown, line = line_shows(pane, wanted)
    check(shown, name, f"wanted {wanted!r}, the line shows {line!r}")
    return shown


@test
def a_arrows_insert():
    """Arrows, Home/End, Ctrl-A/E/D/U, Backspace and history in the answer being typed."""
    scn = "(a) arrows"
    pane = Pane("a")
    try:
        pane.start(it.ask_command(), Q_STORE)
        typed(pane, ["ys", ("key", "Left"), "e"])
        check_line(pane, "> yes", f"{scn}: Left moves back one character and 'e' is inserted there: '> yes'")
        out = pane.send("", Q_STORE_OUTCOME)
        check(Q_STORE_OUTCOME in out, f"{scn}: Enter takes the corrected answer 'yes' (the next question comes)",
              tail(out, 6))
        # Home and End; Ctrl-A and Ctrl-E.
        typed(pane, ["2", ("key", "Home"), "x", ("key", "End"), "y"])
        check_line(pane, "> x2y", f"{scn}: Home goes to the start and End to the end of the line")
        typed(pane, [("key", "C-a"), ("key", "C-d"), ("key", "C-e"), ("key", "BSpace")])
        check_line(pane, "> 2", f"{scn}: Ctrl-A, Ctrl-D (delete under the cursor), Ctrl-E and Backspace edit in place")
        out = pane.send("", Q_SAC)
        check(Q_SAC in out, f"{scn}: the edited '2' is taken (the store did not solve it)", tail(out, 6))
        # History: Up walks back through this session's answers, Down forward.
        steps = []
        for key, wanted in (("Up", "> 2"), ("Up", "> yes"), ("Down", "> 2"), ("Up", "> yes")):
            typed(pane, [("key", key)])
            steps.append((key, wanted) + line_shows(pane, wanted))
        check(all(shown for _, _, shown, _ in steps),
              f"{scn}: Up and Down recall this session's answers, newest first",
              "\n".join(f"{key}: wanted {wanted!r}, shows {line!r}" for key, wanted, _, line in steps))
        out = pane.send("", Q_SAC_OUTCOME)
        check(Q_SAC_OUTCOME in out, f"{scn}: a recalled answer is taken like a typed one", tail(out, 6))
        # Ctrl-U erases the line typed so far.
        typed(pane, ["nonsense", ("key", "C-u")])
        check_line(pane, ">", f"{scn}: Ctrl-U erases the typed line")
        out = pane.send("C-c", "EXIT=", special=True)
        check(exit_code(last_run(out)) == 130, f"{scn}: Ctrl-C still ends the session (exit 130)",
              tail(out, 4))
        # The terminal is left as it was: the shell echoes what is typed again.
        out = pane.send("echo edited-$((40+2))", "edited-42")
        check("edited-42" in out, f"{scn}: the terminal is back to normal after the session", tail(out, 3))
    finally:
        pane.kill()


@test
def b_utf8():
    """Characters beyond ASCII count as one under the cursor."""
    scn = "(b) UTF-8"
    pane = Pane("b")
    try:
        pane.start(it.ask_command(lang="pt-BR"), "loja")
        # "ão" typed, then Home and "n": the cursor must jump over ã as one character.
        typed(pane, ["ão", ("key", "Left"), ("key", "Left"), "n"])
        check_line(pane, "> não", f"{scn}: Left moves over 'ã' as one character; 'n' lands before it")
        out = pane.send("", "Qual é o problema?")
        check("Qual é o problema?" in out, f"{scn}: 'não' is taken as the answer no", tail(out, 6))
        typed(pane, ["über", ("key", "Left"), ("key", "Left"), ("key", "Left"), ("key", "BSpace"), "u"])
        check_line(pane, "> uber", f"{scn}: Backspace erases 'ü' whole (two bytes)")
    finally:
        pane.kill()


@test
def c_dialogue_on_stderr():
    """With standard output in a file the dialogue (on stderr) is edited too."""
    scn = "(c) ask > file"
    pane = Pane("c")
    out_file = os.path.join(harness.WORKDIR, "edited.txt")
    try:
        pane.start(it.ask_command() + f" > {shlex.quote(out_file)}", Q_STORE)
        typed(pane, ["no", ("key", "Left"), ("key", "BSpace"), "y", ("key", "End"), ("key", "BSpace"), "es"])
        check_line(pane, "> yes", f"{scn}: with standard output in a file the dialogue (on stderr) is edited too")
        out = pane.send("", Q_STORE_OUTCOME)
        check(Q_STORE_OUTCOME in out, f"{scn}: the edited answer is taken", tail(out, 4))
        pane.send("C-c", "EXIT=", special=True)
    finally:
        pane.kill()
        if os.path.exists(out_file):
            os.unlink(out_file)


@test
def d_not_a_terminal():
    """From a pipe there is no editor: answers are read as they are, no escape printed."""
    scn = "(d) pipe"
    # Standard input from a pipe: read as is, no editor; "ys<Left>e" stays as typed bytes.
    cmd = ["ask", "--rules", it.rules_file(), "--today", harness.TODAY, "--lang", "en"]
    proc = text_run(cmd, "yes\n2\nno\n")
    check("\x1b" not in proc.stdout and "\x1b" not in proc.stderr,
          f"{scn}: no escape sequence in the output when stdin is a pipe", repr(proc.stdout[-300:]))
    check(proc.returncode == 130 and Q_SAC in proc.stdout,
          f"{scn}: the piped answers are taken, end of input ends the session (exit 130)",
          f"exit {proc.returncode}\n{proc.stdout[-400:]}")
    proc = text_run(cmd, "ys\x1b[De\n")
    check(Q_STORE_OUTCOME not in proc.stdout,
          f"{scn}: an arrow key's bytes in piped input are not editing (the answer is refused)",
          proc.stdout[-400:])


if __name__ == "__main__":
    sys.exit(harness.main(requires=["tmux"]))

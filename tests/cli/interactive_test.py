#!/usr/bin/env python3
"""The interactive session (`escalate ask`) in a real terminal, driven through tmux.

Usage: python3 interactive_test.py BINARY REPO_ROOT [-k NAME] [--list]

Each check gets its own tmux session (harness.Pane: a private server, no user
configuration, a clean environment) running `bash --norc --noprofile`; the
program is started there as `BINARY ask ... ; echo EXIT=$?` so the exit code
shows in the pane. Keys are sent with send-keys and the pane is read with
capture-pane; every wait polls the pane until the expected text appears (10 s
at most). Exits 77 when tmux is missing (outside CI).
"""

import functools
import json
import os
import re
import shlex
import sys

import harness
from harness import TODAY, Pane, check, display_width, exit_code, last_run, tail, test

ESC = "\x1b"
ENDED_EN = "Session ended without advice."
ENDED_PT = "Sessão encerrada sem orientação."

def rules_file():
    """The example rule set, given with --rules."""
    return harness.repo("data", "rules", "example-shop.json")


@functools.lru_cache(maxsize=None)
def rules():
    with open(rules_file(), encoding="utf-8") as f:
        return json.load(f)


def ask_command(lang="en", color=False, extra=""):
    env = "NO_COLOR=1 " if not color else "unset NO_COLOR; "
    return (f"{env}{shlex.quote(harness.BINARY)} ask --rules {shlex.quote(rules_file())} --today {TODAY} "
            f"--lang {lang}{extra}")

def finish(pane, keys):
    """The last answer: the advice, then the offer to save the case (its example
    file name, claro.json, is one word in every language), declined with Enter."""
    pane.send(keys, "claro.json")
    return pane.send("", "EXIT=")


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
    return next(c for c in rules()["channels"] if c["id"] == cid)


EN_HEADINGS = ["Where you are", "What to do", "Deadlines", "Documents to have at hand", "What next"]
PT_HEADINGS = ["Onde você está", "O que fazer", "Prazos", "Documentos para ter em mãos", "Se isso não resolver"]


def check_ladder(scn, lines, heading, lang, current):
    ladder = section(lines, heading, [])
    ids = rules()["ladder"]
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




# The answers that lead to "Wait for customer service" (a step with a deadline):
# store asked, not solved; customer service contacted, no final answer, on 2026-11-25.
Q_STORE = "Have you already asked the store to fix this?"
Q_STORE_OUTCOME = "What did the store do?"
Q_SAC = "Have you already complained to customer service (SAC)?"
Q_SAC_OUTCOME = "Where does your complaint with customer service stand?"
Q_SAC_DATE = "On what date did you register the complaint with customer service?"

@test
def a_full_session():
    """A whole session to advice with a deadline: why, ?, the ladder, contacts, deadlines, documents."""
    scn = "(a) full session"
    pane = Pane("a")
    try:
        out = pane.start(ask_command(), Q_STORE)
        run = last_run(out)
        check(run[:2] == [text(rules()["title"], "en"), "Type ? for help, why, back, review, skip or quit."],
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
        out = finish(pane, "2026-11-25")
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


@test
def b_back_changes_advice():
    """back re-asks the previous question; a changed answer changes the advice; colour on a terminal."""
    scn = "(b) back"
    pane = Pane("b")
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
        out = finish(pane, "1")
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


@test
def b2_colour_off():
    """--no-color on a terminal, and no colour in the advice when stdout is a pipe."""
    scn = "(colour)"
    pane = Pane("colour")
    try:
        pane.start(ask_command(color=True, extra=" --no-color"), Q_STORE)
        pane.send("no", "What is the problem?")
        out = finish(pane, "4")
        check(exit_code(last_run(out)) == 0, f"{scn}: --no-color session ends with EXIT=0", tail(out))
        check(ESC not in pane.capture(escapes=True), f"{scn}: no ANSI escapes with --no-color on a terminal")
        before = pane.capture().count(Q_STORE)
        cmd = f"unset NO_COLOR; {shlex.quote(harness.BINARY)} ask --rules {shlex.quote(rules_file())} --today {TODAY} --lang en | cat -v; echo EXIT=${{PIPESTATUS[0]}}"
        pane.tmux.run("send-keys", "-t", pane.target(), "-l", cmd)
        pane.tmux.run("send-keys", "-t", pane.target(), "Enter")
        pane.wait_for(lambda t: t.count(Q_STORE) > before, repr(Q_STORE))
        pane.send("no", "What is the problem?")
        out = finish(pane, "4")
        check(exit_code(last_run(out)) == 0 and "▶ Start at the store" in out,
              f"{scn}: the session works with stdout piped", tail(out))
        # The dialogue is on the terminal (stderr); the advice went through the pipe, where
        # `cat -v` would show an escape as ^[.
        check("^[" not in last_run(out) and "▶ Start at the store" in out,
              f"{scn}: no ANSI escapes in the advice when stdout is not a terminal (NO_COLOR unset)", tail(out))
    finally:
        pane.kill()


@test
def c_review():
    """review lists the answers given and changes one; skip where not allowed is refused."""
    scn = "(c) review"
    pane = Pane("c")
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
        out = finish(pane, "1")
        run = last_run(out)
        check(exit_code(run) == 0, f"{scn}: EXIT=0", tail(out))
        check("▶ Solved at the store" in run, f"{scn}: the changed answer gives the matching advice", tail(out))
    finally:
        pane.kill()


@test
def d_invalid_answer():
    """An invalid answer is refused with the reason, and the question asked again."""
    scn = "(d) invalid answer"
    pane = Pane("d")
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
        out = finish(pane, "25/11/2026")
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


@test
def e_ctrl_d():
    """Ctrl-D ends the session with the goodbye line alone (exit 130)."""
    scn = "(e) Ctrl-D"
    pane = Pane("e")
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


@test
def f_ctrl_c():
    """Ctrl-C ends the session with the goodbye line alone, at any prompt (exit 130)."""
    scn = "(f) Ctrl-C"
    pane = Pane("f")
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


@test
def g_narrow_terminal():
    """In 50 columns no line is wider than the terminal, and text fills it."""
    scn = "(g) 50 columns"
    width = 50
    pane = Pane("g")
    try:
        pane.resize(width)
        check(pane.size().startswith(f"{width}x"), f"{scn}: the pane is {width} columns wide", pane.size())
        pane.start(ask_command(), "fix this?")
        pane.send("yes", "What did the store do?")
        pane.send("2", "(SAC)?")
        pane.send("yes", "stand?")
        pane.send("2", "customer service?")
        pane.send("2026-12-25", "2026-12-25 is ")
        out = finish(pane, "2026-11-25")
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


@test
def h_no_arguments():
    """Bare `escalate` in a terminal starts the session; without a terminal, usage on stderr."""
    # Bare `escalate` uses the bundled rule set (Claro NET) in its first language,
    # since the pane's locale (C) names none of its languages.
    scn = "(h) no arguments"
    with open(harness.repo("data", "rules", "br-claro-net.json"), encoding="utf-8") as f:
        bundled = json.load(f)
    first = bundled["languages"][0]
    issue = next(q for q in bundled["questions"] if q["id"] == "issue")
    prompt = text(issue["prompt"], first)
    pane = Pane("h")
    try:
        out = pane.start(f"NO_COLOR=1 LANG=C.UTF-8 LC_ALL= LC_MESSAGES= {shlex.quote(harness.BINARY)}", prompt)
        run = last_run(out)
        check(run[:1] == [text(bundled["title"], first)] and prompt in run and run[-1:] == [">"],
              f"{scn}: `escalate` in a terminal starts the session with the first question", "\n".join(run))
        out = pane.send("quit", "EXIT=")
        check_goodbye(scn + ", then quit", last_run(out), ENDED_PT if first == "pt-BR" else ENDED_EN)
    finally:
        pane.kill()
    proc = harness.run([], stdin=None, timeout=30)
    check(proc.returncode == 2 and proc.stderr.strip() and not proc.stdout,
          f"{scn}: without a terminal on stdin it prints usage on stderr and exits 2",
          f"exit {proc.returncode}; stdout {proc.stdout[:200]!r}; stderr {proc.stderr[:200]!r}")


@test
def p_portuguese():
    """The whole session and the advice in Portuguese."""
    scn = "(pt-BR)"
    pane = Pane("pt")
    q_store = "Você já pediu à loja que resolvesse isso?"
    try:
        out = pane.start(ask_command(lang="pt-BR"), q_store)
        run = last_run(out)
        check(run[:1] == [text(rules()["title"], "pt-BR")] and run[1].startswith("Digite ? para ajuda"),
              f"{scn}: greeting in Portuguese", "\n".join(run[:3]))
        out = pane.send("talvez", "'talvez' não é")
        check("'talvez' não é uma resposta válida" in " ".join(last_run(out)),
              f"{scn}: the reason for an invalid answer is in Portuguese", tail(out, 4))
        pane.send("sim", "O que a loja fez?")
        pane.send("2", "Você já reclamou no SAC?")
        pane.send("sim", "Em que pé está a sua reclamação no SAC?")
        pane.send("2", "Em que data você registrou a reclamação no SAC?")
        out = finish(pane, "25/11/2026")
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


@test
def i_ask_with_stdout_in_a_file():
    """`escalate ask > advice.txt`: the dialogue on the terminal, only the advice in the file."""
    scn = "(i) ask > file"
    out_path = os.path.join(harness.WORKDIR, "advice.txt")
    bundled = harness.repo("data", "rules", "br-claro-net.json")
    with open(bundled, encoding="utf-8") as f:
        first_prompt = next(q["prompt"]["en"] for q in json.load(f)["questions"] if q["id"] == "issue")
    with Pane("i") as pane:
        out = pane.start(f"unset NO_COLOR; {shlex.quote(harness.BINARY)} ask --lang en --today {TODAY}"
                         f" > {shlex.quote(out_path)}", first_prompt)
        check(first_prompt in out, f"{scn}: the questions appear on the terminal", tail(out, 10))
        for answer in ("billing_dispute", "recommended", "no", "yes"):
            pane.send(answer, "\n> ")
        pane.send("no", "claro.json")  # the last answer; then the offer to save the case
        out = pane.send("", "EXIT=")  # declined
        code = exit_code(last_run(out))
    with open(out_path, encoding="utf-8", errors="replace") as f:
        written = f.read()
    check(code == 0 and written.startswith("▶") and "> " not in written and "?" not in written.splitlines()[0],
          f"{scn}: the file holds only the advice", f"exit {code}\n{written[:400]}")
    check("\x1b[" not in written, f"{scn}: no colour in the file", repr(written[:200]))


if __name__ == "__main__":
    sys.exit(harness.main(requires=["tmux"]))

#!/usr/bin/env python3
"""Colour: on a terminal the advice is coloured, and colour never changes the
layout; --no-color and --color never turn it off, --color always turns it on
for a pipe too.

Usage: python3 colour_test.py BINARY REPO_ROOT [-k NAME] [--list]

The program runs on a terminal of a chosen width (tmux). The layout itself is
checked at every width from 20 to 160, with and without colour, in process by
tests/unit/render_text_test.cpp; here three widths (the narrowest, an odd one,
a wide one) prove that the width is read from the terminal and that colour is
added after the layout. Exits 77 when tmux is missing (outside CI).
"""

import re
import sys

import harness
from harness import TODAY, check, clean_env, on_terminal, run, short, test

ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
WIDTHS = (20, 57, 100)

# The advice of the hardening issue's first report: a past deadline, shown in colour.
PAST_DEADLINE = ["-a", "issue=billing_dispute", "-a", "go_now=recommended", "-a", "portal_tried=yes",
                 "-a", "sac_contacted=yes", "-a", "sac_date=2026-10-01", "-a", "sac_protocol=123456",
                 "-a", "sac_outcome=pending", "-a", "ombudsman_contacted=no", "-a", "bill_paid=no",
                 "-a", "urgent_harm=no"]

LABEL = re.compile(r"^ *(?:(?:▶|✓|·|•|\[ \]|\d+\)) +|\S+(?: \S+)?  +)?")


def too_wide(output, width):
    """Lines wider than `width` that are not one word too long for any line, after
    the line's margin and label (a mark such as ▶ or [ ], or a label column such as
    a date or a contact kind followed by two spaces)."""
    bad = []
    for line in output.splitlines():
        rest = LABEL.sub("", line, count=1)
        if harness.display_width(line) > width and (not rest or " " in rest):
            bad.append(f"{harness.display_width(line)}: {line}")
    return bad


def colour_at_widths(lang):
    crashed, wide, differs = [], [], []
    for width in WIDTHS:
        args = ["advise", "--lang", lang, "--today", TODAY, *PAST_DEADLINE]
        code, screen = on_terminal(args, width)
        plain_code, plain = on_terminal(["--no-color", *args], width)
        if code != 0 or plain_code != 0 or "error" in screen:
            crashed.append(f"{width}: exit {code} (without colour {plain_code}): {screen[-200:]}")
            continue
        # tmux may close a colour after a line's trailing blanks: compare without them.
        visible = "\n".join(line.rstrip() for line in ESCAPE.sub("", screen).split("\n"))
        if "\x1b[" not in screen:
            crashed.append(f"{width}: no colour on a terminal")
        if too_wide(visible, width):
            wide.append(f"{width}: {too_wide(visible, width)[0]}")
        if visible != plain:
            differs.append(f"{width}")
    widths = ", ".join(map(str, WIDTHS))
    check(not crashed, f"colour: the {lang} advice with a past deadline renders in colour at widths {widths}",
          "\n".join(crashed))
    check(not wide, f"colour: no {lang} line is wider than the terminal ({widths})", "\n".join(wide))
    check(not differs, f"colour: the {lang} visible text is the same with and without colour",
          "widths " + ", ".join(differs))


@test
def colour_after_layout_en():
    """Colour after layout: the English advice screen, coloured, at three widths."""
    colour_at_widths("en")


@test
def colour_after_layout_pt_br():
    """Colour after layout: the Portuguese advice screen, coloured, at three widths."""
    colour_at_widths("pt-BR")


@test
def colour_after_layout_de():
    """Colour after layout: the German advice screen, coloured, at three widths."""
    colour_at_widths("de")


@test
def colour_options():
    """--no-color and --color never on a terminal, --color always on a pipe."""
    code, screen = on_terminal(["--no-color", "advise", "--today", TODAY, *PAST_DEADLINE], 80)
    check(code == 0 and "\x1b[" not in screen, "options: '--no-color advise' on a terminal has no colour",
          repr(screen[:200]))
    code, screen = on_terminal(["advise", "--color", "never", "--today", TODAY, *PAST_DEADLINE], 80)
    check(code == 0 and "\x1b[" not in screen, "options: '--color never' on a terminal has no colour",
          repr(screen[:200]))
    proc = run(["advise", "--color", "always", "--today", TODAY, *PAST_DEADLINE], env=clean_env(NO_COLOR=None))
    check(proc.returncode == 0 and b"\x1b[" in proc.stdout, "options: '--color always' colours a pipe too",
          short(proc.stderr))


if __name__ == "__main__":
    sys.exit(harness.main())

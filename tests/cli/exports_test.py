#!/usr/bin/env python3
"""`escalate export` read back by real parsers.

- ICS: Debian's python3-icalendar reads it; one all-day event per deadline of
  the advice (the same dates `advise --format json` gives), a reminder at 09:00
  the day before, UIDs that stay the same across exports and a SEQUENCE that
  grows when the case changes.
- HTML: python3-html5lib parses it strictly (any parse error fails); it holds
  no script and loads nothing from elsewhere; the ladder is an inline SVG.
  chromium-headless-shell prints it to PDF and pdftotext (poppler-utils) finds
  the title, the deadline and the ladder's dates in it.
- Markdown: the same sections, in the case's language.

Each check builds its own case. Without chromium or pdftotext the PDF check
is skipped (exit 77), and fails under CI.

Usage: python3 exports_test.py BINARY REPO_ROOT [-k NAME] [--list]
"""

import datetime
import json
import os
import shutil
import subprocess
import sys

import harness
from harness import check, clean_env, test

# Called SAC on 20/11, unanswered; the Ouvidoria on 01/12 with a bill dispute: two deadlines.
ANSWERS = ["-a", "issue=billing_dispute", "-a", "portal_tried=yes", "-a", "go_now=recommended",
           "-a", "sac_contacted=yes", "-a", "sac_date=2026-11-20", "-a", "sac_protocol=2026-111",
           "-a", "sac_outcome=unsatisfactory", "-a", "ombudsman_contacted=yes",
           "-a", "ombudsman_date=2026-12-01", "-a", "ombudsman_protocol=OUV-222",
           "-a", "ombudsman_outcome=pending", "-a", "urgent_harm=no", "-a", "bill_paid=no",
           "-a", "customer_name=Maria Souza"]
TODAY = "2026-12-03"


def run(args):
    return harness.run(args, timeout=120)


def new_case(name):
    """A folder of its own holding a case file with its first advice."""
    folder = os.path.join(harness.WORKDIR, name)
    os.makedirs(folder)
    case = os.path.join(folder, "claro.json")
    first = run(["advise", "--case", case, "--today", TODAY] + ANSWERS)
    check(first.returncode == 0, "the case is created with its advice",
          first.stderr.decode() + first.stdout.decode()[-400:])
    return folder, case


@test
def ics():
    """ICS: one all-day event per deadline, a reminder, stable UIDs, a growing SEQUENCE."""
    import icalendar
    _, case = new_case("ics")
    advice = json.loads(run(["advise", "--case", case, "--today", TODAY,
                                     "--format", "json"]).stdout)
    deadlines = advice.get("deadlines", [])
    check(len(deadlines) >= 1, "the case's advice has deadlines to export",
          json.dumps(advice)[:400])
    out = run(["export", case, "--to", "ics", "--today", TODAY])
    check(out.returncode == 0 and b"\r\n" in out.stdout and all(
        len(line) <= 75 for line in out.stdout.split(b"\r\n")),
          "the ICS ends lines with CRLF and folds them at 75 octets")
    calendar = icalendar.Calendar.from_ical(out.stdout)
    events = [c for c in calendar.walk("VEVENT")]
    check(len(events) == len(deadlines), f"one event per deadline ({len(events)} events, "
          f"{len(deadlines)} deadlines)")
    for event, deadline in zip(events, deadlines):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        check(isinstance(start, datetime.date) and not isinstance(start, datetime.datetime)
              and start.isoformat() == deadline["date"]
              and end == start + datetime.timedelta(days=1),
              f"'{event['SUMMARY']}' is an all-day event on {deadline['date']}",
              (start, end, deadline))
        check(str(event["SUMMARY"]) == deadline["label"], "the event's title is the deadline",
              (str(event["SUMMARY"]), deadline["label"]))
        alarms = list(event.walk("VALARM"))
        trigger = alarms[0].decoded("TRIGGER") if alarms else None
        check(len(alarms) == 1 and trigger == datetime.timedelta(hours=-15),
              "a reminder at 09:00 the day before (15 hours before the day starts)", trigger)
        basis = deadline.get("basis") or {}
        check(not basis or basis.get("url", "") in str(event["DESCRIPTION"]),
              "the description names the legal basis", str(event["DESCRIPTION"]))
    again = icalendar.Calendar.from_ical(run(["export", case, "--to", "ics", "--today",
                                                      TODAY]).stdout)
    uids = [str(e["UID"]) for e in events]
    check(uids == [str(e["UID"]) for e in again.walk("VEVENT")] and len(set(uids)) == len(uids),
          "UIDs are unique and the same in a second export", uids)
    run(["advise", "--case", case, "--today", TODAY, "-a", "customer_cpf=123.456.789-09"])
    changed = icalendar.Calendar.from_ical(run(["export", case, "--to", "ics", "--today",
                                                        TODAY]).stdout)
    check([int(e["SEQUENCE"]) for e in changed.walk("VEVENT")] >
          [int(e["SEQUENCE"]) for e in events] and
          [str(e["UID"]) for e in changed.walk("VEVENT")] == uids,
          "after the case changes, the same UIDs carry a higher SEQUENCE (a re-import updates)")


@test
def html():
    """HTML: parsed strictly, self-contained, the ladder an inline SVG; never over the case."""
    import html5lib
    folder, case = new_case("html")
    path = os.path.join(folder, "dossier.html")
    out = run(["export", case, "--to", "html", "--today", TODAY, "-o", path])
    check(out.returncode == 0 and os.path.exists(path), "export --to html -o writes the file",
          out.stderr)
    with open(path, "rb") as f:
        document = f.read()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        tree = parser.parse(document)
        errors = parser.errors
    except html5lib.html5parser.ParseError as e:
        tree, errors = None, [str(e)]
    check(tree is not None and not errors, "html5lib parses the dossier strictly, no errors",
          errors)
    text = document.decode()
    check("<script" not in text.lower() and "<link" not in text.lower() and " src=" not in text
          and "@import" not in text and "url(" not in text,
          "no scripts and no external resources (no script, link, src, @import, url())")
    check("<svg" in text and "@media print" in text, "the ladder is an inline SVG; print styles")
    check(run(["export", case, "--to", "html", "--today", TODAY, "-o", case]).returncode
          != 0, "export refuses to write over the case file itself")


@test
def html_printed_to_pdf():
    """chromium prints the HTML dossier to PDF; pdftotext finds what a person must see."""
    if not (shutil.which("chromium-headless-shell") or shutil.which("chromium")):
        raise harness.MissingTool("chromium-headless-shell")
    harness.need_tools("pdftotext")
    chromium = shutil.which("chromium-headless-shell") or shutil.which("chromium")
    folder, case = new_case("pdf")
    path = os.path.join(folder, "dossier.html")
    out = run(["export", case, "--to", "html", "--today", TODAY, "-o", path])
    check(out.returncode == 0 and os.path.exists(path), "export --to html -o writes the file", out.stderr)
    pdf = os.path.join(folder, "dossier.pdf")
    printed = subprocess.run([chromium, "--no-sandbox", "--disable-gpu", "--headless",
                              f"--user-data-dir={os.path.join(folder, 'chromium')}",
                              "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                              "file://" + path], env=clean_env(HOME=folder), capture_output=True, timeout=120)
    check(printed.returncode == 0 and os.path.exists(pdf) and os.path.getsize(pdf) > 1000,
          "chromium prints the dossier to PDF", printed.stderr.decode(errors="replace")[-800:])
    if not os.path.exists(pdf):
        return
    pdf_text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                              timeout=60).stdout.decode()
    flat = " ".join(pdf_text.split())
    for needle in ("Dossiê do caso", "Maria Souza", "Prazos", "Caminho de escalonamento",
                   "01/12/2026", "OUV-222"):
        check(needle in flat, f"the PDF shows '{needle}'", flat[:1500])


@test
def markdown():
    """Markdown: the dossier's sections in the case's language, gaps marked."""
    _, case = new_case("md")
    out = run(["export", case, "--to", "md", "--today", TODAY]).stdout.decode()
    for heading in ("# Dossiê do caso", "## Quem", "## Linha do tempo", "## Próximo passo",
                    "## Prazos", "## Lista de documentos", "## Caminho de escalonamento",
                    "## Respostas dadas", "## Registro deste arquivo"):
        check(heading in out, f"the Markdown dossier has '{heading}'", out[:2000])
    check("\\[seu CPF\\]" in out or "[seu CPF]" in out,
          "a missing answer in 'Quem' is a marked gap", out[:800])
    english = run(["export", case, "--to", "md", "--today", TODAY, "--lang", "en"])
    check("# Case file" in english.stdout.decode(), "--lang gives the dossier in another language")


if __name__ == "__main__":
    sys.exit(harness.main())

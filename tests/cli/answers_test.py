#!/usr/bin/env python3
"""Answers given on the command line and in batch: amounts are never silently
misread, and a missing answer is asked for with a placeholder and what is
accepted, never with an answer chosen for the person.

Usage: python3 answers_test.py BINARY REPO_ROOT [-k NAME] [--list]
"""

import json
import sys

import harness
from harness import TODAY, check, clean_env, run, test, text, write


def engine_rules():
    return harness.repo("tests/fixtures/rules/valid/engine.json")


def answer_claim(value, lang):
    """advise's exit code, the claim it read (None if refused) and the refusal."""
    proc = run(["advise", "--rules", engine_rules(), "--format", "json", "--today", TODAY, "--lang", lang,
                "-a", f"claim={value}"])
    try:
        result = json.loads(proc.stdout)
    except ValueError:
        return proc.returncode, None, text(proc.stderr)
    if result["status"] == "error":
        return proc.returncode, None, result["error"]["message"]
    return proc.returncode, result["answers"].get("claim"), ""


@test
def amounts():
    """Amounts in the session's language, with or without R$, thousands and decimals."""
    for value, lang, want in [("R$ 50.000", "en", 50000), ("R$ 50.000,00", "en", 50000), ("R$50.000", "de", 50000),
                              ("50.000", "pt-BR", 50000), ("1.500", "de", 1500), ("1.500,50", "pt-BR", 1500.5),
                              ("50000", "en", 50000), ("1,500.50", "en", 1500.5), ("R$ 1.234,56", "en", 1234.56),
                              ("50.5", "en", 50.5), ("1234.56", "pt-BR", 1234.56)]:
        code, got, message = answer_claim(value, lang)
        check(code == 3 and got == want, f"amounts: '{value}' in {lang} is {want}", f"exit {code}: {got} {message}")


@test
def ambiguous_amounts():
    """An amount two readings fit is refused, showing both."""
    for value in ("50.000", "1,500", "2.500"):
        code, got, message = answer_claim(value, "en")
        check(code == 2 and got is None and "R$" in message,
              f"amounts: '{value}' in an English session is refused, showing both readings",
              f"exit {code}: {got} {message}")
    code, _, message = answer_claim("50.000", "en")
    check("50,000" in message and "50" in message, "amounts: the refusal shows the two readings", message)


@test
def amounts_in_batch():
    """In batch the line's lang reads an amount, else --lang, never the machine's locale."""
    data = (b'{"answers": {"claim": "1.500"}}\n{"lang": "pt-BR", "answers": {"claim": "1.500"}}\n'
            b'{"lang": "en", "answers": {"claim": "1.500"}}\n')
    path = write("amounts.jsonl", data)
    outputs = []
    for locale in ("pt_BR.UTF-8", "en_US.UTF-8", "de_DE.UTF-8", "C.UTF-8"):
        outputs.append(run(["batch", "--rules", engine_rules(), "--today", TODAY, path],
                           env=clean_env(LANG=locale, LC_ALL=locale)).stdout)
    check(all(o == outputs[0] for o in outputs), "amounts: batch output is the same under every locale",
          "\n".join(harness.short(o, 300) for o in outputs))
    lines = [json.loads(l) for l in text(outputs[0]).splitlines()]
    check(len(lines) == 3 and lines[1].get("answers", {}).get("claim") == 1500 and lines[2]["status"] == "error",
          "amounts: in batch the line's lang reads '1.500' (pt-BR 1500; en refused as ambiguous)",
          json.dumps(lines)[:600])


@test
def needs_input_hints():
    """Exit-3 hints show a placeholder and what is accepted, never an answer chosen for the person."""
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


if __name__ == "__main__":
    sys.exit(harness.main())

#!/usr/bin/env python3
"""`escalate letter` on case files, against the real binary and the bundled rule set.

Usage: python3 letters_test.py BINARY REPO_ROOT [--update] [-k NAME] [--list]

One service-failure complaint is followed up the ladder in each of the rule
set's languages: a case file is built with `escalate advise --case` on fixed
days, one stage after the other (SAC, Ouvidoria, Anatel, Reclame Aqui,
Procon or consumidor.gov.br, the Juizado), every personal answer given. On the
day each stage is advised, the letter to that stage's channel is written with
`escalate letter --channel` and compared byte for byte with
tests/cli/letters/CHANNEL.LANG.txt (--update rewrites those files: read the
diff, it is what a person sends).

Then, for the full case and for a case without the personal answers:
- no placeholder is left in a letter (no "{" or "}");
- a missing value is its gap in brackets, listed on standard error after
  "Fill in before sending" (translated), and a letter without gaps says
  nothing there;
- `escalate letter` without --channel is the letter for the advised channel;
- an unknown --channel exits 2 and names the channel and the letters;
- every letter exits 0, and `letter` leaves the case file as it was.
"""

import difflib
import json
import os
import re
import sys
import tempfile

import harness
from harness import check, test

# "Fill in before sending", as the program says it in each language.
FILL_IN = {"pt-BR": "Preencha antes de enviar", "en": "Fill in before sending", "de": "Vor dem Absenden ergänzen"}
# "I don't know", as a person types it in each language.
DONT_KNOW = {"pt-BR": "não sei", "en": "I don't know", "de": "weiß nicht"}

# The person, and her problem in her own words.
PERSON = {
    "customer_name": "Maria Aparecida Souza",
    "customer_cpf": "123.456.789-09",
    "claro_contract": "012345678",
    "customer_address": "Rua das Palmeiras, 120, apto 31, Centro, Campinas – SP, CEP 13010-000",
}
PROBLEM = {
    "pt-BR": {
        "problem_details": "A internet está fora do ar desde 28/09/2026 e a TV cai várias vezes por dia. "
                           "Dois técnicos vieram à minha casa e não resolveram.",
        "what_you_ask": "o conserto definitivo da internet e da TV em até 5 dias.",
    },
    "en": {
        "problem_details": "The internet has been down since 28 September 2026 and the TV drops out several "
                           "times a day. Two technicians came to my home and did not fix it.",
        "what_you_ask": "a lasting repair of the internet and the TV within 5 days.",
    },
    "de": {
        "problem_details": "Das Internet ist seit dem 28.09.2026 ausgefallen, und das Fernsehen bricht mehrmals "
                           "am Tag ab. Zwei Techniker waren bei mir und haben das Problem nicht behoben.",
        "what_you_ask": "die dauerhafte Reparatur von Internet und Fernsehen innerhalb von 5 Tagen.",
    },
}
PERSONAL = list(PERSON) + ["problem_details", "what_you_ask"]

# Whether the person prefers to complain online (consumidor.gov.br) or at Procon.
PREFERS_ONLINE = {"pt-BR": True, "en": False, "de": True}


def stages(lang):
    """The case, stage by stage: (day, answers given that day, the channel advised, the letters written)."""
    online = PREFERS_ONLINE[lang]
    first = ["issue=service_failure", "defect_noticed_date=2026-09-28", "go_now=recommended",
             "sac_contacted=false", "urgent_harm=true"]
    first += [f"{key}={value}" for key, value in PERSON.items()]
    first += [f"{key}={value}" for key, value in PROBLEM[lang].items()]
    complaint_site = "consumidor_gov" if online else "procon"
    return [
        ("2026-10-01", first, "sac", ["sac"]),
        ("2026-10-12", ["sac_contacted=true", "sac_date=2026-10-01", "sac_protocol=20261001123456",
                        "sac_outcome=unsatisfactory", "ombudsman_contacted=false"], "ombudsman", ["ombudsman"]),
        ("2026-10-26", ["ombudsman_contacted=true", "ombudsman_date=2026-10-13",
                        "ombudsman_protocol=OUV 20261013008150", "ombudsman_outcome=unsatisfactory",
                        "anatel_contacted=false"], "anatel", ["anatel", "reclame_aqui"]),
        # Claro never answers the Anatel complaint: its 10 days end on 2026-11-06. Reclame
        # Aqui is optional beside the ladder, so the next rung is consumidor.gov.br or Procon.
        ("2026-11-09", ["anatel_contacted=true", "anatel_date=2026-10-27", "anatel_protocol=20265531908",
                        "anatel_outcome=pending", f"prefers_online={'true' if online else 'false'}",
                        f"{complaint_site}_contacted=false"],
         complaint_site, ["consumidor_gov", "procon"]),
        ("2026-12-20", [f"{complaint_site}_contacted=true", f"{complaint_site}_date=2026-11-10",
                        f"{complaint_site}_protocol=2026.11/000123456",
                        f"{complaint_site}_outcome=unsatisfactory", "court_filed=false", "claim_value=4800"],
         "small_claims", ["small_claims"]),
    ]


def gap_case_answers(lang):
    """A case at the Ouvidoria stage without the personal answers: the SAC protocol and the CPF are 'I don't know'."""
    return ["issue=service_failure", "defect_noticed_date=2026-09-28", "go_now=recommended",
            "sac_contacted=true", "sac_date=2026-10-01",
            f"sac_protocol={DONT_KNOW[lang]}", "sac_outcome=unsatisfactory", "urgent_harm=false",
            "ombudsman_contacted=false", f"customer_cpf={DONT_KNOW[lang]}"]


GAP_DAY = "2026-10-12"
GAP_MISSING = PERSONAL + ["sac_protocol"]


class Letters:
    """The bundled rules, a folder for case files, and the golden letters written so far."""

    def __init__(self):
        self.work = tempfile.mkdtemp(dir=harness.WORKDIR)
        self.update = harness.ARGS.update
        with open(harness.repo("data/rules/br-claro-net.json"), encoding="utf-8") as f:
            self.rules = json.load(f)
        self.folder = harness.repo("tests/cli/letters")
        self.written = set()

    def run(self, args):
        return harness.run(args, cwd=self.work)

    def advise(self, case, day, answers, lang):
        args = ["advise", "--case", case, "--today", day, "--lang", lang, "--format", "json"]
        for answer in answers:
            args += ["-a", answer]
        return self.run(args)

    def letter(self, case, day, channel=None):
        return self.run(["letter", case, "--today", day] + (["--channel", channel] if channel else []))

    def gap(self, question, lang):
        q = next(q for q in self.rules["questions"] if q["id"] == question)
        return q.get("gap", {}).get(lang, question)

    def letter_for(self, channel):
        return next(letter for letter in self.rules["letters"] if letter["channel"] == channel)

    def always_uses(self, channel):
        """The questions a letter's title and unconditional paragraphs always show."""
        letter = self.letter_for(channel)
        texts = [letter["title"]] + [p["text"] for p in letter["paragraphs"] if "when" not in p]
        names = set()
        for text in texts:
            for value in text.values():
                names.update(re.findall(r"\{(?:label:)?([a-z_0-9]+)\}", value))
        return names

    def literal_braces(self):
        """Whether any letter text writes a literal brace ({{ or }})."""
        for letter in self.rules["letters"]:
            for text in [letter["title"]] + [p["text"] for p in letter["paragraphs"]]:
                if any("{{" in v or "}}" in v for v in text.values()):
                    return True
        return False


def advice_channel(result):
    try:
        return (json.loads(result.stdout).get("channel") or {}).get("id")
    except ValueError:
        return None


def last_line(result):
    lines = result.stdout.decode(errors="replace").strip().splitlines()
    return (lines[-1] if lines else "") + "\n" + result.stderr.decode(errors="replace")


# -- the checks --------------------------------------------------------------------------------------------

def check_no_placeholder_left(t, output, name):
    text = output.decode(errors="replace")
    if t.literal_braces():
        left = re.findall(r"\{(?:label:)?[A-Za-z_0-9]+\}", text)
    else:
        left = [line for line in text.splitlines() if "{" in line or "}" in line]
    check(not left, f"{name}: no placeholder is left unfilled", "\n".join(map(str, left)))


def check_no_empty_value(output, name):
    text = output.decode(errors="replace")
    bad = [line for line in text.splitlines()
           if re.search(r"\b(None|null|unknown|undefined|NaN)\b|\[\]|\(\)| [,.;:](?:\s|$)|\s$", line)]
    check(not bad, f"{name}: no value is written empty, None, null or unknown", "\n".join(bad))


def check_golden(t, result, channel, lang, name):
    path = os.path.join(t.folder, f"{channel}.{lang}.txt")
    t.written.add(os.path.basename(path))
    if t.update and result.returncode == 0:
        os.makedirs(t.folder, exist_ok=True)
        with open(path, "wb") as f:
            f.write(result.stdout)
    old = open(path, "rb").read() if os.path.exists(path) else None
    if old is None:
        details = "no such file; run with --update"
    else:
        diff = difflib.unified_diff(old.decode(errors="replace").splitlines(),
                                    result.stdout.decode(errors="replace").splitlines(),
                                    "checked in", "now", lineterm="", n=0)
        details = "\n".join(list(diff)[:40]) + "\nif the change is meant, rerun with --update and review the diff"
    check(old == result.stdout, f"{name}: the letter is as checked in (tests/cli/letters/{channel}.{lang}.txt)",
          details)


def full_case(t, lang):
    """The complaint up the ladder, each letter written on the day its channel is advised."""
    case = os.path.join(t.work, f"full.{lang}.case.json")
    for day, answers, advised, channels in stages(lang):
        advice = t.advise(case, day, answers, lang)
        check(advice.returncode == 0, f"{lang} {day}: the advice needs no further answer", last_line(advice))
        check(advice_channel(advice) == advised, f"{lang} {day}: the advice is for the channel {advised}",
              f"advised: {advice_channel(advice)}")
        before = open(case, "rb").read()
        current = t.letter(case, day)
        for channel in channels:
            name = f"{lang} {day} letter --channel {channel}"
            result = t.letter(case, day, channel)
            check(result.returncode == 0, f"{name}: exit 0", result.stderr.decode(errors="replace"))
            check_golden(t, result, channel, lang, name)
            check_no_placeholder_left(t, result.stdout, name)
            check_no_empty_value(result.stdout, name)
            check(not result.stderr, f"{name}: with every answer given, nothing is left to fill in",
                  result.stderr.decode(errors="replace"))
            if channel == advised:
                check(current.returncode == 0 and current.stdout == result.stdout,
                      f"{lang} {day}: letter without --channel is the letter to the advised {advised}",
                      current.stdout.decode(errors="replace")[:300] + current.stderr.decode(errors="replace"))
        check(open(case, "rb").read() == before, f"{lang} {day}: letter leaves the case file as it was")
    return case


def gap_case(t, lang):
    """Letters to every channel for a case without the personal answers."""
    case = os.path.join(t.work, f"gaps.{lang}.case.json")
    advice = t.advise(case, GAP_DAY, gap_case_answers(lang), lang)
    check(advice.returncode == 0, f"{lang} gaps: the advice needs no further answer", last_line(advice))
    stored = json.load(open(case, encoding="utf-8"))["answers"]
    check(stored.get("sac_protocol", "missing") is None and stored.get("customer_cpf", "missing") is None,
          f"{lang} gaps: '{DONT_KNOW[lang]}' is kept as null in the case file", stored)
    current = t.letter(case, GAP_DAY)
    advised = advice_channel(advice)
    for letter in t.rules["letters"]:
        channel = letter["channel"]
        name = f"{lang} gaps: letter --channel {channel}"
        result = t.letter(case, GAP_DAY, channel)
        out = result.stdout.decode(errors="replace")
        err = result.stderr.decode(errors="replace")
        check(result.returncode == 0, f"{name}: exit 0", err)
        check_no_placeholder_left(t, result.stdout, name)
        check_no_empty_value(result.stdout, name)
        shown = sorted(t.always_uses(channel) & set(GAP_MISSING))
        missing = [q for q in shown if f"[{t.gap(q, lang)}]" not in out]
        check(shown and not missing, f"{name}: each missing answer is its gap in brackets "
              f"(e.g. [{t.gap('customer_name', lang)}])", f"not shown: {missing}\n{out[:600]}")
        err_lines = err.splitlines()
        check(len(err_lines) == 1 and err_lines[0].startswith(FILL_IN[lang] + ": "),
              f"{name}: standard error says '{FILL_IN[lang]}: …' on one line", err)
        unlisted = [q for q in shown if f"[{t.gap(q, lang)}]" not in err]
        check(not unlisted, f"{name}: '{FILL_IN[lang]}' lists every gap of the letter", f"not listed: {unlisted}\n{err}")
        listed = re.findall(r"\[([^\]]+)\]", err)
        check(all(f"[{gap}]" in out for gap in listed), f"{name}: '{FILL_IN[lang]}' lists only gaps the letter has",
              listed)
        if channel == advised:
            check(current.returncode == 0 and current.stdout == result.stdout and current.stderr == result.stderr,
                  f"{lang} gaps: letter without --channel is the letter to the advised {advised}",
                  current.stdout.decode(errors="replace")[:300])
    ombudsman = t.letter(case, GAP_DAY, "ombudsman").stdout.decode(errors="replace")
    protocol_gap = f"[{t.gap('sac_protocol', lang)}]"
    title = ombudsman.split("\n")[0]
    check(title.endswith(protocol_gap) and ombudsman.count(protocol_gap) >= 2,
          f"{lang} gaps: the SAC protocol answered '{DONT_KNOW[lang]}' is {protocol_gap} in the Ouvidoria letter's "
          f"title and account of the SAC complaint", ombudsman[:800])


def unknown_channel(t, case):
    result = t.letter(case, "2026-12-20", "nowhere")
    err = result.stderr.decode(errors="replace")
    letters = [(letter["channel"], letter["id"]) for letter in t.rules["letters"]]
    unnamed = [f"{c} ({i})" for c, i in letters if c not in err or i not in err]
    check(result.returncode == 2 and not result.stdout, "an unknown --channel exits 2 and writes no letter",
          f"exit {result.returncode}\n{err}")
    check("'nowhere'" in err and not unnamed, "the error names the unknown channel and lists every letter",
          f"not listed: {unnamed}\n{err}")


def golden_folder_is_current(t):
    present = set(os.listdir(t.folder)) if os.path.isdir(t.folder) else set()
    check(present == t.written, "tests/cli/letters holds one file per letter checked, and no other",
          f"stale: {sorted(present - t.written)}\nmissing: {sorted(t.written - present)}")


@test
def every_language_and_channel():
    """The test knows every language of the rule set, and covers every channel with a letter."""
    t = Letters()
    check(set(FILL_IN) == set(t.rules["languages"]), "the test knows every language of the rule set",
          t.rules["languages"])
    channels = {letter["channel"] for letter in t.rules["letters"]}
    covered = {c for lang in t.rules["languages"] for _, _, _, cs in stages(lang) for c in cs}
    check(channels == covered, "every channel with a letter gets a golden letter", sorted(channels ^ covered))


@test
def letters_up_the_ladder():
    """Every stage's letter in every language is as checked in; no other golden letter exists."""
    t = Letters()
    cases = [full_case(t, lang) for lang in t.rules["languages"]]
    unknown_channel(t, cases[0])
    golden_folder_is_current(t)


@test
def letters_with_gaps():
    """Letters for a case without the personal answers show and list their gaps."""
    t = Letters()
    for lang in t.rules["languages"]:
        gap_case(t, lang)


if __name__ == "__main__":
    sys.exit(harness.main())

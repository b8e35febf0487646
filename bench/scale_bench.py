#!/usr/bin/env python3
"""Scale benchmark: how loading a rule set and deciding the next question grow
with the size of the rule set.

Generates (fixed seed) a large, valid `escalate-rules/1` rule set with S steps
and S/10 questions, checks it with `escalate check`, then runs the C++ program
escalate_load_bench (bench/load_bench.cpp) on it and times one-shot
`escalate advise --rules FILE` calls. Builds nothing: build the release preset
first (cmake --preset release && cmake --build --preset release).

Rerun:
  python3 bench/scale_bench.py                       # 10,000 steps
  python3 bench/scale_bench.py --steps 2000 --runs 10
  python3 bench/scale_bench.py --sweep               # 100, 1000, 10000 steps
  python3 bench/scale_bench.py --bench-binary B/bench/escalate_load_bench --binary B/escalate

The generated set is shaped like the bundled Claro one: a first `topic` choice
question (like Claro's `issue`) splits the steps into groups of 100; every step
of a group starts its `when` with `topic == tN` and goes on with one to three
ordinary comparisons (==, !=, in, !, <, <=, >, date_diff, facts built with
date_add on business days); each group ends with a topic-only fallback and the
set ends with a catch-all. The partial answers (answers.json) answer the topic
with the LAST group and half of the other questions at random, so the engine
walks past every earlier step before it finds the next question: the worst
realistic case. The machine is shared and noisy: quote the medians.

Targets (printed beside the figures, never enforced): loading 10,000 steps
<= 100 ms; deciding the next question <= 1 ms."""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = "2026-11-29"
SEED = 20261129
GROUP = 100  # steps per topic
LOAD_TARGET_MS = 100.0  # for 10,000 steps
DECIDE_TARGET_MS = 1.0
TYPES = ["boolean", "choice", "number", "date"]
CHANNELS = ["store", "sac", "ombudsman", "agency", "online", "court"]
LADDER = ["store", "sac", "ombudsman", "agency", "court"]


def text(en, pt, de):
    return {"en": en, "pt-BR": pt, "de": de}


def question_ids(n):
    return [f"q{i}_{TYPES[(i - 1) % 4]}" for i in range(1, n)]


def generate(steps, seed=SEED):
    """The rule set (a dict) with `steps` steps and steps/10 questions."""
    rng = random.Random(seed)
    n_questions = max(8, steps // 10)
    n_topics = max(2, steps // GROUP)
    questions = [{
        "id": "topic", "type": "choice",
        "prompt": text("What is the problem about?", "Sobre o que é o problema?", "Worum geht es?"),
        "options": [{"value": f"t{k}", "label": text(f"Topic {k}", f"Assunto {k}", f"Thema {k}")}
                    for k in range(n_topics)]}]
    facts = []
    for qid in question_ids(n_questions):
        i, kind = qid[1:].split("_")
        q = {"id": qid, "type": kind,
             "prompt": text(f"Question {i}?", f"Pergunta {i}?", f"Frage {i}?")}
        if rng.random() < 0.3:
            q["help"] = text(f"Help for question {i}.", f"Ajuda da pergunta {i}.", f"Hilfe zu Frage {i}.")
        if kind == "choice":
            q["options"] = [{"value": f"o{k}", "label": text(f"Option {k}", f"Opção {k}", f"Option {k}")}
                            for k in range(rng.randint(3, 5))]
        elif kind == "number":
            q.update({"min": 0, "max": 100000})
            if rng.random() < 0.5:
                q["unit"] = "BRL"
        elif kind == "date":
            q["max"] = "today"
            facts.append({"id": f"{qid}_due", "label": text(f"Due {i}", f"Prazo {i}", f"Frist {i}"),
                          "value": {"date_add": [{"var": qid}, rng.choice([5, 7, 10, 15]), "business_days"]}})
        questions.append(q)
    by_id = {q["id"]: q for q in questions}
    asked = [q["id"] for q in questions[1:]]

    def comparison(qid):
        q = by_id[qid]
        v = {"var": qid}
        if q["type"] == "boolean":
            return v if rng.random() < 0.5 else {"!": v}
        if q["type"] == "choice":
            values = [o["value"] for o in q["options"]]
            r = rng.random()
            if r < 0.5:
                return {"==": [v, rng.choice(values)]}
            if r < 0.75:
                return {"!=": [v, rng.choice(values)]}
            return {"in": [v, rng.sample(values, 2)]}
        if q["type"] == "number":
            r = rng.random()
            if r < 0.4:
                return {">": [v, rng.randint(0, 100000)]}
            if r < 0.7:
                return {"<=": [v, {"var": "small_claims_limit"}]}
            lo = rng.randint(0, 50000)
            return {"<": [lo, v, lo + rng.randint(1000, 50000)]}
        r = rng.random()  # date
        if r < 0.4:
            return {"<=": [{"var": "today"}, {"var": f"{qid}_due"}]}
        if r < 0.7:
            return {">=": [v, f"2026-{rng.randint(1, 11):02}-{rng.randint(1, 28):02}"]}
        return {">": [{"date_diff": [v, {"var": "today"}, "days"]}, rng.choice([30, 90, 365])]}

    steps_out = []
    notes_used = set()
    group = -(-(steps - 1) // n_topics)  # GROUP, or fewer so that every topic has steps
    for n in range(steps - 1):
        topic, pos = divmod(n, group)
        sid = f"s{n}"
        topic_is = {"==": [{"var": "topic"}, f"t{topic}"]}
        last_of_group = pos == group - 1 or n == steps - 2
        used = [] if last_of_group else [asked[n % len(asked)]] + rng.sample(asked, rng.randint(0, 2))
        terms = [comparison(q) for q in used]
        if len(terms) >= 2 and rng.random() < 0.25:
            terms = [terms[0], {"or": terms[1:]}]
        when = {"and": [topic_is] + terms} if terms else topic_is
        kind = rng.choices(["contact", "wait", "info", "done"], [6, 2, 1, 1])[0]
        dates = [q for q in used if by_id[q]["type"] == "date"]
        if kind == "wait" and not dates:
            kind = "contact"
        channel = None if kind == "done" else rng.choice(CHANNELS)
        step = {"id": sid, "when": when, "channel": channel, "kind": kind,
                "title": text(f"Step {n}", f"Etapa {n}", f"Schritt {n}"),
                "action": text(f"Do what step {n} says.", f"Faça o que a etapa {n} diz.",
                               f"Tun Sie, was Schritt {n} sagt.")}
        numbers = [q for q in used if by_id[q]["type"] == "number"]
        choices = [q for q in used if by_id[q]["type"] == "choice"]
        if numbers:
            step["action"] = {k: s + f" ({{{numbers[0]}}})" for k, s in step["action"].items()}
        elif choices:
            step["action"] = {k: s + f" ({{label:{choices[0]}}})" for k, s in step["action"].items()}
        if kind == "wait":
            step["deadlines"] = [{"id": "answer_due", "basis": "policy",
                                  "label": text("Answer due", "Prazo de resposta", "Antwortfrist"),
                                  "date": {"var": f"{dates[0]}_due"}}]
            step["then"] = text("No answer? Go on.", "Sem resposta? Siga adiante.", "Keine Antwort? Weiter.")
        if rng.random() < 0.1:
            step["documents"] = [rng.choice(["receipt", "protocol", "photos"])]
        if rng.random() < 0.05:
            note = rng.choice(["urgent", "outdated"])
            notes_used.add(note)
            step["notes"] = [note]
        steps_out.append(step)
    steps_out.append({"id": "catch_all", "channel": "court",
                      "title": text("Go to court", "Vá ao juizado", "Klagen"),
                      "action": text("File a claim.", "Entre com uma ação.", "Reichen Sie Klage ein.")})

    def channel(cid):
        c = {"id": cid, "name": text(f"Channel {cid}", f"Canal {cid}", f"Stelle {cid}"),
             "summary": text(f"What {cid} is for.", f"Para que serve {cid}.", f"Wofür {cid} da ist."),
             "contacts": [{"kind": "phone", "value": "0800 555 0101",
                           "hours": text("Mon-Fri 8-20", "seg-sex 8-20", "Mo-Fr 8-20")},
                          {"kind": "web", "value": f"https://{cid}.example"}],
             "documents": ["receipt", "protocol"],
             "response_time": text("Within {answer_days} days.", "Em até {answer_days} dias.",
                                   "Innerhalb von {answer_days} Tagen."),
             "tips": [text("Write down the protocol number.", "Anote o protocolo.", "Notieren Sie die Nummer.")],
             "source": "policy"}
        if cid == "online":
            c["beside"] = "agency"
        return c

    doc = {
        "format": "escalate-rules/1", "id": f"scale-{steps}", "version": "1", "updated": TODAY,
        "title": text(f"Scale test, {steps} steps", f"Teste de escala, {steps} etapas",
                      f"Skalentest, {steps} Schritte"),
        "languages": ["en", "pt-BR", "de"],
        "sources": {"policy": {"title": "Generated policy", "url": "https://policy.example"}},
        "constants": {"small_claims_limit": 32420, "answer_days": 7},
        "calendar": {"weekend": [6, 7], "holidays": [
            {"name": "New Year's Day", "month": 1, "day": 1},
            {"name": "Good Friday", "easter_offset": -2},
            {"name": "Christmas Day", "month": 12, "day": 25}]},
        "documents": [{"id": d, "label": text(d, d, d)} for d in ["receipt", "protocol", "photos"]],
        "channels": [channel(c) for c in CHANNELS],
        "ladder": LADDER,
        "questions": questions,
        "facts": facts,
        "notes": {k: {"when": {">": [{"var": "small_claims_limit"}, 0]},
                      "text": text(f"Note {k}.", f"Nota {k}.", f"Hinweis {k}.")}
                  for k in sorted(notes_used)},
        "steps": steps_out,
    }
    return doc


def partial_answers(doc, seed=SEED):
    """The LAST topic, and half of the other questions answered at random."""
    rng = random.Random(seed + 1)
    topic, *rest = doc["questions"]
    answers = {"topic": topic["options"][-1]["value"]}
    for q in rng.sample(rest, len(rest) // 2):
        t = q["type"]
        if t == "boolean":
            answers[q["id"]] = rng.choice([True, False])
        elif t == "choice":
            answers[q["id"]] = rng.choice(q["options"])["value"]
        elif t == "number":
            answers[q["id"]] = rng.randint(0, 100000)
        else:
            answers[q["id"]] = f"2026-{rng.randint(1, 11):02}-{rng.randint(1, 28):02}"
    return answers


def median_wall(cmd, runs, warmup=2):
    codes = set()
    for _ in range(warmup):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        codes.add(subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times), sorted(codes)


def run_size(steps, args, workdir):
    doc = generate(steps)
    rules = os.path.join(workdir, f"scale-{steps}.json")
    answers = os.path.join(workdir, f"scale-{steps}-answers.json")
    with open(rules, "w") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    with open(answers, "w") as f:
        json.dump(partial_answers(doc), f, indent=1)
    size = os.path.getsize(rules)
    print(f"== {steps} steps, {len(doc['questions'])} questions, {len(doc['facts'])} facts: "
          f"{rules} ({size / 1e6:.2f} MB); answers {answers}")

    check = subprocess.run([args.binary, "check", "--format", "json", rules], capture_output=True, text=True)
    try:
        report = json.loads(check.stdout)
    except ValueError:
        sys.exit(f"escalate check failed (exit {check.returncode}): {check.stdout[:500]}{check.stderr[:500]}")
    print(f"check: exit {check.returncode}, valid {report['valid']}, "
          f"{len(report['errors'])} errors, {len(report['warnings'])} warnings")
    for p in (report["errors"] + report["warnings"])[:5]:
        print(f"  {p.get('path', '')}: {p.get('message', p)}")
    if not report["valid"]:
        sys.exit("the generated rule set is not valid; fix generate()")

    bench = subprocess.run([args.bench_binary, rules, answers, "--runs", str(args.runs),
                            "--decide-runs", str(args.decide_runs), "--today", TODAY, "--json"],
                           capture_output=True, text=True)
    if bench.returncode != 0:
        sys.exit(f"{args.bench_binary} failed (exit {bench.returncode}): {bench.stderr}")
    b = json.loads(bench.stdout)
    load = b["load"]["median_ms"]
    if steps >= 10000:
        verdict = "" if load <= LOAD_TARGET_MS else "  ** OVER **"
    else:  # fixed costs weigh more on small sets: the pro-rata figure is a guide only
        verdict = f" (pro rata {LOAD_TARGET_MS * steps / 10000:.1f} ms)"
    print(f"load_rules:         median {load:9.3f} ms  (min {b['load']['min_ms']:.3f}, "
          f"max {b['load']['max_ms']:.3f}; {args.runs} runs)  target <= {LOAD_TARGET_MS:.0f} ms at 10,000 steps"
          f"{verdict}")
    print(f"  first load:              {b['first_load_ms']:9.3f} ms  (the first in the process, heap not yet grown: "
          f"what a one-shot call pays)")
    print(f"  freeing the rule set:    {b['load_free']['median_ms']:9.3f} ms  (median; outside load_rules, "
          f"paid at exit by a one-shot call)")
    print(f"parse_json (ref.):  median {b['parse']['median_ms']:9.3f} ms  (the strict parser alone, for scale; "
          f"load_rules reads with the simdjson fast path);")
    print(f"  freeing its Json:        {b['parse_free']['median_ms']:9.3f} ms  (median; load_rules frees its parsed "
          f"document the same way, inside its time)")
    for key, label in (("decide_empty", "decide, no answers"), ("decide_partial", "decide, partial")):
        d = b[key]
        print(f"{label + ':':19} median {d['median_ms']:9.4f} ms  (min {d['min_ms']:.4f}, max {d['max_ms']:.4f}; "
              f"{args.decide_runs} runs) -> {d['outcome']}  target <= {DECIDE_TARGET_MS:g} ms"
              f"{'' if d['median_ms'] <= DECIDE_TARGET_MS else '  ** OVER **'}")
    base = [args.binary, "advise", "--rules", rules, "--today", TODAY, "--lang", "en", "--format", "json"]
    one = {}
    for label, cmd in (("no answers", base), ("partial answers", base + ["--answers", answers])):
        med, lo, hi, codes = median_wall(cmd, args.runs)
        one[label] = med
        print(f"one-shot advise, {label + ':':16} median {med:8.1f} ms  (min {lo:.1f}, max {hi:.1f}; "
              f"{args.runs} runs; exit {codes})")
    return {"steps": steps, "questions": len(doc["questions"]), "mb": size / 1e6, "load": load,
            "first": b["first_load_ms"], "decide_empty": b["decide_empty"]["median_ms"],
            "decide_partial": b["decide_partial"]["median_ms"],
            "oneshot": one["partial answers"], "warnings": len(report["warnings"])}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--steps", type=int, default=10000, help="steps in the generated rule set (default 10000)")
    p.add_argument("--sweep", action="store_true", help="run 100, 1000 and 10000 steps and compare")
    p.add_argument("--runs", type=int, default=20, help="timed loads and one-shot calls per size (default 20)")
    p.add_argument("--decide-runs", type=int, default=200, help="timed decide() calls (default 200)")
    p.add_argument("--bench-binary", default=os.path.join(ROOT, "build/release/bench/escalate_load_bench"))
    p.add_argument("--binary", default=os.path.join(ROOT, "build/release/escalate"))
    p.add_argument("--workdir", help="where to write the rule sets and answers (default: a temporary directory)")
    args = p.parse_args()
    if args.steps < 2:
        p.error("--steps must be at least 2")
    for b in (args.binary, args.bench_binary):
        if not os.access(b, os.X_OK):
            sys.exit(f"{b}: not an executable; build first (cmake --build --preset release) or pass the path")
    version = subprocess.run([args.binary, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"escalate: {args.binary} ({version})")
    print(f"load bench: {args.bench_binary}; today {TODAY}; seed {SEED}; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs (a busy machine inflates every figure)")
    sizes = [100, 1000, 10000] if args.sweep else [args.steps]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or tmp
        os.makedirs(workdir, exist_ok=True)
        rows = [run_size(s, args, workdir) for s in sizes]
    if len(rows) > 1:
        print("\n== growth (medians; x = ratio to the previous size)")
        print(f"{'steps':>6} {'quest.':>6} {'MB':>6} {'load ms':>9} {'x':>5} {'us/step':>7} {'1st ms':>8} "
              f"{'decide0 ms':>10} {'decideP ms':>10} {'x':>5} {'advise ms':>9} {'x':>5}")
        prev = None
        for r in rows:
            def ratio(key):
                return f"{r[key] / prev[key]:5.1f}" if prev and prev[key] > 0 else f"{'':5}"
            print(f"{r['steps']:6} {r['questions']:6} {r['mb']:6.2f} {r['load']:9.3f} {ratio('load')} "
                  f"{1000 * r['load'] / r['steps']:7.2f} {r['first']:8.2f} {r['decide_empty']:10.4f} "
                  f"{r['decide_partial']:10.4f} "
                  f"{ratio('decide_partial')} {r['oneshot']:9.1f} {ratio('oneshot')}")
            prev = r
        print(f"targets: load <= {LOAD_TARGET_MS:.0f} ms at 10,000 steps; next question <= {DECIDE_TARGET_MS:g} ms")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

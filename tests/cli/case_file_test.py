#!/usr/bin/env python3
"""Case files against the real binary: a complaint kept over several visits.

- Resuming on a later day names the deadlines that fell due since the last
  visit, asks again the answers the rules mark with `recheck` (Enter keeps
  them), and does not ask unchanged answers again.
- Saving is atomic: a process killed at random moments while saving a large
  case leaves the old file or the new one, never a mix; a read-only folder and
  a full file system (a small tmpfs, when running as root) leave the old file
  intact and say why.
- Corrupt, truncated, hand-edited and hostile case files give an error naming
  the file and the JSON path; nothing crashes and the file is not written.

Each check works in a folder of its own. Usage:
python3 case_file_test.py BINARY REPO_ROOT [-k NAME] [--list]
"""

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time

import harness
from harness import check, clean_env, test

# A customer who called SAC on 28/11/2026 and is waiting; SAC's 7 days end on 05/12.
VISIT_ONE = ["-a", "issue=service_failure", "-a", "defect_noticed_date=2026-11-25", "-a", "portal_tried=yes",
             "-a", "go_now=recommended",
             "-a", "sac_contacted=yes", "-a", "sac_date=2026-11-28", "-a", "sac_protocol=2026-123",
             "-a", "sac_outcome=pending", "-a", "urgent_harm=no"]


def run(args, stdin=b"", timeout=60):
    return harness.run(args, stdin=stdin, timeout=timeout)


def new_folder(name):
    folder = os.path.join(harness.WORKDIR, name)
    os.mkdir(folder)
    return folder


def text(result):
    return result.stdout.decode(errors="replace") + result.stderr.decode(errors="replace")


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


@test
def resuming():
    """Resuming on a later day: deadlines that fell due, recheck answers, unchanged ones not asked."""
    folder = new_folder("resuming")
    case = os.path.join(folder, "claro.json")
    first = run(["advise", "--case", case, "--today", "2026-11-29"] + VISIT_ONE)
    check(first.returncode == 0 and "Aguarde a resposta do SAC" in text(first),
          "visit 1: a new case file is created and gives the advice to wait for SAC", text(first))
    data = load(case)
    check(data["format"] == "escalate-case/1" and data["answers"]["sac_outcome"] == "pending"
          and data["journal"][-1]["event"] == "advised"
          and data["journal"][-1]["deadlines"][0]["date"] == "2026-12-05",
          "visit 1: the file holds the answers and the advice with its deadline", data)

    same_day = run(["advise", "--case", case, "--today", "2026-11-29"])
    check("Desde a sua última consulta" not in text(same_day) and "talvez diferente" not in
          text(same_day), "the same day again: nothing is named as passed, nothing re-checked",
          text(same_day))

    before = digest(case)
    shown = run(["case", "show", case, "--today", "2026-12-08"])
    out = text(shown)
    check("Desde a sua última consulta, em 29/11/2026:" in out and "venceu em 05/12/2026" in out,
          "case show on a later day names the deadline that fell due since the last visit", out)
    check(digest(case) == before, "case show leaves the file as it was")

    later = run(["advise", "--case", case, "--today", "2026-12-08"])
    out = text(later)
    check(out.index("venceu em 05/12/2026") < out.index("Falta uma resposta")
          if "venceu em 05/12/2026" in out and "Falta uma resposta" in out else False,
          "advise on a later day names the passed deadline before the next question", out)
    check("-a sac_outcome=" in out and "Ainda sem resposta final" in out,
          "advise says the pending SAC outcome may have changed, with the flag to give", out)

    # The session on the same later day: the pending outcome is asked again first,
    # Enter keeps it; no other earlier answer is asked again.
    session = run(["ask", "--case", case, "--today", "2026-12-08", "--no-color"],
                  stdin=b"\nnao\n")
    out = text(session)
    first_question = out.split("> ")[0]
    check("Enter mantém: Ainda sem resposta final" in first_question,
          "ask --case re-asks the pending SAC outcome first, Enter keeping it", out)
    asked = [q for q in ("Em que data você registrou", "Qual é o número de protocolo",
                         "O que você precisa da Claro") if q in out]
    check(not asked, "ask --case does not ask unchanged answers again", asked)
    journal = load(case)["journal"]
    kept = [e for e in journal if e["event"] == "kept"]
    check(len(kept) == 1 and kept[0]["question"] == "sac_outcome" and kept[0]["day"] ==
          "2026-12-08", "Enter is recorded as 'kept' on that day", kept)
    check(load(case)["answers"].get("ombudsman_contacted") is False,
          "the next answer is saved at once", load(case)["answers"])

    changed = run(["advise", "--case", case, "--today", "2026-12-09",
                           "-a", "sac_outcome=unsatisfactory"])
    journal = load(case)["journal"]
    change = [e for e in journal if e["event"] == "changed"]
    check(changed.returncode in (0, 3) and change and change[-1]["was"] == "pending"
          and change[-1]["value"] == "unsatisfactory",
          "a changed answer is journaled with what it was", journal[-3:])
    log = run(["case", "log", case])
    check(log.returncode == 0 and "09/12/2026" in text(log) and "antes: Ainda sem resposta final"
          in text(log), "case log shows the journal day by day", text(log))


@test
def interrupted_session_keeps_answers():
    """Ctrl-C in the session keeps the answers given before it."""
    folder = new_folder("interrupted_session_keeps_answers")
    case = os.path.join(folder, "interrupted.json")
    proc = subprocess.Popen([harness.BINARY, "ask", "--case", case, "--today", "2026-11-29"], env=clean_env(),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    proc.stdin.write(b"1\n")
    proc.stdin.flush()
    deadline = time.time() + 10
    while time.time() < deadline:
        if os.path.exists(case) and "issue" in load(case).get("answers", {}):
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=10)
    check(proc.returncode == 130 and "issue" in load(case)["answers"],
          "Ctrl-C in the session: exit 130, the answer given before it is in the file",
          (proc.returncode, out.decode(errors="replace")[-400:]))


def big_case(folder):
    """A case whose journal makes the file a few megabytes, so saving takes a while."""
    case = os.path.join(folder, "big.json")
    run(["advise", "--case", case, "--today", "2026-11-29"] + VISIT_ONE)
    data = load(case)
    entry = {"day": "2026-11-29", "event": "kept", "question": "sac_outcome", "value": "pending"}
    data["journal"] = data["journal"] + [entry] * 60000
    with open(case, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2)
    return case


@test
def killed_while_saving():
    """A process killed at random moments while saving leaves the old file or the new one."""
    folder = new_folder("killed_while_saving")
    case = big_case(folder)
    size = os.path.getsize(case)
    start = time.time()
    run(["advise", "--case", case, "--today", "2026-11-29", "-a", "sac_protocol=90000"])
    duration = time.time() - start
    killed, intact, seen = 0, 0, set()
    rng = random.Random(7)
    for i in range(1, 41):
        before = load(case)["answers"]["sac_protocol"]
        proc = subprocess.Popen([harness.BINARY, "advise", "--case", case, "--today", "2026-11-29",
                                 "-a", f"sac_protocol={90000 + i}"], env=clean_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.3) * duration)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed += proc.returncode == -signal.SIGKILL
        try:
            value = load(case)["answers"]["sac_protocol"]
            ok = value in (before, f"{90000 + i}")
        except (ValueError, KeyError):
            value, ok = None, False
        intact += ok
        seen.add("old" if value == before else "new")
    check(killed >= 10, f"the process was killed before it ended in {killed} of 40 runs "
          f"(a {size >> 20} MB case, {duration:.2f} s to save)")
    check(intact == 40, f"after every kill the case file is whole: the old or the new one "
          f"({intact} of 40; seen {sorted(seen)})")
    # A save killed before its rename leaves ".big.json.tmp-PID"; one of a process
    # that is gone is removed by the next save, one of a running process is not.
    dead = next(p for p in range(4_000_000, 3_000_000, -1) if not os.path.exists(f"/proc/{p}"))
    for pid in (dead, os.getpid()):
        with open(os.path.join(folder, f".big.json.tmp-{pid}"), "w") as f:
            f.write("{half a case")
    after = run(["advise", "--case", case, "--today", "2026-11-29", "-a", "sac_protocol=99999"])
    check(after.returncode == 0 and load(case)["answers"]["sac_protocol"] == "99999",
          "after the kills the case is read and saved as usual", text(after)[-300:])
    left = [n for n in os.listdir(folder) if n.startswith(".big.json.tmp")]
    check(left == [f".big.json.tmp-{os.getpid()}"],
          "the next save removes the temporary file of a killed save, not that of a running one",
          left)


def mount_tmpfs(folder, size):
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", folder],
                          capture_output=True).returncode == 0


@test
def read_only_folder():
    """A read-only folder: exit 1, the file named, the old file intact."""
    folder = new_folder("read_only_folder")
    place = os.path.join(folder, "ro")
    os.mkdir(place)
    root = os.geteuid() == 0
    mounted = root and mount_tmpfs(place, "1m")
    case = os.path.join(place, "claro.json")
    run(["advise", "--case", case, "--today", "2026-11-29"] + VISIT_ONE)
    before = digest(case)
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", place], check=True)
    else:
        os.chmod(place, 0o555)
    try:
        result = run(["advise", "--case", case, "--today", "2026-11-30",
                              "-a", "sac_protocol=55555"])
        check(result.returncode == 1 and "cannot write" in text(result) and case in text(result)
              and digest(case) == before,
              "a read-only folder: exit 1, the error names the file, the old file is intact",
              text(result))
        if not mounted and root:
            harness.note("the read-only mount was not possible here; used chmod 555 (root may bypass it)")
    finally:
        if mounted:
            subprocess.run(["umount", place])
        else:
            os.chmod(place, 0o755)


@test
def full_file_system():
    """A full file system: exit 1, the old file intact, no temporary file left."""
    folder = new_folder("full_file_system")
    if os.geteuid() != 0:
        harness.skip("needs root to mount a tmpfs")
    place = os.path.join(folder, "full")
    os.mkdir(place)
    if not mount_tmpfs(place, "256k"):
        harness.skip("cannot mount a tmpfs here")
    try:
        case = os.path.join(place, "claro.json")
        run(["advise", "--case", case, "--today", "2026-11-29"] + VISIT_ONE)
        before = digest(case)
        try:
            with open(os.path.join(place, "filler"), "wb") as f:
                while True:
                    f.write(b"x" * 4096)
                    f.flush()
        except OSError:
            pass  # full
        result = run(["advise", "--case", case, "--today", "2026-11-30",
                              "-a", "sac_protocol=55555"])
        check(result.returncode == 1 and "No space left on device" in text(result)
              and digest(case) == before,
              "a full file system: exit 1, 'No space left on device', the old file intact",
              text(result))
        check(not [n for n in os.listdir(place) if ".tmp-" in n],
              "a save that failed leaves no temporary file behind", os.listdir(place))
    finally:
        subprocess.run(["umount", place])


@test
def hostile_files():
    """Corrupt, truncated, hand-edited and hostile case files: an error naming the file and the path."""
    folder = new_folder("hostile_files")
    good = os.path.join(folder, "good.json")
    run(["advise", "--case", good, "--today", "2026-11-29"] + VISIT_ONE)
    base = load(good)

    def edited(change):
        data = json.loads(json.dumps(base))
        change(data)
        return json.dumps(data).encode()

    cases = [
        ("truncated", open(good, "rb").read()[:200], ":"),
        ("empty", b"", ":1:1"),
        ("not an object", b"[1, 2]", "$:"),
        ("newer format", edited(lambda d: d.update(format="escalate-case/2")),
         "$.format: \"escalate-case/2\" is written by a newer escalate"),
        ("another rule set", edited(lambda d: d["rules"].update(id="other-shop")),
         "$.rules.id"),
        ("answers of the wrong type", edited(lambda d: d.update(answers=[1])), "$.answers"),
        ("an unknown question", edited(lambda d: d["answers"].update(nope=True)),
         "$.answers.nope"),
        ("an answer of the wrong type", edited(lambda d: d["answers"].update(sac_contacted=7)),
         "$.answers.sac_contacted"),
        ("a control character", edited(lambda d: d["answers"].update(sac_protocol="a\u0007b")),
         "$.answers.sac_protocol: control character U+0007"),
        ("a 10 MB string", edited(lambda d: d["answers"].update(sac_protocol="x" * 10_000_000)),
         "$.answers.sac_protocol: a string of 10000000 bytes"),
        ("an invalid date", edited(lambda d: d.update(created="2026-02-30")), "$.created"),
        ("an unknown journal event", edited(lambda d: d["journal"][0].update(event="hacked")),
         "$.journal[0].event"),
        ("a journal entry of the wrong type", edited(lambda d: d["journal"].append("x")),
         "$.journal[" ),
        ("an unknown key", edited(lambda d: d.update(extra=1)), "$.extra"),
        ("a bad case id", edited(lambda d: d.update(id="../../etc/passwd")), "$.id"),
        ("invalid UTF-8", open(good, "rb").read().replace(b"2026-123", b"\xff\xfe"), ":"),
        ("nested too deep", open(good, "rb").read().rstrip()[:-1] + b', "x-deep": '
         + b"[" * 5000 + b"]" * 5000 + b"}", ":"),
    ]
    for name, content, where in cases:
        path = os.path.join(folder, "hostile.json")
        with open(path, "wb") as f:
            f.write(content)
        before = digest(path)
        result = run(["advise", "--case", path, "--today", "2026-11-30",
                              "-a", "sac_protocol=55555"])
        out = text(result)
        check(result.returncode == 2 and f"case file {path}" in out and where in out
              and "The file was not changed." in out and digest(path) == before,
              f"a case file with {name}: exit 2, the error names the file and where, "
              f"the file unchanged", out[:600])
    before = digest(good)
    long_answer = os.path.join(folder, "long.json")
    with open(long_answer, "w", encoding="utf-8") as f:
        json.dump({"problem_details": "x" * 70_000}, f)
    too_long = run(["advise", "--case", good, "--today", "2026-11-30", "--answers",
                            long_answer])
    check(too_long.returncode == 2 and "longer than a case file keeps" in text(too_long)
          and digest(good) == before and run(["case", good]).returncode in (0, 3),
          "an answer longer than a case file keeps is refused before saving: the case stays "
          "readable", text(too_long)[:400])
    directory = run(["case", folder])
    check(directory.returncode == 2 and "is a directory" in text(directory),
          "a folder given as the case file is refused", text(directory))
    device = run(["case", "/dev/null"])
    check(device.returncode == 2 and "/dev/null" in text(device),
          "/dev/null as a case file is refused as an empty file", text(device))
    missing = run(["case", os.path.join(folder, "absent.json")])
    check(missing.returncode == 2 and "No such file" in text(missing),
          "case show of a missing file says so (only ask and advise create a case)",
          text(missing))


if __name__ == "__main__":
    sys.exit(harness.main())

#!/usr/bin/env python3
"""`cmake --install` of a build tree: every file where the issue and docs/cli.md
("Files") say, the installed program working from its installed data, the man
page found by man, the bash completion loadable, and the library usable the
documented way: a separate CMake project (tests/package/consumer) finds it
with find_package(escalate), links escalate::core, and decides as the
program does.

Usage: python3 install_test.py BUILD_DIR SOURCE_DIR CXX_COMPILER [-k NAME] [--list]

The build is installed once per run, into a prefix in the run's folder.
"""

import filecmp
import functools
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
import harness  # noqa: E402
from harness import check, test  # noqa: E402

TODAY = "2026-11-29"
EXPECTED_FILES = [
    "bin/escalate",
    "share/escalate/rules/br-claro-net.json",
    "share/escalate/rules/example-shop.json",
    "share/escalate/scenarios/br-claro-net.jsonl",
    "share/escalate/schema/rules.schema.json",
    "share/escalate/schema/case.schema.json",
    "share/man/man1/escalate.1",
    "share/man/pt_BR/man1/escalate.1",
    "share/man/de/man1/escalate.1",
    "share/bash-completion/completions/escalate",
    "share/zsh/vendor-completions/_escalate",
    "share/fish/vendor_completions.d/escalate.fish",
    "share/doc/escalate/copyright",
    "share/doc/escalate/changelog",
    "include/escalate/engine.hpp",
    "include/escalate/loader.hpp",
    "lib/cmake/escalate/escalateConfig.cmake",
    "lib/cmake/escalate/escalateConfigVersion.cmake",
    "lib/cmake/escalate/escalateTargets.cmake",
    "lib/libescalate_base.a",
]


def run(cmd, **kw):
    """Runs a tool (cmake, man, bash, the installed program), output as text."""
    return subprocess.run(cmd, capture_output=True, text=True, timeout=kw.pop("timeout", 300), **kw)


@functools.lru_cache(maxsize=None)
def prefix():
    """The build installed into a fresh prefix (once per run)."""
    where = os.path.join(harness.WORKDIR, "prefix")
    proc = run(["cmake", "--install", harness.ARGS.binary, "--prefix", where])
    check(proc.returncode == 0, "cmake --install into a fresh prefix", proc.stdout[-800:] + proc.stderr)
    return where


def shop():
    return os.path.join(prefix(), "share", "escalate", "rules", "example-shop.json")


def advise_on_the_shop():
    """The installed program's decision on the installed example rule set."""
    exe = os.path.join(prefix(), "bin", "escalate")
    answers = ["store_contacted=yes", "store_outcome=unsatisfactory", "sac_contacted=no"]
    flags = [x for a in answers for x in ("-a", a)]
    proc = run([exe, "advise", "--rules", shop(), "--today", TODAY, "--format", "json"] + flags)
    return proc, json.loads(proc.stdout) if proc.stdout.startswith("{") else {}


@test
def installed_files():
    """Every expected file is installed: the licence named, the data the source's."""
    where = prefix()
    missing = [f for f in EXPECTED_FILES if not os.path.isfile(os.path.join(where, f))]
    check(not missing, "every expected file is installed", "missing: " + ", ".join(missing))
    with open(os.path.join(where, "share", "doc", "escalate", "copyright"), encoding="utf-8") as f:
        copyright_text = f.read()
    check("License: Apache-2.0" in copyright_text and "not-yet-chosen" not in copyright_text,
          "share/doc/escalate/copyright names the Apache-2.0 licence", copyright_text[:400])
    with open(os.path.join(where, "lib", "cmake", "escalate", "escalateConfig.cmake"), encoding="utf-8") as f:
        config_text = f.read()
    check('set(escalate_LICENSE "Apache-2.0")' in config_text,
          "the CMake package names its licence (escalate_LICENSE Apache-2.0)", config_text[:400])
    check(os.access(os.path.join(where, "bin", "escalate"), os.X_OK), "bin/escalate is executable")
    for name in ("br-claro-net.json", "example-shop.json"):
        same = filecmp.cmp(harness.repo("data", "rules", name),
                           os.path.join(where, "share", "escalate", "rules", name), shallow=False)
        check(same, f"share/escalate/rules/{name} is the source's data/rules/{name}")


@test
def installed_program():
    """The installed program on its installed data."""
    exe = os.path.join(prefix(), "bin", "escalate")
    share = os.path.join(prefix(), "share", "escalate")
    proc = run([exe, "--version"])
    check(proc.returncode == 0 and proc.stdout.startswith("escalate "), "installed escalate --version",
          proc.stdout + proc.stderr)
    for rules in ("br-claro-net.json", "example-shop.json"):
        proc = run([exe, "check", os.path.join(share, "rules", rules)])
        check(proc.returncode == 0, f"escalate check on the installed {rules}", proc.stdout + proc.stderr)
    proc = run([exe, "test", "--require-coverage", "--today", TODAY,
                os.path.join(share, "scenarios", "br-claro-net.jsonl")])
    check(proc.returncode == 0, "the installed scenarios pass on the bundled rule set with every step covered",
          proc.stdout[-600:] + proc.stderr)
    proc, program = advise_on_the_shop()
    check(proc.returncode in (0, 3) and program.get("status") in ("advice", "needs_input"),
          "installed escalate advise on the installed example rule set", proc.stdout[:400] + proc.stderr)


@test
def installed_man_pages():
    """man finds the page in the prefix's manual tree, renders it cleanly, and finds the translations."""
    manpath = os.path.join(prefix(), "share", "man")
    proc = run(["man", "-M", manpath, "-w", "escalate"])
    check(proc.returncode == 0 and proc.stdout.strip() == os.path.join(manpath, "man1", "escalate.1"),
          "man -M PREFIX/share/man -w escalate finds the page", proc.stdout + proc.stderr)
    proc = run(["man", "--warnings", "-M", manpath, "escalate"], env=dict(os.environ, MANWIDTH="80",
                                                                           MANPAGER="cat", PAGER="cat"))
    check(proc.returncode == 0 and "EXIT STATUS" in proc.stdout and not proc.stderr.strip(),
          "man renders the installed page without warnings", proc.stderr[:600])
    # The translations where man looks for them in those languages (with MANPATH:
    # man-db adds no language directories to a path given with -M).
    for lang, directory in (("pt_BR", "pt_BR"), ("de", "de")):
        proc = run(["man", "-L", lang, "-w", "escalate"], env=dict(os.environ, MANPATH=manpath))
        want = os.path.join(manpath, directory, "man1", "escalate.1")
        check(proc.returncode == 0 and proc.stdout.strip() == want,
              f"man -L {lang} -w escalate finds the {lang} page", proc.stdout + proc.stderr)


@test
def installed_bash_completion():
    """The bash completion, loaded from where bash-completion looks for it."""
    completion = os.path.join(prefix(), "share", "bash-completion", "completions", "escalate")
    proc = run(["bash", "--norc", "--noprofile", "-c", f"source '{completion}' && complete -p escalate"])
    check(proc.returncode == 0 and "escalate" in proc.stdout, "the installed bash completion registers itself",
          proc.stdout + proc.stderr)


@test
def library_from_another_project():
    """find_package(escalate) in a project of its own: escalate::core decides as the program does."""
    where = prefix()
    cxx = harness.ARGS.extra[0] if harness.ARGS.extra else "c++"
    consumer_src = harness.repo("tests", "package", "consumer")
    consumer_build = os.path.join(harness.WORKDIR, "consumer-build")
    proc = run(["cmake", "-S", consumer_src, "-B", consumer_build, "-G", "Ninja",
                f"-DCMAKE_PREFIX_PATH={where}", f"-DCMAKE_CXX_COMPILER={cxx}",
                "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"])
    check(proc.returncode == 0, "find_package(escalate) in a separate project", proc.stdout[-800:] + proc.stderr)
    proc = run(["cmake", "--build", consumer_build], timeout=600)
    check(proc.returncode == 0, "the consumer builds and links against escalate::core",
          proc.stdout[-1500:] + proc.stderr[-1500:])
    commands_file = os.path.join(consumer_build, "compile_commands.json")
    commands = open(commands_file).read() if os.path.exists(commands_file) else ""
    source = harness.ROOT
    check(commands and os.path.join(where, "include") in commands and os.path.join(source, "src") not in commands
          and os.path.join(source, "include") not in commands,
          "the consumer compiles with the installed headers, not the source tree's", commands[:800])
    consumer = os.path.join(consumer_build, "consumer")
    proc = run([consumer, shop(), TODAY])
    check(proc.returncode == 0 and proc.stdout.strip() == "needs store_contacted",
          "the consumer asks for the first question with no answers", proc.stdout + proc.stderr)
    json_answers = ["store_contacted=true", "store_outcome=\"unsatisfactory\"", "sac_contacted=false"]
    proc = run([consumer, shop(), TODAY] + json_answers)
    _, program = advise_on_the_shop()
    if program.get("status") == "advice":
        want = f"advice {program['step']['id']}"
    else:
        want = f"needs {program.get('question', {}).get('id')}"
    check(proc.returncode == 0 and proc.stdout.strip() == want,
          f"the consumer decides what the program decides ({want})", proc.stdout + proc.stderr)
    # A version the package does not offer is refused.
    too_new = os.path.join(harness.WORKDIR, "too-new")
    os.makedirs(too_new)
    with open(os.path.join(too_new, "CMakeLists.txt"), "w") as f:
        f.write("cmake_minimum_required(VERSION 3.25)\nproject(t LANGUAGES CXX)\n"
                "find_package(escalate 9.0 REQUIRED)\n")
    proc = run(["cmake", "-S", too_new, "-B", os.path.join(too_new, "b"), f"-DCMAKE_PREFIX_PATH={where}"])
    check(proc.returncode != 0 and "escalate" in proc.stderr,
          "find_package(escalate 9.0) fails: the installed version is checked", proc.stderr[-600:])


if __name__ == "__main__":
    sys.exit(harness.main(first="BUILD_DIR"))

#!/usr/bin/env python3
"""`cpack -G DEB`: the package's metadata and contents, lintian on it, and, as
root, a real install: `dpkg -i`, the installed program, `man -w escalate`, a
one-shot advise, the completions in place, then `dpkg -r` and nothing left.

Usage: python3 deb_test.py BUILD_DIR SOURCE_DIR [-k NAME] [--list]

Lintian must report no error and no warning. Its informational tags are
printed for the record (the README's "Install" section says why each is kept).

The install part runs only as root (exit 77, skipped, otherwise; a failure
under CI) and never touches an escalate package installed by someone else: if
one is installed when the test starts, the test stops there and fails, saying
so. Runs of the test are serialised with a lock file, so two builds' tests
cannot install at once. Without cpack, dpkg-deb, lintian or dpkg-shlibdeps the
test is skipped (exit 77), and fails under CI. The package is made once per run.
"""

import fcntl
import functools
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
import harness  # noqa: E402
from harness import check, test  # noqa: E402

TODAY = "2026-11-29"
EXPECTED = [
    "/usr/bin/escalate",
    "/usr/share/man/man1/escalate.1.gz",
    "/usr/share/man/pt_BR/man1/escalate.1.gz",
    "/usr/share/man/de/man1/escalate.1.gz",
    "/usr/share/doc/escalate/copyright",
    "/usr/share/doc/escalate/changelog.gz",
    "/usr/share/escalate/rules/br-claro-net.json",
    "/usr/share/escalate/rules/example-shop.json",
    "/usr/share/escalate/scenarios/br-claro-net.jsonl",
    "/usr/share/escalate/schema/rules.schema.json",
    "/usr/share/escalate/schema/case.schema.json",
    "/usr/share/bash-completion/completions/escalate",
    "/usr/share/zsh/vendor-completions/_escalate",
    "/usr/share/fish/vendor_completions.d/escalate.fish",
]
LIBRARIES = ["libc6", "libstdc++6", "libfmt9", "libre2-9", "libsimdjson14", "libedit2"]


def run(cmd, **kw):
    """Runs a tool (cpack, dpkg, lintian, man, the installed program), output as text."""
    return subprocess.run(cmd, capture_output=True, text=True, timeout=kw.pop("timeout", 300), **kw)


def project_version(source):
    text = open(os.path.join(source, "CMakeLists.txt"), encoding="utf-8").read()
    return re.search(r"project\(escalate VERSION ([0-9.]+)", text).group(1)


def package_status():
    proc = run(["dpkg-query", "-W", "-f", "${Status}", "escalate"])
    return proc.stdout.strip() if proc.returncode == 0 else "not-installed"


def install_and_remove():
    """As root: dpkg -i, the installed program, man pages and completions; dpkg -r leaves nothing."""
    deb = package()
    if os.geteuid() != 0:
        raise harness.MissingTool("root (for dpkg -i)")
    with open(os.path.join(tempfile.gettempdir(), "escalate-deb-test.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        install_and_remove_locked(deb)


def install_and_remove_locked(deb):
    status = package_status()
    if "installed" in status.split() and "not-installed" not in status:
        check(False, "no escalate package is installed before the test",
              f"dpkg says '{status}': remove it first (the test will not replace someone's installation)")
        return
    proc = run(["dpkg", "-i", deb])
    check(proc.returncode == 0, "dpkg -i installs the package", proc.stdout[-800:] + proc.stderr[-800:])
    try:
        listed = run(["dpkg", "-L", "escalate"]).stdout.split()
        files = [p for p in listed if os.path.isfile(p)]
        check(set(EXPECTED) <= set(files), "dpkg -L lists every expected file, and they exist",
              "missing: " + ", ".join(sorted(set(EXPECTED) - set(files))))
        proc = run(["/usr/bin/escalate", "--version"])
        check(proc.returncode == 0 and proc.stdout.startswith("escalate "), "escalate --version from /usr/bin",
              proc.stdout + proc.stderr)
        proc = run(["man", "-w", "escalate"])
        check(proc.returncode == 0 and proc.stdout.strip() == "/usr/share/man/man1/escalate.1.gz",
              "man -w escalate finds the installed page", proc.stdout + proc.stderr)
        for lang in ("pt_BR", "de"):
            proc = run(["man", "-L", lang, "-w", "escalate"])
            check(proc.returncode == 0 and proc.stdout.strip() == f"/usr/share/man/{lang}/man1/escalate.1.gz",
                  f"man -L {lang} -w escalate finds the translated page", proc.stdout + proc.stderr)
        proc = run(["man", "escalate"], env=dict(os.environ, MANPAGER="cat", PAGER="cat", MANWIDTH="80"))
        check(proc.returncode == 0 and "EXIT STATUS" in proc.stdout, "man escalate shows the page",
              proc.stderr[-400:])
        proc = run(["escalate", "advise", "--today", TODAY, "--lang", "en", "-a", "issue=service_failure",
                    "-a", "defect_noticed_date=" + TODAY, "-a", "go_now=recommended", "-a", "urgent_harm=no",
                    "-a", "sac_contacted=no"],
                   env=dict(os.environ, PATH="/usr/bin:/bin"))
        check(proc.returncode == 0 and "10621" in proc.stdout,
              "a one-shot advise with the bundled rule set (call the SAC, 10621)", proc.stdout[-600:] + proc.stderr)
        proc = run(["escalate", "advise", "--rules", "/usr/share/escalate/rules/example-shop.json",
                    "--today", TODAY, "--lang", "en", "--format", "json"])
        check(proc.returncode == 3 and '"needs_input"' in proc.stdout,
              "advise with the installed example rule set asks its first question (exit 3)", proc.stdout[:300])
        proc = run(["bash", "--norc", "--noprofile", "-c",
                    "source /usr/share/bash-completion/completions/escalate && complete -p escalate"])
        check(proc.returncode == 0, "the bash completion loads from its installed place", proc.stderr)
    finally:
        proc = run(["dpkg", "-r", "escalate"])
    check(proc.returncode == 0, "dpkg -r removes the package", proc.stdout[-600:] + proc.stderr[-600:])
    status = package_status()
    check("not-installed" in status or status == "", "dpkg no longer has the package", status)
    left = [p for p in EXPECTED + ["/usr/share/escalate", "/usr/share/doc/escalate"] if os.path.lexists(p)]
    check(not left, "nothing of the package is left on the system", "left: " + ", ".join(left))


REQUIRED = ("cpack", "dpkg-deb", "lintian", "dpkg-shlibdeps")


@functools.lru_cache(maxsize=None)
def package():
    """cpack -G DEB, once per run: the path of the .deb."""
    version = project_version(harness.ROOT)
    build = harness.ARGS.binary
    proc = run(["cpack", "-G", "DEB", "-B", harness.WORKDIR, "--config", os.path.join(build, "CPackConfig.cmake")],
               cwd=build)
    deb = os.path.join(harness.WORKDIR, f"escalate_{version}_amd64.deb")
    if not check(proc.returncode == 0 and os.path.isfile(deb), f"cpack -G DEB makes escalate_{version}_amd64.deb",
                 proc.stdout[-800:] + proc.stderr[-800:]):
        raise AssertionError("no package to check")
    return deb


@test
def metadata():
    """Package, Version, Architecture, Maintainer, Section, Priority, Depends, Description."""
    deb = package()
    version = project_version(harness.ROOT)
    fields = {}
    for name in ("Package", "Version", "Architecture", "Maintainer", "Section", "Priority", "Depends",
                 "Description"):
        fields[name] = run(["dpkg-deb", "-f", deb, name]).stdout.strip()
    check(fields["Package"] == "escalate" and fields["Version"] == version and fields["Architecture"] == "amd64",
          "Package, Version and Architecture", fields)
    check(re.fullmatch(r"[^<>]+ <[^@<> ]+@[^@<> ]+>", fields["Maintainer"]) is not None,
          "Maintainer is a name and an address", fields["Maintainer"])
    check(fields["Section"] == "utils" and fields["Priority"] == "optional", "Section utils, Priority optional",
          fields)
    depends = fields["Depends"]
    missing = [lib for lib in LIBRARIES if not re.search(rf"(^|, ){re.escape(lib)} \(>= [^)]+\)", depends)]
    check(not missing, "Depends is computed from the shared libraries, with versions",
          f"missing {missing} in: {depends}")
    lines = fields["Description"].splitlines()
    check(len(lines) > 3 and len(lines[0]) <= 80 and all(l.startswith(" ") for l in lines[1:]),
          "Description: a synopsis line, then an indented long description", fields["Description"])


@test
def contents():
    """The program, its data, man pages, docs and completions; no development files; all root's."""
    deb = package()
    listing = run(["dpkg-deb", "-c", deb]).stdout
    paths = {"/" + l.split()[-1].lstrip("./").rstrip("/") for l in listing.splitlines() if l.split()}
    check(set(EXPECTED) <= paths, "the package holds the program, its data, man page, docs and completions",
          "missing: " + ", ".join(sorted(set(EXPECTED) - paths)))
    dev = sorted(p for p in paths if p.startswith("/usr/include") or p.endswith(".a") or "/cmake/" in p)
    check(not dev, "the package holds no headers or static libraries (those are cmake --install's)",
          ", ".join(dev[:10]))
    modes = [l for l in listing.splitlines() if l.split() and l.split()[1] != "root/root"]
    check(not modes, "every file belongs to root/root", "\n".join(modes[:5]))


@test
def lintian():
    """lintian: no errors and no warnings; its informational tags printed for the record."""
    deb = package()
    proc = run(["lintian", "--tag-display-limit", "0", "-I", deb])
    tags = [l for l in (proc.stdout + proc.stderr).splitlines() if re.match(r"^[EWIPX]: ", l)]
    errors = [t for t in tags if t.startswith(("E:", "W:"))]
    check(not errors and proc.returncode == 0, "lintian: no errors and no warnings", "\n".join(errors or tags))
    for tag in tags:
        harness.note(f"lintian: {tag}")


test(install_and_remove)  # last, as the package's own checks come first

if __name__ == "__main__":
    sys.exit(harness.main(first="BUILD_DIR", requires=REQUIRED))

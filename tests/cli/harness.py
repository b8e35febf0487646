"""The shared harness of the CLI tests: running the program, a clean environment,
one terminal driver (tmux) and a registry of named checks.

A test file registers its checks with @test and ends with
`sys.exit(harness.main())`. Every test file is then run the same way:

    python3 tests/cli/X_test.py BINARY REPO_ROOT [EXTRA...] [-k SUBSTRING] [--list] [--update]

-k runs only the checks whose name contains SUBSTRING (given twice, either);
--list prints the checks' names. Each check prints, for every condition it
asserts, `ok - WHAT (0.42 s)` or `not ok - WHAT (0.42 s)` followed by the
details as `#   ` lines; the time is the time since the previous line of that
check. The run ends with the plain line `N passed, M failed` (CI counts it),
and exits 1 when anything failed.

A tool the tests need and the machine lacks (tmux, Graphviz, ...) skips: the
run exits 77, which ctest reports as skipped. When the environment has CI set,
a missing tool is a failure instead: CI must run everything.
"""

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata

TODAY = "2026-11-29"

# Filled in by main() before any check runs.
BINARY = None   # absolute path of the escalate binary
ROOT = None     # absolute path of the repository
ARGS = None     # the parsed command line (ARGS.extra: the positional arguments after REPO_ROOT)
WORKDIR = None  # a temporary folder for this run, removed at the end

_checks = []
_passed = 0
_failed = 0
_skipped_tools = []
_last = time.monotonic()


# ---------------------------------------------------------------- results

def check(condition, name, details=""):
    """One asserted condition: prints `ok - name (t s)` or `not ok - name (t s)`
    and the details, and returns whether it held."""
    global _passed, _failed, _last
    now = time.monotonic()
    took = f"({now - _last:.2f} s)"
    _last = now
    if condition:
        _passed += 1
        print(f"ok - {name} {took}")
    else:
        _failed += 1
        print(f"not ok - {name} {took}")
        for line in str(details).splitlines()[:60]:
            print(f"#   {line}")
    sys.stdout.flush()
    return bool(condition)


def note(message):
    """A comment in the output (`# message`); neither a pass nor a failure."""
    print(f"# {message}")
    sys.stdout.flush()


def finish():
    """Prints the totals and returns the exit code: 1 when any check failed,
    else 77 when a tool was missing (outside CI), else 0."""
    print(f"{_passed} passed, {_failed} failed")
    sys.stdout.flush()
    if _failed:
        return 1
    return 77 if _skipped_tools else 0


class MissingTool(Exception):
    pass


class Skip(Exception):
    pass


def skip(reason):
    """Stops the current check on purpose (`skip - NAME: reason`), neither a pass
    nor a failure: for what cannot be checked here, such as mknod without root."""
    raise Skip(reason)


def in_ci():
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def need_tools(*tools):
    """Stops the current check when one of `tools` is not on PATH: a skip locally,
    a failure under CI."""
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        raise MissingTool(", ".join(missing))


# ---------------------------------------------------------------- the registry

def test(fn):
    """Registers a check: a function of no arguments, named for what it checks."""
    _checks.append(fn)
    return fn


def _summary(fn):
    doc = (fn.__doc__ or "").strip().splitlines()
    return doc[0] if doc else ""


def _run_one(fn):
    global _last
    _last = time.monotonic()
    before = _passed + _failed
    try:
        fn()
    except MissingTool as e:
        if in_ci():
            check(False, f"{fn.__name__}: {e} is installed (CI runs every check)",
                  "scripts/setup installs it")
        else:
            print(f"skip - {fn.__name__}: {e} is not installed")
            _skipped_tools.append(str(e))
        return
    except Skip as e:
        print(f"skip - {fn.__name__}: {e}")
        return
    except Exception:  # a crash of the test itself is a failure, never a pass
        check(False, f"{fn.__name__}: ran to the end", traceback.format_exc())
        return
    if _passed + _failed == before:
        check(False, f"{fn.__name__}: asserted something", "the check returned without asserting anything")


def main(add_arguments=None, requires=(), first="BINARY"):
    """Parses the command line, runs the selected checks and returns the exit code.
    `add_arguments(parser)` adds a file's own options; `requires` names tools
    every check of the file needs. The first argument is the escalate binary, or,
    with first="BUILD_DIR" (the package tests), a build folder: ARGS.binary."""
    global BINARY, ROOT, ARGS, WORKDIR
    parser = argparse.ArgumentParser(description=(sys.modules["__main__"].__doc__ or "").split("\n\n")[0])
    parser.add_argument("binary", metavar=first,
                        help="the escalate binary" if first == "BINARY" else "the build folder")
    parser.add_argument("root", help="the repository's root folder")
    parser.add_argument("extra", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("-k", dest="keywords", action="append", default=[],
                        help="run only the checks whose name contains this")
    parser.add_argument("--list", action="store_true", help="list the checks and exit")
    parser.add_argument("--update", action="store_true", help="rewrite the golden files this test compares with")
    if add_arguments:
        add_arguments(parser)
    ARGS = parser.parse_args()
    ARGS.binary, ROOT = os.path.abspath(ARGS.binary), os.path.abspath(ARGS.root)
    BINARY = ARGS.binary if first == "BINARY" else None
    # A test file may import another's helpers; only its own checks run.
    own = [fn for fn in _checks if fn.__module__ == "__main__"]
    selected = [fn for fn in own if not ARGS.keywords or any(k in fn.__name__ for k in ARGS.keywords)]
    if ARGS.list:
        for fn in selected:
            print(f"{fn.__name__}  {_summary(fn)}".rstrip())
        return 0
    if not selected:
        print(f"no check matches {' or '.join(ARGS.keywords)}; --list shows them", file=sys.stderr)
        return 2
    missing = [t for t in requires if shutil.which(t) is None]
    if missing:
        if in_ci():
            check(False, f"{', '.join(missing)} installed (CI runs every check)", "scripts/setup installs it")
            return finish()
        print(f"SKIPPED: {', '.join(missing)} not installed")
        return 77
    WORKDIR = tempfile.mkdtemp(prefix="escalate-test-")
    started = time.monotonic()
    try:
        for fn in selected:
            _run_one(fn)
    finally:
        if _tmux is not None:
            _tmux.kill_server()
        shutil.rmtree(WORKDIR, ignore_errors=True)
    note(f"{time.monotonic() - started:.1f} s")
    return finish()


# ---------------------------------------------------------------- running the program

def clean_env(**extra):
    """The environment every run starts from: nothing of the caller's but what is
    named here. A value of None removes that variable (NO_COLOR=None: colour on
    a terminal)."""
    env = {"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TZ": "UTC",
           "HOME": WORKDIR or tempfile.gettempdir()}
    for key, value in extra.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run(args, stdin=b"", env=None, timeout=60, cwd=None):
    """Runs the binary with `args` from the repository root; stdin is bytes or
    str (None: /dev/null). Returns the CompletedProcess, stdout and stderr as bytes."""
    if isinstance(stdin, str):
        stdin = stdin.encode()
    return subprocess.run([BINARY, *args], input=stdin,
                          stdin=subprocess.DEVNULL if stdin is None else None,
                          capture_output=True, env=env or clean_env(), timeout=timeout, cwd=cwd or ROOT)


def text(data):
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data)


def short(data, limit=400):
    """Text for a failure's details, cut after `limit` characters."""
    s = text(data)
    return s if len(s) <= limit else s[:limit] + f"… ({len(s)} chars)"


def write(name, data, mode=None):
    """Writes bytes or text to WORKDIR/name; returns the path."""
    path = os.path.join(WORKDIR, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    if mode is not None:
        os.chmod(path, mode)
    return path


def repo(*parts):
    """A path in the repository."""
    return os.path.join(ROOT, *parts)


def display_width(line):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in line)


def tail(s, n=40):
    return "\n".join(s.rstrip("\n").splitlines()[-n:])


# ---------------------------------------------------------------- the terminal: tmux

WAIT_SECONDS = 10.0
SGR = re.compile(r"\x1b\[[0-9;:]*m")  # a colour or attribute: what capture-pane -e keeps of escapes


class Timeout(Exception):
    pass


class Tmux:
    """A private tmux server (`tmux -L escalate-test-<pid>`, no user configuration,
    a clean environment); one session, one pane, per Pane."""

    def __init__(self):
        self.socket = f"escalate-test-{os.getpid()}"
        self.env = clean_env(NO_COLOR=None, SHELL="/bin/sh")
        if "TMUX_TMPDIR" in os.environ:
            self.env["TMUX_TMPDIR"] = os.environ["TMUX_TMPDIR"]
        self.started = False
        self.socket_path = None
        self.sessions = 0

    def run(self, *args, check_rc=True):
        proc = subprocess.run(["tmux", "-u", "-f", "/dev/null", "-L", self.socket, *args],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=self.env, timeout=30)
        if check_rc and proc.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)} failed: {proc.stderr.decode('utf-8', 'replace').strip()}")
        return proc.stdout.decode("utf-8", "replace")

    def start(self):
        """Starts the server with an idle session that lives for the whole run, so the
        server does not exit (and race with the next new-session) between checks."""
        self.run("new-session", "-d", "-s", "keeper", "-x", "100", "-y", "50", "exec sleep 86400")
        self.started = True
        self.socket_path = self.run("display-message", "-p", "-t", "keeper:", "#{socket_path}").strip()

    def kill_server(self):
        if self.started:
            self.run("kill-server", check_rc=False)
            self.started = False
            # tmux may leave its socket file behind; remove ours once the server is gone.
            if self.socket_path and os.path.exists(self.socket_path):
                try:
                    os.unlink(self.socket_path)
                except OSError:
                    pass


_tmux = None


def tmux():
    """The run's tmux server, started on first use (a missing tmux stops the check)."""
    global _tmux
    need_tools("tmux")
    if _tmux is None:
        _tmux = Tmux()
        _tmux.start()
    return _tmux


SHELL = "env HISTFILE=/dev/null PS1='$ ' PS2='' LC_ALL=C.UTF-8 LANG=C.UTF-8 bash --norc --noprofile"


class Pane:
    """A terminal of a given size: a tmux session running `command` (by default a
    bare bash with the prompt '$ ', started in the repository root), read with
    capture-pane and typed into with send-keys. Use it in a `with` block so the
    session ends with the check."""

    def __init__(self, name=None, width=100, height=50, command=None):
        self.tmux = tmux()
        self.tmux.sessions += 1
        self.name = f"{name or 'pane'}-{self.tmux.sessions}"
        self.tmux.run("new-session", "-d", "-s", self.name, "-c", ROOT, "-x", str(width), "-y", str(height),
                      command or SHELL)
        if command is None:
            self.wait_for(lambda t: "$" in t, "the shell prompt")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.kill()

    def target(self):
        return f"{self.name}:"

    def capture(self, escapes=False):
        """The whole pane, history included, with the lines the terminal wrapped
        joined again (-J): a line the program did not wrap shows up longer than
        the pane. escapes=True keeps the colours (as SGR sequences)."""
        args = ["capture-pane", "-p", "-J", "-S", "-", "-t", self.target()]
        if escapes:
            args.insert(1, "-e")
        return self.tmux.run(*args)

    def wait_for(self, predicate, what, timeout=WAIT_SECONDS):
        """Polls the pane until predicate(text) holds; Timeout after `timeout` s."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.capture()
            if predicate(screen):
                return screen
            if time.monotonic() > deadline:
                raise Timeout(f"timed out after {timeout:.0f} s waiting for {what}\n--- pane ---\n{tail(screen)}")
            time.sleep(0.05)

    def keys(self, *keys):
        """Types keys without Enter: literal text, or tmux key names given as
        ("key", "Left")."""
        for key in keys:
            if isinstance(key, tuple):
                self.tmux.run("send-keys", "-t", self.target(), key[1])
            else:
                self.tmux.run("send-keys", "-t", self.target(), "-l", key)

    def send(self, keys, expect, enter=True, special=False, timeout=WAIT_SECONDS):
        """Types keys (literally, unless special: a tmux key name such as C-c), presses
        Enter, and waits until `expect` appears once more than it did before."""
        before = self.capture().count(expect)
        if special:
            self.tmux.run("send-keys", "-t", self.target(), keys)
        else:
            if keys:
                self.tmux.run("send-keys", "-t", self.target(), "-l", keys)
            if enter:
                self.tmux.run("send-keys", "-t", self.target(), "Enter")
        return self.wait_for(lambda t: t.count(expect) > before, repr(expect), timeout)

    def start(self, command, expect):
        """Runs a shell command line followed by `echo EXIT=$?`; waits for `expect`."""
        return self.send(command + "; echo EXIT=$?", expect)

    def resize(self, width, height=None):
        args = ["resize-window", "-t", self.target(), "-x", str(width)]
        if height:
            args += ["-y", str(height)]
        self.tmux.run(*args)

    def size(self):
        return self.tmux.run("display-message", "-p", "-t", self.target(),
                             "#{pane_width}x#{pane_height}").strip()

    def kill(self):
        self.tmux.run("kill-session", "-t", self.name, check_rc=False)


def command_line(args, env=None, stdout=None):
    """A shell command line running the binary with `args` and `env` (added to the
    pane's), standard output to the file `stdout` if given."""
    assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in (env or {}).items())
    line = " ".join(shlex.quote(a) for a in [BINARY, *args])
    if assignments:
        line = f"env {assignments} {line}"
    if stdout:
        line += f" > {shlex.quote(stdout)}"
    return line


def on_terminal(args, width, height=50, env=None, timeout=60):
    """Runs the binary once on a terminal `width` columns wide (stdin, stdout and
    stderr the terminal; NO_COLOR unset unless `env` sets it). Returns the exit
    code and the screen as printed, colours kept as SGR sequences, each line's
    trailing spaces removed."""
    command = f"{command_line(args, env)}; echo EXIT=$?; exec sleep 600"
    with Pane("run", width, height, command=command) as pane:
        pane.wait_for(lambda t: "\nEXIT=" in "\n" + t, "the program to end", timeout)
        screen = pane.capture(escapes=True)
    lines = [line.rstrip() for line in screen.splitlines()]
    code = None
    for i, line in enumerate(lines):
        plain = SGR.sub("", line)
        if plain.startswith("EXIT=") and plain[5:].strip().isdigit():
            code = int(plain[5:].strip())
            lines = lines[:i]
            break
    return code, "\n".join(lines).rstrip("\n") + "\n"


def last_run(screen):
    """The output of the most recent `...; echo EXIT=$?` command in a shell pane:
    the lines after its echoed command line, up to and including the EXIT= line."""
    lines = screen.splitlines()
    start = max((i for i, l in enumerate(lines) if "echo EXIT=" in l), default=-1)
    out = []
    for line in lines[start + 1:]:
        out.append(line.rstrip())
        if line.startswith("EXIT="):
            break
    while out and not out[-1]:
        out.pop()
    return out


def exit_code(lines):
    """The code of the EXIT=N line among `lines`, or None."""
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("EXIT=") and stripped[5:].isdigit():
            return int(stripped[5:])
    return None

"""The checks of the CLI test scripts: one "ok - ..." / "not ok - ..." line per
check (with the details of a failure as "#   " lines), then "N passed, M failed"."""

import sys

_passed = 0
_failed = 0


def check(condition, name, details=""):
    global _passed, _failed
    if condition:
        _passed += 1
        print(f"ok - {name}")
    else:
        _failed += 1
        print(f"not ok - {name}")
        for line in str(details).splitlines()[:60]:
            print(f"#   {line}")
    sys.stdout.flush()
    return bool(condition)


def finish():
    """Prints the totals; the script's exit code: 1 when any check failed."""
    print(f"{_passed} passed, {_failed} failed")
    return 1 if _failed else 0

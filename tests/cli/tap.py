"""The checks of the CLI test scripts, for the scripts that do not use the
registry of harness.py yet: one "ok - ..." / "not ok - ..." line per check
(with the details of a failure as "#   " lines), then "N passed, M failed".
The one implementation is harness.py's."""

from harness import check, finish

__all__ = ["check", "finish"]

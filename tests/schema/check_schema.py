#!/usr/bin/env python3
"""Checks data/schema/rules.schema.json against the rule fixtures.

Usage: check_schema.py REPO_ROOT

The schema must accept every file in tests/fixtures/rules/valid/ and data/rules/. For
tests/fixtures/rules/invalid/, expected.json says per file whether the schema alone can
reject it ("schema": true, a structural problem) or not ("schema": false, a problem only
`escalate check` finds: references, translations, cycles, logic). The schema must reject
the first kind and accept the second, so that each invalid fixture has exactly the one
problem it is named for. Every expected path must also exist in its fixture, and a
rejection must come from that path (or, for an unknown or missing key, its parent object).

Exit status: 0 all passed, 1 a check failed, 77 jsonschema is not installed (CTest skip).
"""
import json
import re
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("check_schema: the Python module 'jsonschema' is not installed "
          "(Debian: apt-get install python3-jsonschema); skipping")
    sys.exit(77)

PATH_TOKEN = re.compile(r'\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def parse_path(path):
    """Splits a JSON path like $.steps[0].when["<"][1] into keys and indexes."""
    if not path.startswith("$"):
        raise ValueError(f"path {path!r} does not start with '$'")
    parts, pos = [], 1
    while pos < len(path):
        m = PATH_TOKEN.match(path, pos)
        if not m:
            raise ValueError(f"path {path!r}: cannot parse at {path[pos:]!r}")
        name, index, quoted = m.groups()
        parts.append(name if name is not None else int(index) if index is not None else json.loads(quoted))
        pos = m.end()
    return parts


def resolve(doc, path):
    node = doc
    for part in parse_path(path):
        if isinstance(part, int):
            if not isinstance(node, list) or part >= len(node):
                raise ValueError(f"path {path!r}: no element [{part}]")
        elif not isinstance(node, dict) or part not in node:
            raise ValueError(f"path {path!r}: no key {part!r}")
        node = node[part]
    return node


def describe(error):
    where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return f"{where}: {error.message}"


class Run:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, what):
        self.passed += 1
        print(f"ok {what}")

    def fail(self, what, why):
        self.failed += 1
        print(f"FAIL {what}: {why}")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    if len(sys.argv) != 2:
        print("usage: check_schema.py REPO_ROOT", file=sys.stderr)
        return 2
    root = Path(sys.argv[1])
    fixtures = root / "tests" / "fixtures" / "rules"
    run = Run()

    schema = load(root / "data" / "schema" / "rules.schema.json")
    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
        run.ok("schema data/schema/rules.schema.json")
    except jsonschema.exceptions.SchemaError as e:
        run.fail("schema data/schema/rules.schema.json", e.message)
        print(f"{run.passed} passed, {run.failed} failed")
        return 1
    validator = validator_class(schema)

    def first_error(doc):
        errors = sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
        return describe(errors[0]) if errors else None

    def misplaced_errors(doc, path):
        """Schema errors that are neither at the expected path nor at its parent (where
        jsonschema reports unknown and missing keys): the file would be rejected for
        another reason than the one it is named for."""
        parts = parse_path(path)
        return [describe(e) for e in validator.iter_errors(doc)
                if list(e.absolute_path) not in (parts, parts[:-1])]

    accept = [(f"valid/{p.name}", p) for p in sorted((fixtures / "valid").glob("*.json"))]
    accept += [(f"data/rules/{p.name}", p) for p in sorted((root / "data" / "rules").glob("*.json"))]
    if not accept:
        run.fail("accept", "no valid fixtures found")
    for name, path in accept:
        try:
            error = first_error(load(path))
        except json.JSONDecodeError as e:
            error = f"not JSON: {e}"
        if error:
            run.fail(f"accept {name}", error)
        else:
            run.ok(f"accept {name}")

    invalid = fixtures / "invalid"
    expected = load(invalid / "expected.json")
    files = {p.name for p in invalid.glob("*.json")} - {"expected.json"}
    for name in sorted(files - set(expected)):
        run.fail(f"invalid/{name}", "no entry in expected.json")
    for name in sorted(set(expected) - files):
        run.fail(f"invalid/{name}", "listed in expected.json but the file does not exist")

    for name in sorted(files & set(expected)):
        entry = expected[name]
        verb = "reject" if entry.get("schema") is True else "accept"
        what = f"{verb} invalid/{name}"
        problems = [f"expected.json entry lacks '{k}'" for k in ("path", "contains", "schema") if k not in entry]
        if problems:
            run.fail(what, "; ".join(problems))
            continue
        try:
            doc = load(invalid / name)
        except json.JSONDecodeError as e:
            if "line" not in entry:
                run.fail(what, f"not JSON ({e}) but expected.json has no 'line'")
            elif e.lineno != entry["line"]:
                run.fail(what, f"syntax error on line {e.lineno}, expected.json says line {entry['line']}")
            elif verb != "reject":
                run.fail(what, "a syntax error must be marked \"schema\": true")
            else:
                run.ok(what)
            continue
        if "line" in entry:
            run.fail(what, "expected.json has a 'line' but the file is valid JSON")
            continue
        try:
            resolve(doc, entry["path"])
        except ValueError as e:
            run.fail(what, f"expected path does not exist in the file: {e}")
            continue
        error = first_error(doc)
        misplaced = misplaced_errors(doc, entry["path"]) if verb == "reject" else []
        if verb == "reject" and error is None:
            run.fail(what, "the schema accepts it")
        elif misplaced:
            run.fail(what, f"the schema rejects it elsewhere than {entry['path']}: {misplaced[0]}")
        elif verb == "accept" and error is not None:
            run.fail(what, f"the schema rejects it, but the problem should be one only "
                           f"'escalate check' finds: {error}")
        else:
            run.ok(what + ("" if verb == "reject" else " (semantic error, left to escalate check)"))

    print(f"{run.passed} passed, {run.failed} failed")
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Mutation testing of the core modules with mutmut 3: do the tests notice a small deliberate bug?

mutmut changes one thing at a time in the modules below (a comparison, a constant, a boolean, a
returned value, ...) and runs the tests that reach the changed function; a mutant the tests let
pass "survives". The score is killed / total. Every survivor is listed in BENCHMARKS.md ("Mutation
testing") with why it is equivalent or which test now kills it.

    pip install mutmut                      # 3.x; not a project dependency
    python benchmarks/mutation.py           # run, then print the score and the survivors
    python benchmarks/mutation.py --report  # print the score of the last run again
    python benchmarks/mutation.py --diffs   # ... with the diff of each survivor
    python benchmarks/mutation.py --only provenance/core/identities.py   # one module, to iterate
    python benchmarks/mutation.py --only provenance/core/identities.py --mutants 'provenance.core.identities.x__rx__*'
                                            # only these mutants (e.g. a full run's survivors), reported alone

The run happens in a scratch copy of the project (benchmarks/.work/mutation/, git-ignored) with a
generated setup.cfg, so the repository needs no mutmut configuration and is never touched.
mutmut 3 runs pytest in this process with its trampolines: tests that start `python -m
provenance` in a subprocess cannot kill mutants, so TESTS lists the in-process tests (those
calling `provenance.cli.main(...)` or library functions; real git repositories are fine).

When modules move, update MODULES (and TESTS): a pattern that matches no file stops the run
rather than quietly mutating less.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

# What is mutated: glob patterns relative to the repository root.
MODULES = [
    "provenance/core/trailers.py",
    "provenance/core/identities.py",
    "provenance/core/conventions.py",
    "provenance/policy/rules.py",
    "provenance/policy/checker.py",
    "provenance/formats/*.py",
    "provenance/classifier/scoring/pipeline.py",
    "provenance/classifier/model/format.py",
]
# The tests run against each mutant (only those that reach the mutated function actually run).
TESTS = [
    "tests/core",
    "tests/policy",
    "tests/formats",
    "tests/classifier/model",
    "tests/classifier/scoring",
    "tests/hooks/test_catches_commit_msg_warnings.py",
    "tests/cli/test_classify.py",
    "tests/cli/test_golden_output.py",
    "tests/cli/test_inprocess_verify.py",
    "tests/cli/test_inprocess_hooks.py",
]
# What the tests need besides the package and the tests themselves.
SUPPORT = ["hooks", "training-data", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml"]
TARGET_SCORE = 0.85

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WORK = ROOT / "benchmarks" / ".work" / "mutation"
# mutmut's exit codes of a mutant's test run, by what they mean for the score.
KILLED = {"killed", "timeout", "caught by type check", "segfault"}
STATUS_BY_EXIT_CODE = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped",
                       35: "suspicious", 36: "timeout", 37: "caught by type check", -24: "timeout", 24: "timeout",
                       152: "timeout", 255: "timeout", -11: "segfault", -9: "segfault", 2: "interrupted"}


def resolve_modules(patterns: list[str]) -> list[str]:
    """The files MODULES names; exits if a pattern has gone stale."""
    files: list[str] = []
    for pattern in patterns:
        matched = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob(pattern) if p.name != "__init__.py")
        if not matched:
            sys.exit(f"mutation.py: {pattern!r} in MODULES matches no file (moved?); update MODULES at the top "
                     "of benchmarks/mutation.py")
        files.extend(matched)
    for test in TESTS:
        if not (ROOT / test).exists():
            sys.exit(f"mutation.py: {test!r} in TESTS does not exist; update TESTS at the top of "
                     "benchmarks/mutation.py")
    return files


def setup_cfg(files: list[str]) -> str:
    def listing(items: list[str]) -> str:
        return "".join(f"\n    {item}" for item in items)

    return (
        "# Written by benchmarks/mutation.py; edit the lists at the top of that script instead.\n"
        "[mutmut]\n"
        "source_paths = provenance\n"
        f"only_mutate ={listing(files)}\n"
        f"pytest_add_cli_args_test_selection ={listing(TESTS)}\n"
        f"also_copy ={listing(SUPPORT)}\n"
        # Fork each mutant's run from a process that has not run the tests: forked from one that
        # has, it would inherit warm lru_caches (identities, exempt authors) holding the
        # unmutated answers, and mutants in cached functions would seem to survive.
        "process_isolation = forkserver\n"
        # Each mutant's tests run in order, stopping at the first failure; no output per test.
        f"pytest_add_cli_args ={listing(['-p', 'no:randomly', '-p', 'no:cacheprovider', '-W', 'ignore'])}\n"
    )


def prepare(work: Path, files: list[str]) -> None:
    """A fresh scratch copy of what the tests need, with mutmut's configuration."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis", ".pytest_cache")
    for name in ["provenance", "tests", *SUPPORT]:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, work / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, work / name)
    (work / "setup.cfg").write_text(setup_cfg(files))


def run_mutmut(work: Path, max_children: int | None, mutants: list[str]) -> int:
    command = [sys.executable, "-m", "mutmut", "run"]
    if max_children:
        command += ["--max-children", str(max_children)]
    command += mutants
    env = {key: value for key, value in os.environ.items() if key not in ("UPDATE_GOLDEN", "PYTHONPATH")}
    return subprocess.run(command, cwd=work, env=env).returncode


def statuses(work: Path) -> dict[str, str]:
    """Mutant name -> status, from mutmut's per-file results (mutants/**/*.py.meta)."""
    found: dict[str, str] = {}
    for meta in sorted((work / "mutants").rglob("*.py.meta")):
        exit_codes = json.loads(meta.read_text())["exit_code_by_key"]
        for name, code in exit_codes.items():
            found[name] = "not checked" if code is None else STATUS_BY_EXIT_CODE.get(code, "suspicious")
    return found


def report(work: Path, diffs: bool, mutants: list[str]) -> int:
    found = statuses(work)
    if mutants:  # a run of chosen mutants: the others were never meant to be checked
        found = {name: status for name, status in found.items()
                 if any(fnmatch.fnmatchcase(name, pattern) for pattern in mutants)}
    if not found:
        print(f"mutation.py: no results in {work}; run without --report first", file=sys.stderr)
        return 2
    counts = Counter(found.values())
    unchecked = counts["not checked"]
    checked = len(found) - unchecked
    killed = sum(counts[status] for status in KILLED)
    score = killed / checked if checked else 0.0
    print("by status: " + ", ".join(f"{status} {count}" for status, count in sorted(counts.items())))
    # Mutant names are MODULE.x_FUNCTION__mutmut_N or MODULE.xǁCLASSǁMETHOD__mutmut_N.
    module_of = {name: re.split(r"\.x[_ǁ]", name, maxsplit=1)[0] for name in found}
    print("killed / checked / mutants, per module:")
    for module in sorted(set(module_of.values())):
        mine = [status for name, status in found.items() if module_of[name] == module]
        print(f"  {module:45} {sum(s in KILLED for s in mine):4} / {sum(s != 'not checked' for s in mine):4} "
              f"/ {len(mine):4}")
    survivors = sorted(name for name, status in found.items() if status not in KILLED | {"not checked"})
    print(f"\nsurvivors ({len(survivors)}):")
    for name in survivors:
        print(f"  {name}: {found[name]}")
        if diffs:
            shown = subprocess.run([sys.executable, "-m", "mutmut", "show", name], cwd=work,
                                   capture_output=True, text=True)
            print("    " + shown.stdout.strip().replace("\n", "\n    "))
    print(f"\nmutation score: {killed} killed of {checked} checked mutants = {score:.1%} (target {TARGET_SCORE:.0%})")
    if unchecked:
        print(f"incomplete: {unchecked} of {len(found)} mutants not checked (run stopped early); rerun to finish")
        return 1
    return 0 if score >= TARGET_SCORE else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help=f"scratch folder (default {DEFAULT_WORK})")
    parser.add_argument("--report", action="store_true", help="only report the results of the last run")
    parser.add_argument("--diffs", action="store_true", help="show the diff of each survivor")
    parser.add_argument("--max-children", type=int, help="parallel mutant runs (mutmut's default: CPU count)")
    parser.add_argument("--only", nargs="+", metavar="PATTERN",
                        help="mutate only these modules (patterns like MODULES), to iterate on one module's tests")
    parser.add_argument("--mutants", nargs="+", default=[], metavar="NAME",
                        help="check only these mutants (names as the report prints them, globs allowed), "
                        "e.g. a full run's survivors after writing tests against them; with --report, "
                        "report only these")
    args = parser.parse_args(argv)
    files = resolve_modules(args.only or MODULES)
    if not args.report:
        prepare(args.work, files)
        print(f"mutating {len(files)} module(s) in {args.work}: {', '.join(files)}", flush=True)
        code = run_mutmut(args.work, args.max_children, args.mutants)
        if code not in (0, 1):  # mutmut exits non-zero on its own errors, not on survivors
            print(f"mutation.py: mutmut run exited {code}", file=sys.stderr)
    return report(args.work, args.diffs, args.mutants)


if __name__ == "__main__":
    sys.exit(main())

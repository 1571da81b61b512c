"""How much of the reference's own corpus seqjit accepts and passes:
`python -m seqjit.tools.conformance DIR` (or `make conformance REF=DIR`),
DIR a checkout of patch-seq.

Three groups of .seq files: the integration tests (tests/integration/src),
the loose test programs (tests/*.seq) and the examples (examples/**). Each
file is type-checked; then a test file's test-* words run as `seqrepl test`
runs them, and a program with `main` runs as `seqrepl FILE` in a process of
its own, reading an empty stdin, for at most --timeout seconds. Both run
from DIR, as the reference runs its tests (they name files relative to it).
The reference keeps no expected output beside its programs, so a program
passes when it ends with status 0 (a test passes on its assertions).
Prints what failed, then the counts per group; the exit status is 0 when
everything passed.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..live.session import Session
from ..types.sources import check_file
from .testrunner import is_test_file, run_file_tests

PROGRAM_TIMEOUT = 10.0  # seconds a program may run (servers and REPLs never end)


@dataclass
class Tally:
    """The counts of one group of files."""

    files: int = 0
    rejected: int = 0  # did not type-check
    tests_passed: int = 0
    tests_failed: int = 0
    programs_passed: int = 0
    programs_failed: int = 0
    programs_timed_out: int = 0
    failures: list[str] = field(default_factory=list)  # one line each, for the report

    @property
    def ok(self) -> bool:
        return not (self.rejected or self.tests_failed or self.programs_failed
                    or self.programs_timed_out)

    def summary(self) -> str:
        return (f"{self.files - self.rejected}/{self.files} check; "
                f"tests {self.tests_passed} passed, {self.tests_failed} failed; "
                f"programs {self.programs_passed} passed, {self.programs_failed} failed, "
                f"{self.programs_timed_out} timed out")


def groups(reference: Path) -> dict[str, list[Path]]:
    """The reference's .seq files by group, each sorted."""
    return {
        "integration": sorted((reference / "tests" / "integration" / "src").glob("*.seq")),
        "tests": sorted((reference / "tests").glob("*.seq")),
        "examples": sorted((reference / "examples").rglob("*.seq")),
    }


class Conformance:
    def __init__(self, reference: Path, timeout: float = PROGRAM_TIMEOUT) -> None:
        self.reference = reference
        self.timeout = timeout
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """Made on first use: loading LLVM takes a moment."""
        if self._session is None:
            self._session = Session()
        return self._session

    def run(self, files: list[Path]) -> Tally:
        tally = Tally(files=len(files))
        for path in files:
            program = check_file(path)
            if not program.ok:
                tally.rejected += 1
                first = program.errors[0].render().splitlines()[0]
                tally.failures.append(f"REJECTED {first}")
            elif "main" in program.words:
                self._run_program(path, tally)
            elif is_test_file(path):
                self._run_tests(path, tally)
        return tally

    def _run_tests(self, path: Path, tally: Tally) -> None:
        session = self.session
        with contextlib.chdir(self.reference):
            results = run_file_tests(session, path.resolve())
        tally.tests_passed += results.passed
        tally.tests_failed += results.failed
        tally.failures.extend(f"FAILED {path}::{t.name}" for t in results.tests if not t.passed)

    def _run_program(self, path: Path, tally: Tally) -> None:
        try:
            done = subprocess.run(
                [sys.executable, "-m", "seqrepl", str(path.resolve())],
                cwd=self.reference, stdin=subprocess.DEVNULL, capture_output=True,
                timeout=self.timeout,
            )
        except subprocess.TimeoutExpired:
            tally.programs_timed_out += 1
            tally.failures.append(f"TIMED OUT after {self.timeout:g} s: {path}")
            return
        if done.returncode == 0:
            tally.programs_passed += 1
            return
        tally.programs_failed += 1
        last = next(_last_lines(done.stderr.decode(errors="replace")), "")
        tally.failures.append(f"EXIT {done.returncode} {path}: {last}")


def _last_lines(text: str) -> Iterator[str]:
    """Non-blank lines of `text`, last first."""
    return (line.strip() for line in reversed(text.splitlines()) if line.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m seqjit.tools.conformance",
        description="check and run the tests and examples of a patch-seq checkout",
    )
    parser.add_argument("reference", type=Path, metavar="DIR", help="a checkout of patch-seq")
    parser.add_argument("--timeout", type=float, default=PROGRAM_TIMEOUT, metavar="SECONDS",
                        help=f"the longest a program may run (default {PROGRAM_TIMEOUT:g})")
    args = parser.parse_args(argv)
    found = groups(args.reference)
    if not any(found.values()):
        print(f"conformance: no patch-seq tests or examples under {args.reference}",
              file=sys.stderr)
        return 2
    conformance = Conformance(args.reference.resolve(), args.timeout)
    tallies = {name: conformance.run(files) for name, files in found.items()}
    for tally in tallies.values():
        for line in tally.failures:
            print(line)
    print()
    for name, tally in tallies.items():
        print(f"{name:12} {tally.summary()}")
    return 0 if all(t.ok for t in tallies.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())

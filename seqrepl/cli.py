"""The `seqrepl` command.

    seqrepl [--vi] [--no-color]  the interactive REPL (entries from stdin when piped)
    seqrepl -i FILE              run FILE, then the REPL with its words and stack
    seqrepl FILE.seq [ARGS...]   run FILE's main (also as a #! interpreter)
    seqrepl --profile FILE.seq [ARGS...]   run it, then show the words it spent its time in
    seqrepl check FILE...        type-check files without running them
    seqrepl test [PATH...]       run the test-* words of test-*.seq files
    seqrepl lint PATH...         the reference linter's rules over files and folders
    seqrepl lsp                  the language server, over stdio

`--ffi-manifest FILE` (repeatable, before FILE.seq or the command) binds a
manifest's C functions as words, as the reference's `seqc --ffi-manifest`.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from seqjit import __version__, progress

if TYPE_CHECKING:  # the checker: a script run whose program is kept needs none
    from seqjit.types.program import CheckedProgram

COMMANDS = ("check", "test", "lint", "lsp")
RULE = "=" * 40


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    manifests, argv = ffi_manifests(argv)
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        return run_script(Path(argv[0]), argv[1:], manifests)
    if len(argv) > 1 and argv[0] == "--profile":
        return run_script(Path(argv[1]), argv[2:], manifests, profile=True)
    if not argv and not manifests:  # the REPL as it comes: it too starts sooner without argparse
        return start_repl(no_color=False)
    import argparse

    parser = argparse.ArgumentParser(
        prog="seqrepl",
        description="seqjit: a live environment for the Seq language",
        epilog="With no command, seqrepl starts the REPL (or reads entries from stdin when it "
        "is not a terminal). Run a program with: seqrepl FILE.seq [ARGS...]",
    )
    parser.add_argument("--version", action="version", version=f"seqrepl {__version__}")
    parser.add_argument("--profile", metavar="FILE.seq",
                        help="run a program, then show each word's calls and time (self, total)")
    parser.add_argument("--no-color", action="store_true",
                        help="no colour in the REPL (also when NO_COLOR is set)")
    parser.add_argument("--vi", action="store_true", help="vi keys in the REPL (default Emacs)")
    parser.add_argument("--ffi-manifest", action="append", metavar="FILE",
                        help="bind the C functions of an FFI manifest as words (repeatable; "
                        "for scripts, check and test)")
    parser.add_argument("--restore", action="store_true",
                        help="start with the definitions of the last session (its journal: "
                        "after a crash, say)")
    parser.add_argument("-i", dest="load", type=Path, metavar="FILE",
                        help="run FILE (its main too, if it has one), then stay in the REPL "
                        "with its words and stack")
    commands = parser.add_subparsers(dest="command")
    check = commands.add_parser("check", help="type-check Seq files without running them")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    test = commands.add_parser(
        "test", help="run the test-* words of test-*.seq files (directories searched recursively)"
    )
    test.add_argument("paths", nargs="*", type=Path, default=[Path(".")], metavar="PATH")
    test.add_argument("-f", "--filter", metavar="PATTERN",
                      help="only run tests whose name contains PATTERN")
    test.add_argument("-v", "--verbose", action="store_true", help="show each test's time")
    test.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                      help="fail a test that runs longer than this (default 60)")
    lint = commands.add_parser("lint", help="lint Seq files and folders")
    if "lint" in argv:  # the linter's arguments: only the lint command loads it
        from seqjit.lint import command as lint_command

        lint_command.add_arguments(lint)
    lsp = commands.add_parser("lsp", help="the Seq language server, over stdio (for editors)")
    lsp.add_argument("--stdio", action="store_true", help="accepted: stdio is the only transport")
    args = parser.parse_args(argv)
    if args.command == "lint":
        return lint_command.run(args)
    if args.command == "lsp":
        from seqjit.lsp.server import serve

        return serve()
    if args.command == "check":
        return check_files(args.files, manifests)
    if args.command == "test":
        return run_tests(args.paths, args.filter, args.verbose, args.timeout, manifests)
    return start_repl(args.no_color, vi=args.vi, restore=args.restore, load=args.load)


def start_repl(no_color: bool, vi: bool = False, restore: bool = False,
               load: Path | None = None) -> int:
    from seqrepl.repl import start

    no_color = no_color or bool(os.environ.get("NO_COLOR"))
    return start(color=False if no_color else None, vi=vi, restore=restore, load=load)


def ffi_manifests(argv: list[str]) -> tuple[list[Path], list[str]]:
    """The --ffi-manifest files given before a script (anywhere for check
    and test), and the arguments without them."""
    found: list[Path] = []
    rest: list[str] = []
    scanning = True
    i = 0
    while i < len(argv):
        arg = argv[i]
        if scanning and arg == "--ffi-manifest" and i + 1 < len(argv):
            found.append(Path(argv[i + 1]))
            i += 2
            continue
        if scanning and arg.startswith("--ffi-manifest="):
            found.append(Path(arg.split("=", 1)[1]))
        else:
            rest.append(arg)
            # A script's own arguments are its own.
            scanning = scanning and (arg.startswith("-") or rest[0] in COMMANDS)
        i += 1
    return found, rest


def _registered(session, manifests: list[Path]) -> bool:
    """Register `manifests` in `session`, reporting a bad one."""
    from seqjit.diagnostics import SeqError

    for path in manifests:
        try:
            session.register_manifest(path)
        except SeqError as e:
            print(e.render(), file=sys.stderr)
            return False
    return True


def run_script(path: Path, args: list[str], manifests: list[Path] | None = None,
               profile: bool = False) -> int:
    from seqjit.live.session import Session  # loads LLVM: only when running something
    from seqjit.tools import diagnostics, report

    # A running program ends on Ctrl-C as any program does (no Python traceback).
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    session = Session()
    if not _registered(session, manifests or []):
        return 1
    diagnostics.install_dump(session)
    diagnostics.install_watchdog(session, os.environ)
    mode = report.requested(os.environ)
    probed = profile or report.wants_word_counts(mode)
    probe = None
    if probed:
        from seqjit.codegen.probe import WordProbe

        probe = WordProbe("seq.profile.main", timed=profile)
    result = session.run_file(path, [str(path), *args], probe)
    for error in result.errors:
        print(error.render(), file=sys.stderr)
    sys.stdout.flush()
    if profile and result.profile is not None:
        from seqjit.shell.profiling import table

        print(table(result.profile).text, file=sys.stderr)
    if mode is not None:
        counts = result.profile.word_counts() if result.profile is not None else None
        totals = result.final.totals if result.final is not None else None
        report.emit(mode, report.ReportData(result.run_ns // 1_000_000, counts, totals))
    return result.exit_code


def check_files(files: list[Path], manifests: list[Path] | None = None) -> int:
    from seqjit.diagnostics import SeqError
    from seqjit.ffi.manifest import load_manifest
    from seqjit.ffi.registry import Manifests
    from seqjit.types.sources import check_file

    ffi = Manifests()
    try:
        for manifest in manifests or []:
            ffi.register(load_manifest(manifest))
    except SeqError as e:
        print(e.render(), file=sys.stderr)
        return 1
    failed = 0
    for path in files:
        program = check_file(path, ffi)
        for error in program.errors:
            print(error.render(), file=sys.stderr)
            print(file=sys.stderr)
        for warning in skipped_tests(program):
            print(warning, file=sys.stderr)
        failed += not program.ok
    return 1 if failed else 0


def skipped_tests(program: CheckedProgram) -> list[str]:
    """Words named like tests that the test runner will skip, as the
    reference's runner does, because their effect is not ( -- )."""
    from seqjit.types.program import is_test_word
    from seqjit.types.terms import surface

    return [
        f"{word.definition.name_span.location}: warning: '{name}' is named like a test "
        f"but its effect is {surface(word.effect)}, not ( -- ); `seqrepl test` will skip it"
        for name, word in program.words.items()
        if name.startswith("test-") and not is_test_word(word)
    ]


def run_tests(paths: list[Path], pattern: str | None, verbose: bool, timeout: float | None,
              manifests: list[Path] | None = None) -> int:
    """`seqrepl test`: a line per test as each file finishes, the failures'
    details, and last the line `N passed, M failed` (a file that does not
    check counts as one failure). Exit status 1 when anything failed."""
    from seqjit.live.session import Session  # loads LLVM: only when running something
    from seqjit.tools import testrunner

    for path in testrunner.misnamed_paths(paths):
        print(f"Test files must be named `test-*.seq`. Got: `{path}`", file=sys.stderr)
        return 1
    for path in paths:
        if not path.exists():
            print(f"seqrepl test: no such file or directory: {path}", file=sys.stderr)
            return 1
    session = Session()
    if not _registered(session, manifests or []):
        return 1
    results = []
    found = testrunner.discover(paths)
    try:
        with progress.task("seqrepl test", total=len(found)) as testing:
            for path in found:
                testing.step(str(path))
                result = testrunner.run_file_tests(session, path, pattern,
                                                   timeout or testrunner.DEFAULT_TIMEOUT)
                results.append(result)
                testing.clear()
                print_file_results(result, verbose)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    passed = sum(r.passed for r in results)
    broken = [r for r in results if r.errors]
    failed = sum(r.failed for r in results) + len(broken)
    failures = [(r.path, t) for r in results for t in r.tests if not t.passed]
    if failures:
        print("\nTEST FAILURES:")
        for path, t in failures:
            print(f"\n{path}::{t.name}")
            print(f"  {t.name} ... FAILED")
            for line in t.details:
                print(f"  {line}")
    if broken:
        files = "1 file" if len(broken) == 1 else f"{len(broken)} files"
        print(f"\nCOMPILATION FAILURES ({files} did not check):")
        for r in broken:
            print(f"\n{r.path}:")
            for error in r.errors:
                for line in error.render().splitlines():
                    print(f"  {line}")
    print(f"\n{RULE}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def print_file_results(result, verbose: bool) -> None:
    if result.errors:
        print(f"\nFailed to process {result.path}:", file=sys.stderr)
        for error in result.errors:
            for line in error.render().splitlines():
                print(f"  {line}", file=sys.stderr)
        sys.stderr.flush()
        return
    if not result.tests and not result.skipped:
        return
    print(f"\nRunning tests in {result.path}...")
    for t in result.tests:
        status = "ok" if t.passed else "FAILED"
        timing = f" ({round(t.duration_ms)}ms)" if verbose else ""
        print(f"  {t.name} ... {status}{timing}")
    for s in result.skipped:
        print(f"  {s.message}")
    sys.stdout.flush()

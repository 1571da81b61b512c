"""The `seqrepl` command.

    seqrepl FILE.seq [ARGS...]   run FILE's main (also as a #! interpreter)
    seqrepl check FILE...        type-check files without running them
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from seqjit import __version__
from seqjit.frontend import check_file
from seqjit.types.program import CheckedProgram, is_test_word
from seqjit.types.terms import surface

COMMANDS = ("check",)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        return run_script(Path(argv[0]), argv[1:])
    parser = argparse.ArgumentParser(
        prog="seqrepl",
        description="seqjit: a live environment for the Seq language",
        epilog="Run a program with: seqrepl FILE.seq [ARGS...]",
    )
    parser.add_argument("--version", action="version", version=f"seqrepl {__version__}")
    commands = parser.add_subparsers(dest="command")
    check = commands.add_parser("check", help="type-check Seq files without running them")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check_files(args.files)
    parser.print_help()
    print("\nThe interactive REPL is not built yet; `seqrepl FILE.seq` runs a program.")
    return 0


def run_script(path: Path, args: list[str]) -> int:
    from seqjit.session import Session  # loads LLVM: only when running something

    result = Session().run_file(path, [str(path), *args])
    for error in result.errors:
        print(error.render(), file=sys.stderr)
    return result.exit_code


def check_files(files: list[Path]) -> int:
    failed = 0
    for path in files:
        program = check_file(path)
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
    return [
        f"{word.definition.name_span.location}: warning: '{name}' is named like a test "
        f"but its effect is {surface(word.effect)}, not ( -- ); `seqrepl test` will skip it"
        for name, word in program.words.items()
        if name.startswith("test-") and not is_test_word(word)
    ]

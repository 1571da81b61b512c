"""`seqrepl lint PATH...`: lint files and folders (recursively, *.seq), print
the findings with carets, a tally, and exit as the reference's `seqc lint`
does: 1 when there is an error (or a warning, with --deny-warnings)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from ..diagnostics import SeqError
from .config import LintConfig, default_config, load_config
from .findings import Finding
from .linter import lint_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="a .seq file, or a folder searched recursively")
    parser.add_argument("--config", type=Path, metavar="FILE.toml",
                        help="more [[lint]] rules (one with a built-in id replaces it)")
    parser.add_argument("--errors-only", action="store_true", help="report errors only")
    parser.add_argument("--deny-warnings", action="store_true",
                        help="exit 1 on warnings too")
    parser.add_argument("--summary", action="store_true",
                        help="end with the number of findings of each rule")


def run(args: argparse.Namespace) -> int:
    config = default_config()
    if args.config is not None:
        try:
            config = config.merged(load_config(args.config))
        except SeqError as e:
            print(e.render(), file=sys.stderr)
            return 1
    files = list(_files(args.paths))
    findings = [f for path in files for f in _lint(path, config)]
    if args.errors_only:
        findings = [f for f in findings if f.severity == "error"]
    for finding in findings:
        print(finding.render())
    tally = Counter(f.severity for f in findings)
    _print_tally(findings, tally, len(files))
    if args.summary:
        for rule, n in sorted(Counter(f.rule for f in findings).items()):
            print(f"{n:6d}  {rule}")
    return 1 if tally["error"] or (args.deny_warnings and tally["warning"]) else 0


def _files(paths: list[Path]):
    for path in paths:
        if path.is_dir():
            # As the reference: a folder with a .toml manifest holds FFI
            # programs, which need the manifest to check; they are skipped.
            yield from (f for f in sorted(path.rglob("*.seq"))
                        if f.is_file() and not any(f.parent.glob("*.toml")))
        elif path.exists():
            yield path
        else:
            print(f"seqrepl lint: {path}: no such file or folder", file=sys.stderr)


def _lint(path: Path, config: LintConfig) -> list[Finding]:
    findings, problems = lint_file(path, config)
    for problem in problems:  # not lintable: said on stderr, as the reference does
        print(f"{path}: not linted: {problem.render()}", file=sys.stderr)
    return findings


def _print_tally(findings: list[Finding], tally: Counter[str], checked: int) -> None:
    issues = tally["error"] + tally["warning"]
    if not findings:
        print(f"no lint findings in {checked} file(s)")
        return
    if issues:
        with_issues = {f.span.source.name for f in findings if f.severity != "hint"}
        print(f"\n{tally['error']} error(s) and {tally['warning']} warning(s) in "
              f"{len(with_issues)} file(s), {checked} file(s) checked")
    if tally["hint"]:
        print(f"{tally['hint']} hint(s), {checked} file(s) checked")

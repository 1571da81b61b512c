"""`seqrepl lint` run as a user runs it: output, tally and exit codes."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from seqjit.lint.linter import lint_file

REFERENCE = Path("/tmp/patch-seq")


def lint(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "seqrepl", "lint", *args],
                          capture_output=True, text=True, timeout=120)


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return str(path)


def test_clean_file_exits_zero(tmp_path: Path) -> None:
    result = lint(write(tmp_path, "ok.seq", ": main ( -- ) 1 drop ;\n"))
    assert result.returncode == 0
    assert "no lint findings in 1 file(s)" in result.stdout


def test_warning_shown_with_caret_exits_zero_unless_denied(tmp_path: Path) -> None:
    path = write(tmp_path, "w.seq", ": main ( -- ) 7 0 i./ drop drop ;\n")
    result = lint(path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == (f"{path}:1:19: warning[unchecked-div]: `i./` flags division by zero; "
                        "dropping the flag keeps a meaningless quotient")
    assert lines[1] == " 1 | : main ( -- ) 7 0 i./ drop drop ;"
    assert lines[2] == "   |                   ^^^^^^^^"
    assert lint("--deny-warnings", path).returncode == 1


def test_error_exits_one_and_errors_only_filters(tmp_path: Path) -> None:
    path = write(tmp_path, "e.seq",
                 ": main ( -- ) [ 1 drop ] strand.weave drop 1 2 swap drop drop ;\n")
    result = lint(path)
    assert result.returncode == 1
    assert "error[weave-immediate-drop]" in result.stdout and "hint[prefer-nip]" in result.stdout
    only = lint("--errors-only", path)
    assert only.returncode == 1
    assert "weave-immediate-drop" in only.stdout and "prefer-nip" not in only.stdout


def test_hints_only_exit_zero_even_denying_warnings(tmp_path: Path) -> None:
    path = write(tmp_path, "h.seq", ": main ( -- ) 1 2 swap drop drop ;\n")
    result = lint("--deny-warnings", path)
    assert result.returncode == 0 and "1 hint(s)" in result.stdout


def test_type_error_is_an_error(tmp_path: Path) -> None:
    result = lint(write(tmp_path, "t.seq", ': main ( -- ) "a" 1 i.+ drop ;\n'))
    assert result.returncode == 1 and "error[type-error]" in result.stdout


def test_folders_recursively_with_summary(tmp_path: Path) -> None:
    write(tmp_path, "a/one.seq", ": main ( -- ) 1 2 swap drop drop ;\n")
    write(tmp_path, "a/b/two.seq", ": w ( Int -- Int ) dup drop ;\n")
    write(tmp_path, "a/b/notes.txt", "dup drop")
    result = lint("--summary", str(tmp_path / "a"))
    assert result.returncode == 0
    assert "2 file(s) checked" in result.stdout
    assert "     1  prefer-nip" in result.stdout and "     1  redundant-dup-drop" in result.stdout


def test_config_adds_rules_and_bad_config_exits_one(tmp_path: Path) -> None:
    path = write(tmp_path, "c.seq", ": w ( Int -- Int ) 1 i.+ 1 i.+ ;\n")
    rules = write(tmp_path, "rules.toml", '[[lint]]\nid = "add-twice"\npattern = "$X i.+ $Y i.+"\n'
                  'message = "add once"\nseverity = "error"\n')
    result = lint("--config", rules, path)
    assert result.returncode == 1 and "error[add-twice]: add once" in result.stdout
    bad = write(tmp_path, "bad.toml", '[[lint]]\nid = "x"\n')
    result = lint("--config", bad, path)
    assert result.returncode == 1
    assert "field `pattern` is missing" in result.stderr and "Traceback" not in result.stderr


def test_missing_path_is_said_not_fatal(tmp_path: Path) -> None:
    result = lint(str(tmp_path / "nope.seq"))
    assert result.returncode == 0 and "no such file or folder" in result.stderr


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="no reference checkout at /tmp/patch-seq")
def test_reference_examples_and_tests_lint_without_a_crash() -> None:
    counts: Counter[str] = Counter()
    files = sorted(REFERENCE.rglob("*.seq"))
    for path in files:
        findings, _ = lint_file(path)
        counts.update(f.rule for f in findings)
    assert len(files) > 100
    assert counts["unchecked-divide"] > 0

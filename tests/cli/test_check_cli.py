"""`seqrepl check` and `python -m seqjit.tools.corpus check`, run as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GOOD = """\
#!/usr/bin/env seqrepl
# squares a number
: square ( Int -- Int ) dup i.* ;
: main ( -- ) 7 square int->string io.write-line ;
"""

BAD = """\
: main ( -- )
  "seven" 1 i.+ drop ;
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=cwd, timeout=60
    )


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_accepted_file_exits_zero_silently(tmp_path: Path) -> None:
    result = run("-m", "seqrepl", "check", str(write(tmp_path, "good.seq", GOOD)))
    assert result.returncode == 0
    assert result.stdout == "" and result.stderr == ""


def test_rejected_file_prints_location_caret_and_stacks(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.seq", BAD)
    result = run("-m", "seqrepl", "check", str(bad))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == (
        f"{bad}:2:13: type error: in word 'main': i.+: stack type mismatch "
        "(cannot unify Int with String)"
    )
    assert lines[1] == ' 2 |   "seven" 1 i.+ drop ;'
    assert lines[2] == "   |             ^^^"
    assert "  expected: (..a Int Int)" in lines
    assert "  actual:   (..rest String Int)" in lines
    assert "Traceback" not in result.stderr


def test_several_files_report_every_failure(tmp_path: Path) -> None:
    good = write(tmp_path, "good.seq", GOOD)
    bad = write(tmp_path, "bad.seq", BAD)
    worse = write(tmp_path, "worse.seq", ": f ( -- ) [ 1 ;\n")
    result = run("-m", "seqrepl", "check", str(good), str(bad), str(worse))
    assert result.returncode == 1
    assert f"{bad}:2:13: type error" in result.stderr
    assert f"{worse}:1:12: parse error: ';' inside quotation: missing ']'" in result.stderr


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run("-m", "seqrepl", "check", str(tmp_path / "nope.seq"))
    assert result.returncode == 1
    assert "cannot read" in result.stderr and "nope.seq" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_word_error_is_reported_not_just_the_first(tmp_path: Path) -> None:
    two = write(tmp_path, "two.seq", ': a ( -- Int ) "x" ;\n: b ( -- String ) 1 ;\n')
    result = run("-m", "seqrepl", "check", str(two))
    assert result.returncode == 1
    assert "word 'a' ends with" in result.stderr and "word 'b' ends with" in result.stderr


def test_version() -> None:
    result = run("-m", "seqrepl", "--version")
    assert result.returncode == 0
    assert result.stdout.startswith("seqrepl ")


def test_corpus_counts_accepted_and_rejected(tmp_path: Path) -> None:
    write(tmp_path, "good.seq", GOOD)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "bad.seq", BAD)
    result = run("-m", "seqjit.tools.corpus", "check", str(tmp_path))
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "1 accepted, 1 rejected"
    assert f"REJECTED {tmp_path / 'sub' / 'bad.seq'}" in result.stdout


def test_test_word_with_wrong_effect_is_warned_about(tmp_path: Path) -> None:
    src = write(tmp_path, "test-x.seq", ": test-ok ( -- ) ;\n: test-helper ( Int -- Int ) ;\n")
    result = run("-m", "seqrepl", "check", str(src))
    assert result.returncode == 0
    assert result.stderr.strip() == (
        f"{src}:2:3: warning: 'test-helper' is named like a test but its effect is "
        "( Int -- Int ), not ( -- ); `seqrepl test` will skip it"
    )

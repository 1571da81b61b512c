"""`seqrepl test`, run as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PASSING = """\
: double ( Int -- Int ) 2 i.* ;
: test-double ( -- ) 21 double 42 test.assert-eq ;
: test-strings ( -- ) 7 int->string "7" test.assert-eq-str ;
: test-chatty ( -- ) "this is captured, not shown" io.write-line true test.assert ;
"""

FAILING = """\
: test-good ( -- ) 1 1 test.assert-eq ;
: test-wrong-sum ( -- )
  1 2 i.+ 4 test.assert-eq
  true test.assert-not
  "abc" "abd" test.assert-eq-str
  "explicit failure" test.fail ;
"""

BROKEN = """\
: test-bad ( -- )
  "seven" 1 i.+ drop ;
"""

SKIPPED = """\
: test-positive? ( Int -- Bool ) 0 i.> ;
: test-uses-helper ( -- ) 3 test-positive? test.assert ;
"""

CRASHING = """\
: test-panics ( -- ) -1 args.at drop ;
: test-exits ( -- ) 3 os.exit ;
: test-after ( -- ) 2 2 test.assert-eq ;
"""


def seqrepl_test(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "seqrepl", "test", *args],
        capture_output=True, text=True, cwd=cwd, timeout=120,
    )


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_passing_file(tmp_path: Path) -> None:
    path = write(tmp_path, "test-pass.seq", PASSING)
    result = seqrepl_test(str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert f"Running tests in {path}..." in lines
    assert "  test-chatty ... ok" in lines
    assert "  test-double ... ok" in lines
    assert "  test-strings ... ok" in lines
    assert "captured" not in result.stdout
    assert lines[-1] == "3 passed, 0 failed"
    assert result.stderr == ""


def test_failing_assertions_show_their_messages(tmp_path: Path) -> None:
    path = write(tmp_path, "test-fail.seq", FAILING)
    result = seqrepl_test(str(path))
    assert result.returncode == 1
    out = result.stdout
    lines = out.splitlines()
    assert "  test-good ... ok" in lines
    assert "  test-wrong-sum ... FAILED" in lines
    assert f"{path}::test-wrong-sum" in lines
    block = out[out.index(f"{path}::test-wrong-sum") :].splitlines()
    assert block[1:10] == [
        "  test-wrong-sum ... FAILED",
        "    at line 3: expected 4, got 3",
        "    at line 4: expected false, got true",
        "    at line 5: assertion failed: strings not equal",
        '      expected (3 bytes): "abd"',
        '      actual   (3 bytes): "abc"',
        "      first differ at byte 2",
        "    explicit failure",
        "",
    ]
    assert lines[-1] == "1 passed, 1 failed"


def test_file_that_does_not_check_counts_as_failed(tmp_path: Path) -> None:
    write(tmp_path, "test-ok.seq", PASSING)
    bad = write(tmp_path, "sub/test-broken.seq", BROKEN)
    result = seqrepl_test(cwd=tmp_path)  # default: the current directory, recursively
    assert result.returncode == 1
    assert f"Failed to process {bad.relative_to(tmp_path)}:" in result.stderr
    assert "type error: in word 'test-bad'" in result.stderr
    assert "  test-double ... ok" in result.stdout
    assert "COMPILATION FAILURES" in result.stdout
    assert result.stdout.splitlines()[-1] == "3 passed, 1 failed"


def test_test_word_with_another_effect_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "test-skip.seq", SKIPPED)
    result = seqrepl_test(str(path))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "  test-uses-helper ... ok" in lines
    assert (
        "  test-positive? ... skipped — name starts with `test-` but stack effect is "
        "( Int -- Bool ), not ( -- ). Rename if it's a helper; fix the signature if it's a test."
    ) in lines
    assert lines[-1] == "1 passed, 0 failed"


def test_panics_and_exits_fail_one_test_each(tmp_path: Path) -> None:
    path = write(tmp_path, "test-crash.seq", CRASHING)
    result = seqrepl_test(str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "  test-after ... ok" in lines
    assert "  test-panics ... FAILED" in lines
    assert "  test-exits ... FAILED" in lines
    assert "    runtime error: args.at: index must be non-negative, got -1" in lines
    assert "    the test ended the process (exit code 3)" in lines
    assert lines[-1] == "1 passed, 2 failed"


def test_filter_and_misnamed_file(tmp_path: Path) -> None:
    path = write(tmp_path, "test-pass.seq", PASSING)
    result = seqrepl_test("-f", "double", str(path))
    assert result.returncode == 0
    assert "test-strings" not in result.stdout
    assert result.stdout.splitlines()[-1] == "1 passed, 0 failed"
    other = write(tmp_path, "helpers.seq", PASSING)
    result = seqrepl_test(str(other))
    assert result.returncode == 1
    assert "Test files must be named `test-*.seq`" in result.stderr


def test_stack_dump_prints_and_empties_the_stack(tmp_path: Path) -> None:
    path = write(
        tmp_path, "prog.seq",
        ': main ( -- ) 1 "two" :three 2.5 true [ 1 ] stack.dump 7 stack.dump stack.dump ;\n',
    )
    result = subprocess.run(
        [sys.executable, "-m", "seqrepl", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == '» 1 "two" :three 2.5 true <quotation>\n» 7\n»\n'


THREE_DEEP = """\
: inner ( Int -- Int ) -1 args.at drop ;
: middle ( Int -- Int ) inner 1 i.+ ;
: outer ( Int -- Int ) middle 2 i.+ ;
: test-deep ( -- )
  7 outer drop ;
"""


def failed_test(tmp_path: Path, source: str, test: str) -> tuple[Path, list[str]]:
    """Run `source`'s tests, whose `test` fails: its file and its block of lines."""
    path = write(tmp_path, f"{test}.seq", source)
    result = seqrepl_test(str(path))
    assert result.returncode == 1
    return path, result.stdout[result.stdout.index(f"{path}::{test}"):].splitlines()


def test_a_runtime_error_shows_its_backtrace_under_the_failed_test(tmp_path: Path) -> None:
    path, block = failed_test(tmp_path, THREE_DEEP, "test-deep")
    assert block[1:11] == [
        "  test-deep ... FAILED",
        "    Backtrace (most recent call last):",
        f"      {path}:5:5, in test-deep",
        "        7 outer drop ;",
        f"      {path}:3:24, in outer",
        "        : outer ( Int -- Int ) middle 2 i.+ ;",
        f"      {path}:2:25, in middle",
        "        : middle ( Int -- Int ) inner 1 i.+ ;",
        f"      {path}:1:27, in inner",
        "        : inner ( Int -- Int ) -1 args.at drop ;",
    ]
    assert block[11] == "    runtime error: args.at: index must be non-negative, got -1"


HELPER_ASSERTS = """\
: check-positive ( Int -- )
  0 i.> test.assert ;
: test-helper ( -- )
  -3 check-positive ;
"""


def test_a_failed_assertion_in_a_helper_word_shows_where_it_was_called(tmp_path: Path) -> None:
    path, block = failed_test(tmp_path, HELPER_ASSERTS, "test-helper")
    assert block[1:8] == [
        "  test-helper ... FAILED",
        "    at line 2: expected true, got false",
        "      Backtrace (most recent call last):",
        f"        {path}:4:6, in test-helper",
        "          -3 check-positive ;",
        f"        {path}:2:9, in check-positive",
        "          0 i.> test.assert ;",
    ]

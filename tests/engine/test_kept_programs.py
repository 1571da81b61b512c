"""A script's compiled program is kept for its next run (live/programs.py):
the second `seqrepl FILE.seq` neither parses, checks nor compiles, and runs
the same. An edit to the file or to anything it includes means compiling
again, with errors reported as ever; a runtime error reads the same either
way (its backtrace names file:line:col and shows the line with a caret)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from seqjit.cache import cache_root
from seqjit.live.session import RunResult, Session

LIB = ': greeting ( -- String ) "hello" ;\n'
PROG = 'include "lib"\n: main ( -- ) greeting io.write-line ;\n'
FAILING = """\
include "lib"
: inner ( Int -- Int )
  -1 args.at drop ;
: middle ( Int -- Int ) inner 1 i.+ ;
: main ( -- ) 5 middle int->string io.write-line ;
"""


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """prog.seq including lib.seq, with a cache of its own (which takes the
    compiled runtime from the usual one, as from an installation's)."""
    monkeypatch.setenv("SEQJIT_SHIPPED_CACHE", str(cache_root()))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "lib.seq").write_text(LIB)
    path = tmp_path / "prog.seq"
    path.write_text(PROG)
    return path


def run(path: Path, capfd: pytest.CaptureFixture[str]) -> tuple[RunResult, str]:
    """`path` run as `seqrepl` runs it: in a session of its own (a session
    runs one program's main)."""
    result = Session().run_file(path)
    return result, capfd.readouterr().out


def test_a_second_run_takes_the_compiled_program(program, capfd) -> None:
    first, out = run(program, capfd)
    assert (first.exit_code, first.reused, out) == (0, False, "hello\n")
    again, out = run(program, capfd)
    assert (again.exit_code, again.reused, out) == (0, True, "hello\n")


def test_an_edited_include_is_compiled_again(program, capfd) -> None:
    run(program, capfd)
    (program.parent / "lib.seq").write_text(': greeting ( -- String ) "changed" ;\n')
    edited, out = run(program, capfd)
    assert (edited.exit_code, edited.reused, out) == (0, False, "changed\n")
    again, out = run(program, capfd)
    assert (again.reused, out) == (True, "changed\n")


def test_an_edit_that_breaks_the_program_is_reported_as_ever(program, capfd) -> None:
    run(program, capfd)
    program.write_text('include "lib"\n: main ( -- ) greeting 1 i.+ io.write-line ;\n')
    broken, out = run(program, capfd)
    assert (broken.exit_code, out) == (1, "")
    [error] = broken.errors
    lines = error.render().split("\n")
    assert lines[0].startswith(f"{program}:2:26: type error")
    assert lines[1:3] == [" 2 | : main ( -- ) greeting 1 i.+ io.write-line ;",
                          "   |                          ^^^"]


def test_a_runtime_error_reads_the_same_from_a_kept_program(program, capfd) -> None:
    program.write_text(FAILING)
    first, _ = run(program, capfd)
    again, _ = run(program, capfd)
    assert (first.reused, again.reused) == (False, True)
    assert [e.render() for e in again.errors] == [e.render() for e in first.errors]
    text = again.errors[0].render()
    assert f"  {program}:4:25, in middle" in text
    assert text.endswith(f"{program}:3:6: runtime error: args.at: index must be non-negative, "
                         "got -1\n 3 |   -1 args.at drop ;\n   |      ^^^^^^^")


def test_a_program_whose_object_is_gone_is_compiled_again(program, capfd) -> None:
    # Text of its own: no cache anywhere holds this program's object.
    unique = uuid.uuid4().hex
    (program.parent / "lib.seq").write_text(f': greeting ( -- String ) "{unique}" ;\n')
    run(program, capfd)
    for path in (cache_root() / "objects").rglob("*.o"):
        path.unlink()
    again, out = run(program, capfd)
    assert (again.exit_code, again.reused, out) == (0, False, f"{unique}\n")


def test_a_kept_program_runs_as_a_command(program) -> None:
    """Two `seqrepl FILE.seq` processes: the second reads the record the
    first wrote, and exits with main's Int as its status."""
    program.write_text('include "lib"\n: main ( -- Int ) greeting io.write-line 3 ;\n')
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "seqrepl", str(program)],
                              capture_output=True, text=True, timeout=120)
        assert (done.returncode, done.stdout, done.stderr) == (3, "hello\n", "")
    assert len(list((cache_root() / "programs").iterdir())) == 1

"""`seqrepl` reading entries from a pipe: the same answers, no prompts or
colour, and a failing exit status when an entry failed."""

from __future__ import annotations

import subprocess
import sys

TRANSCRIPT = """\
: sq ( Int -- Int )
  dup
  i.* ;
3 sq
"hi" io.write-line 1
:see sq
1 "a" i.+
[ 1
  2 ] drop
:stack
"""

EXPECTED = """\
Defined.
stack: 9
hi
stack: 9 1
sq ( Int -- Int )  <entry 1>
: sq ( Int -- Int )
  dup
  i.* ;
<entry 4>:1:7: type error: i.+: stack type mismatch (cannot unify Int with String)
 1 | 1 "a" i.+
   |       ^^^
  expected: (..a Int Int)
  actual:   (Int Int Int String)
stack: 9 1
  #  value, bottom to top, and type
  0  9  Int
  1  1  Int  <- top
"""


def run(text: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "seqrepl", *args], input=text,
                          capture_output=True, text=True, timeout=60)


def test_a_transcript() -> None:
    result = run(TRANSCRIPT)
    assert result.stdout == EXPECTED
    assert result.returncode == 1  # one entry failed
    assert "\x1b[" not in result.stdout


def test_all_entries_pass() -> None:
    result = run("1 2 i.+\n: f ( -- Int ) 4 ;\nf\n")
    assert result.stdout == "stack: 3\nDefined.\nstack: 3 4\n"
    assert result.returncode == 0


def test_an_unfinished_entry_at_the_end_fails() -> None:
    result = run(": f ( -- Int )\n  4\n")
    assert "parse error" in result.stdout and result.returncode == 1


def test_quit_stops_reading() -> None:
    result = run("1\n:quit\n2\n")
    assert result.stdout == "stack: 1\n" and result.returncode == 0


def test_version_and_help() -> None:
    from seqjit import __version__

    version = run("", "--version")
    assert version.stdout.strip() == f"seqrepl {__version__}"
    usage = run("", "--help")
    for option in ("--no-color", "--vi", "check", "test"):
        assert option in usage.stdout


def test_strands_finish_before_the_end() -> None:
    result = run('[ 200 time.sleep-ms "late" io.write-line ] strand.spawn drop\n'
                 'chan.make [ chan.receive drop drop ] strand.spawn drop\n')
    # The sleeper finishes; the strand blocked forever does not hold the REPL.
    # (The second entry drops chan.receive's flag: a lint warning. The sleeper
    # may finish before it is shown: a first start, or a loaded machine, can
    # take 200 ms over the second entry.)
    out = result.stdout.split("\n")
    assert out[0] == "stack: (empty)" and out.count("late") == 1
    assert any("warning[unchecked-chan-receive]" in line for line in out)
    assert [line for line in out if line != "late"][-2:] == ["stack: <channel>", ""]
    assert result.returncode == 0

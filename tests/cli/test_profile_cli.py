"""`seqrepl --profile FILE.seq` and `SEQ_REPORT=words` in script mode, in a
real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROGRAM = """\
: fib ( Int -- Int ) dup 2 < if else dup 1 - fib swap 2 - fib + then ;
: ping ( Int -- Int ) dup 0 = if else 1 - pong then ;
: pong ( Int -- Int ) dup 0 = if else 1 - ping then ;
: unused ( -- ) ;
: main ( -- ) 20 fib int->string io.write-line 7 ping drop ;
"""


def run(tmp_path: Path, *args: str, env: dict[str, str] | None = None):
    path = tmp_path / "prog.seq"
    path.write_text(PROGRAM)
    environment = {k: v for k, v in os.environ.items() if k != "SEQ_REPORT"}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "seqrepl", *args, str(path)],
                          capture_output=True, text=True, timeout=120, env=environment)


def test_profile_prints_the_top_words_after_the_program(tmp_path: Path) -> None:
    done = run(tmp_path, "--profile")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "6765\n"
    lines = done.stderr.splitlines()
    assert lines[0].startswith("profile: ") and "calls; by self time:" in lines[0]
    assert lines[1].split() == ["calls", "self", "self", "%", "total", "word", "defined", "at"]
    rows = {line.split()[-2]: line.split()[0] for line in lines[2:]}
    assert rows["fib"] == "21891" and rows["ping"] == "4" and rows["pong"] == "4"
    assert rows["main"] == "1" and "unused" not in rows  # only words that ran


def test_seq_report_words_lists_every_words_calls(tmp_path: Path) -> None:
    done = run(tmp_path, env={"SEQ_REPORT": "words"})
    assert done.returncode == 0, done.stderr
    assert done.stdout == "6765\n"
    report = done.stderr.splitlines()
    assert report[0] == "=== SEQ REPORT ===" and report[1].startswith("Wall clock: ")
    assert report[1].endswith(" ms") and report[-1] == "=================="
    at = report.index("--- Word Call Counts ---")
    counts = report[at + 1:-1]
    assert counts == [f"  {name:30} {n}" for name, n in
                      [("fib", 21891), ("ping", 4), ("pong", 4), ("main", 1), ("unused", 0)]]


def test_no_report_without_seq_report(tmp_path: Path) -> None:
    done = run(tmp_path)
    assert done.returncode == 0 and done.stdout == "6765\n" and done.stderr == ""

"""Script mode's runtime diagnostics, as the reference's OBSERVABILITY guide
has them, in a real subprocess: `SEQ_REPORT=1|json|json:PATH`, the dump
`kill -QUIT` prints while the program goes on, the watchdog, and a deadlock
explained."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

WORKERS = """\
: worker ( Channel Int -- ) swap chan.send drop ;
: main ( -- )
  chan.make
  1 [ worker ] strand.spawn drop drop
  2 [ worker ] strand.spawn drop drop
  3 [ worker ] strand.spawn drop drop
  dup chan.receive drop drop
  dup chan.receive drop drop
  chan.receive drop int->string io.write-line ;
"""

SLEEPER = """\
: nap ( Channel Int -- )
  dup 0 i.> if 50 time.sleep-ms over 1 swap chan.send drop 1 i.- nap else drop drop then ;
: main ( -- )
  chan.make [ 60 nap ] strand.spawn drop
  "ready" io.write-line
  4000 time.sleep-ms
  chan.receive drop drop
  "done" io.write-line ;
"""

BUSY = """\
: spin ( Int -- Int ) 1 i.+ spin ;
: main ( -- ) [ 0 spin drop ] strand.spawn drop 60000 time.sleep-ms ;
"""

DEADLOCK = """\
: ping ( Channel Channel -- )
  over 1 swap chan.send drop dup chan.receive drop drop dup chan.receive drop drop drop drop ;
: pong ( Channel Channel -- )
  swap dup chan.receive drop drop over 2 swap chan.send drop dup chan.receive drop drop drop drop ;
: main ( -- )
  chan.make chan.make
  [ ping ] strand.spawn drop
  [ pong ] strand.spawn drop
  drop drop ;
"""


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SEQ_REPORT", "SEQ_WATCH"))}
    env.update(extra)
    return env


def run(tmp_path: Path, program: str, **env: str) -> subprocess.CompletedProcess:
    path = tmp_path / "prog.seq"
    path.write_text(program)
    return subprocess.run([sys.executable, "-m", "seqrepl", str(path)], capture_output=True,
                          text=True, timeout=120, env=environment(**env))


def test_seq_report_json_has_the_strands_channels_and_messages(tmp_path: Path) -> None:
    done = run(tmp_path, WORKERS, SEQ_REPORT="json")
    assert done.returncode == 0 and done.stdout.strip() in ("1", "2", "3")
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["strands_spawned"] == 4  # main and three workers
    assert report["strands_completed"] == 4 and report["strands_failed"] == 0
    assert 2 <= report["peak_strands"] <= 4
    assert report["messages_sent"] == 3 and report["messages_received"] == 3
    assert report["channels"] == 0  # all released by the end
    assert report["stack_pool_bytes"] > 0 and report["wall_clock_ms"] >= 0


def test_seq_report_names_the_worker_threads_it_ran_with(tmp_path: Path) -> None:
    for threads in ("1", "2"):
        done = run(tmp_path, WORKERS, SEQ_REPORT="json", SEQ_THREADS=threads)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stderr.strip().splitlines()[-1])["worker_threads"] == int(threads)


def test_seq_report_json_to_a_file_and_the_human_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    done = run(tmp_path, WORKERS, SEQ_REPORT=f"json:{target}")
    assert done.returncode == 0 and done.stderr == ""
    assert json.loads(target.read_text())["strands_spawned"] == 4
    done = run(tmp_path, WORKERS, SEQ_REPORT="1")
    lines = done.stderr.splitlines()
    assert lines[0] == "=== SEQ REPORT ===" and lines[-1] == "=================="
    assert "Strands spawned: 4" in lines and "Messages sent:   3" in lines
    assert re.match(r"Wall clock:      \d+ ms", lines[1])


@pytest.mark.slow
def test_kill_quit_dumps_the_strands_and_the_program_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "prog.seq"
    path.write_text(SLEEPER)
    child = subprocess.Popen([sys.executable, "-m", "seqrepl", str(path)], env=environment(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(0.5)
        child.send_signal(signal.SIGQUIT)
        out, err = child.communicate(timeout=60)
    finally:
        child.kill()
    assert child.returncode == 0 and out == "done\n"  # it went on to the end
    assert "=== Seq Runtime Diagnostics ===" in err and "=== End Diagnostics ===" in err
    assert "  Active:    2" in err and "  Spawned:   2 (total)" in err
    assert re.search(r"Strand #1 +sleeping for", err)
    assert re.search(r"Strand #2 +(sleeping|ready) for .*main at .*prog.seq:4:24", err)
    assert re.search(r"Channel #1 +depth \d+, receivers waiting: none, sent \d+", err)


@pytest.mark.slow
def test_the_watchdog_ends_a_program_whose_strand_never_waits(tmp_path: Path) -> None:
    started = time.monotonic()
    done = run(tmp_path, BUSY, SEQ_WATCHDOG_SECS="1", SEQ_WATCHDOG_INTERVAL="1",
               SEQ_WATCHDOG_ACTION="exit")
    assert done.returncode == 1 and time.monotonic() - started < 50
    err = done.stderr
    assert "[watchdog] Enabled: threshold=1s, interval=1s, action=Exit" in err
    assert re.search(r"WATCHDOG: Strand #2 running for \d+s \(threshold: 1s\)", err)
    assert "=== Seq Runtime Diagnostics ===" in err  # the dump, as the reference
    assert err.rstrip().endswith("Exiting due to SEQ_WATCHDOG_ACTION=exit")
    assert "Strand #1 " in err and "WATCHDOG: Strand #1" not in err  # main sleeps: not stuck


def test_a_deadlock_names_each_strand_its_channel_and_the_cycle(tmp_path: Path) -> None:
    done = run(tmp_path, DEADLOCK)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("runtime error: deadlock: every remaining strand is blocked")
    assert any(re.match(r"  strand 2 \(spawned in main at .*prog.seq:7:12\) is blocked on "
                        r"channel 2 \(made in main at .*prog.seq:6:13; last sent to by "
                        r"strand 3\)", line) for line in lines)
    assert lines[-1] == "  cycle: strand 2 -> channel 2 -> strand 3 -> channel 1 -> strand 2"

"""Run Seq under each scheduler mode, in a process of its own (the worker
threads are chosen when the runtime starts): `SEQ_THREADS=1`, strands on
one thread, and the default, one worker thread per core."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from watchdog import Interrupted, interrupt_script

MODES = ["1", "default"]
WAIT = 300  # seconds: generous, for a machine loaded by other work


def mode_env(mode: str) -> dict[str, str]:
    """The environment of a run in `mode`: SEQ_THREADS set, or left out."""
    env = {k: v for k, v in os.environ.items() if k != "SEQ_THREADS"}
    if mode != "default":
        env["SEQ_THREADS"] = mode
    return env


def run_program(path: Path, mode: str) -> subprocess.CompletedProcess[str]:
    """`seqrepl PATH` run as a user runs it."""
    return subprocess.run([sys.executable, "-m", "seqrepl", str(path)], capture_output=True,
                          text=True, timeout=WAIT, env=mode_env(mode))


def run_python(script: str, mode: str) -> subprocess.CompletedProcess[str]:
    """A Python script (driving a Session) in a process of its own."""
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=WAIT, env=mode_env(mode))


# The start of a script driving a Session: an entry that must succeed, the
# top of the stack, and a bounded wait until no strand is left.
PRELUDE = r"""
import time
from seqjit.live.session import Session
s = Session()

def ok(text):
    r = s.eval(text)
    assert r.ok, [e.render() for e in r.errors]

def top():
    return s.world.stack()[-1].text

def settled():
    # strands that finish after the entry that ended their work are run
    # between entries: wait (boundedly) until none is left
    for _ in range(600):
        if not s.strands():
            return True
        time.sleep(0.05)
    return False
"""


def ctrl_c(script: str, mode: str) -> Interrupted:
    """Run Python `script` in `mode`, which prints "ready" as its entry
    starts, then "errors: ..." when the entry ends: Ctrl-C half a second
    after "ready" must have interrupted the entry, and soon (the bound
    tells "stopped" from "spins on", however loaded the machine; typically
    it is well under 100 ms). What it printed after is in `.rest`."""
    said = interrupt_script(script, 0.5, mode_env(mode))
    assert said.answer == "errors: ['interrupted']", said.err
    assert said.seconds < 15
    return said

"""Ctrl-C (SIGINT) stops a runaway entry run through Session.eval, within
a moment, and the session goes on with its stack as it was."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from watchdog import kill_after

SCRIPT = """
import sys
from seqjit.live.session import Session
s = Session()
assert s.eval(": spin ( Int -- Int ) 1 i.+ spin ; 7").ok
print("ready", flush=True)
result = s.eval("0 spin")
print("errors:", [e.message for e in result.errors], flush=True)
result = s.eval("1 i.+")
print("stack:", " ".join(v.text for v in s.world.stack()), flush=True)
"""


def test_sigint_interrupts_a_running_entry() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    with kill_after(proc):
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.3)
        sent = time.perf_counter()
        proc.send_signal(signal.SIGINT)
        line = proc.stdout.readline().strip()
        stopped_after = time.perf_counter() - sent
    out, err = proc.communicate(timeout=120)
    assert line == "errors: ['interrupted']", err
    assert out.strip() == "stack: 8"
    # Typically well under 100 ms; the bound only tells "stopped" from "spins
    # on", however loaded the machine.
    assert stopped_after < 15

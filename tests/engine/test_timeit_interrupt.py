"""Ctrl-C (SIGINT) stops `:timeit` (Session.timeit) in the middle of its
runs; the stack is as it was and the session goes on."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from watchdog import kill_after

SCRIPT = """
from seqjit.live.session import Session
s = Session()
assert s.eval(": spin ( Int -- Int ) dup 0 i.> if 1 i.- spin then ; 7").ok
print("ready", flush=True)
timings = s.timeit("drop 100000000000 spin")
print("error:", timings.error.message if timings.error else None, flush=True)
print("stack:", " ".join(v.text for v in s.world.stack()), flush=True)
"""


def test_sigint_interrupts_timeit() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    with kill_after(proc):
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        # Both lines come at once: read them from the same buffered pipe.
        said = [proc.stdout.readline().strip(), proc.stdout.readline().strip()]
    _, err = proc.communicate(timeout=120)
    assert said == ["error: interrupted", "stack: 7"], err

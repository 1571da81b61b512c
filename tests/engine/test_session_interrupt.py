"""Ctrl-C (SIGINT) stops a runaway entry run through Session.eval, within
a moment, and the session goes on with its stack as it was."""

from __future__ import annotations

from watchdog import interrupt_script

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
    said = interrupt_script(SCRIPT, 0.3)
    assert said.answer == "errors: ['interrupted']", said.err
    assert said.rest.strip() == "stack: 8"
    # Typically well under 100 ms; the bound only tells "stopped" from "spins
    # on", however loaded the machine.
    assert said.seconds < 15

"""The kernel's interrupt (the Jupyter interrupt button) at many points of
a cell: while its long definition is checked and compiled, or while its
code spins. Each stops the cell, and the world is as it was. (With
tests/hostile/test_interrupts.py, which does the same for the REPL; here
for the kernel fixtures.)"""

from __future__ import annotations

import time

import pytest

LONG = ": long ( Int -- Int ) " + " ".join(["1 i.add"] * 300) + " ;"
POINTS = [0.0, 0.002, 0.005, 0.01, 0.02, 0.035, 0.05]


@pytest.mark.slow
def test_an_interrupt_anywhere_in_a_cell(fresh_kernel) -> None:
    k = fresh_kernel
    assert k.execute(": spin ( -- ) spin ;\n7 8").status == "ok"
    for delay in POINTS:
        msg_id = k.kc.execute(f"{LONG}\n9 spin")
        # The interrupt counts from when the kernel runs the request (it
        # ignores SIGINT between requests, as ipykernel does).
        deadline = time.monotonic() + 60
        while True:
            msg = k.kc.get_iopub_msg(timeout=max(0.01, deadline - time.monotonic()))
            if (msg["parent_header"].get("msg_id") == msg_id
                    and msg["msg_type"] == "execute_input"):
                break
        time.sleep(delay)
        k.km.interrupt_kernel()
        reply = k.shell_reply(msg_id, timeout=60)
        k.collect(msg_id)
        assert reply["content"]["status"] == "error", delay
        assert "interrupted" in reply["content"]["evalue"], delay
    run = k.execute(":stack")
    assert run.status == "ok"
    assert k.execute("i.add").result["text/plain"].split()[-1] == "15"
    assert k.execute("1 long").status == "error"  # never defined

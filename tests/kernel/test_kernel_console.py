"""The strand console in a real kernel: `:top` is one display that keeps
updating in place while strands run after the cell finished; `:strands`
is an HTML table in JupyterLab's theme colours; a deadlocked cell shows
the graph of its strands with the cycle marked."""

from __future__ import annotations

import queue
import re
import shutil
import time

import pytest

TICK = (": tick ( Channel Int -- ) over over swap chan.send drop 1 i.+ 30 time.sleep-ms "
        "dup 40 i.< if tick else drop drop then ;")


def test_top_updates_one_display_while_strands_run(kernel):
    assert kernel.execute(TICK).status == "ok"
    assert kernel.execute("chan.make [ 0 tick ] strand.spawn drop drop").status == "ok"
    msg_id = kernel.kc.execute(":top")
    messages = kernel.collect(msg_id)
    (shown,) = [m["content"] for m in messages if m["msg_type"] == "display_data"]
    display_id = shown["transient"]["display_id"]
    # The cell is finished; the strand goes on and the display follows it.
    updates = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            msg = kernel.kc.get_iopub_msg(timeout=5)
        except queue.Empty:
            break
        if msg["msg_type"] != "update_display_data":
            continue
        assert msg["parent_header"]["msg_id"] == msg_id  # under the :top cell
        assert msg["content"]["transient"]["display_id"] == display_id
        updates.append(msg["content"]["data"])
        if "(final)" in msg["content"]["data"]["text/plain"]:
            break
    assert len(updates) >= 2
    sent = [int(m[1]) for u in updates
            if (m := re.search(r"messages: (\d+) sent", u["text/plain"]))]
    assert len(set(sent)) >= 2 and sent == sorted(sent)  # it counted on, in place
    assert "(final)" in updates[-1]["text/plain"]  # and stopped once no strand was left
    assert "var(--jp-content-font-color1" in updates[0]["text/html"]


def test_strands_is_a_themed_table(kernel):
    assert kernel.execute(": hold ( Channel -- ) dup chan.receive drop drop drop ;").status == "ok"
    assert kernel.execute("chan.make [ hold ] strand.spawn drop").status == "ok"
    run = kernel.execute(":strands")
    (data,) = [m["data"] for m in run.of("display_data")]
    assert '<table class="seq-table seq-strands"' in data["text/html"]
    for variable in ("--jp-content-font-color1", "--jp-layout-color2", "--jp-border-color2"):
        assert f"var({variable}" in data["text/html"]
    assert re.search(r"blocked on channel \d+", data["text/plain"])
    assert kernel.execute("chan.close").status == "ok"


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz (make graphviz) is missing")
def test_a_deadlocked_cell_shows_its_graph_with_the_cycle(fresh_kernel):
    cells = [
        ": ping ( Channel Channel -- ) over 1 swap chan.send drop dup chan.receive drop drop "
        "dup chan.receive drop drop drop drop ;",
        ": pong ( Channel Channel -- ) swap dup chan.receive drop drop over 2 swap chan.send "
        "drop dup chan.receive drop drop drop drop ;",
    ]
    for cell in cells:
        assert fresh_kernel.execute(cell).status == "ok"
    run = fresh_kernel.execute(
        "chan.make chan.make [ ping ] strand.spawn drop [ pong ] strand.spawn drop "
        "chan.make chan.receive")
    assert run.status == "error"
    assert "cycle: strand" in "\n".join(run.error["traceback"])
    (graph,) = [m["data"] for m in run.of("display_data")]
    svg = graph["image/svg+xml"]
    assert svg.startswith("<svg") and "#e5534b" in svg  # the cycle, in red
    assert "cycle: strand" in graph["text/plain"]

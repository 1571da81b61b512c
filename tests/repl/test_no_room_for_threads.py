"""The terminal REPL once no thread can start (strands hold the address
space, issue 16): the toolbar still checks what is typed, the prompt comes
back and entries run. Here a hook (a sitecustomize) leaves no room for a
thread's stack after the first entry."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

HOOK = textwrap.dedent("""
    import resource, threading
    from seqrepl import repl
    threading.stack_size(512 * 2**20)  # a thread needs more than will be left
    run = repl.Repl.run
    def run_then_fill(self, text):
        ok = run(self, text)
        if resource.getrlimit(resource.RLIMIT_AS)[0] == resource.RLIM_INFINITY:
            pages = int(open("/proc/self/statm").read().split()[0])
            room = pages * resource.getpagesize() + 256 * 2**20
            resource.setrlimit(resource.RLIMIT_AS, (room, room))
        return ok
    repl.Repl.run = run_then_fill
""")


def toolbar(lines: list[str]) -> str:
    return lines[-1]


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="Linux only")
def test_the_repl_goes_on_with_no_room_for_a_thread(spawn, tmp_path: Path) -> None:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(HOOK)
    # The terminal answers cursor-position requests: the toolbar shows.
    term = spawn(env={"PYTHONPATH": str(hook), "PROMPT_TOOLKIT_NO_CPR": "0"})
    term.screen.write_process_input = lambda data: term.child.send(data.encode())
    term.wait_for_prompt()
    term.type("7")
    term.wait_until(lambda ls: "( -- Int )" in toolbar(ls), "checked the first entry")
    term.enter()
    term.wait_for("stack: 7")
    term.wait_for_prompt()
    # No room for a thread from here on.
    term.type("1 2 i.+")
    lines = term.wait_until(lambda ls: "stack after: Int Int" in toolbar(ls), "checked it")
    assert "( -- Int )" in toolbar(lines)
    term.enter()
    term.wait_for("stack: 7 3")
    term.wait_for_prompt()
    term.enter("drop drop")
    screen = term.wait_for("stack: (empty)")
    assert "error" not in screen and "Traceback" not in screen, screen

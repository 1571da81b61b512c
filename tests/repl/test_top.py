"""`:top` in a real terminal: the strands full screen, a strand's count
going up on screen while it runs, `q` back to the prompt with the stack as
it was."""

from __future__ import annotations

import re

import pytest

TICK = ": tick ( Channel Int -- ) over over swap chan.send drop 1 i.+ 20 time.sleep-ms tick ;"


def sent_by(lines: list[str], strand: str) -> int | None:
    """The `sent` column of the strand's row in the :top table."""
    for line in lines:
        cells = line.split()  # id parent state for sent recv spawned-from
        if len(cells) > 5 and cells[0] == strand and cells[2] in ("sleeping", "ready", "running"):
            return int(cells[4])
    return None


@pytest.mark.slow
def test_top_shows_a_strand_counting_and_q_leaves_with_the_stack_intact(spawn) -> None:
    term = spawn()
    term.wait_for_prompt()
    term.enter(TICK)
    term.wait_for("Defined.")
    term.enter("42 chan.make [ 0 tick ] strand.spawn")
    screen = term.wait_for("stack: 42 <channel> ")
    strand = re.search(r"stack: 42 <channel> (\d+)", screen)[1]
    term.wait_for_prompt()
    term.enter(":top")
    term.wait_for("seq top")
    first = term.wait_until(lambda lines: sent_by(lines, strand) is not None,
                            "a row for the strand")
    counted = sent_by(first, strand)
    assert counted is not None
    term.wait_until(lambda lines: (sent_by(lines, strand) or 0) > counted,
                            "the strand's count going up on screen", timeout=30)
    term.type("q")
    term.wait_for_prompt(timeout=30)
    term.enter(":stack")
    screen = term.wait_for("<- top")
    assert re.search(r"0\s+42\s+Int", screen)
    assert re.search(rf"2\s+{strand}\s+Int\s+<- top", screen)
    term.close()

"""`:profile`, `:time` and `:timeit` on a real session: exact call counts,
figures that add up, the stack and the session's own code left alone."""

from __future__ import annotations

import re

import pytest

from seqjit.shell.commands import word_ir

FIB = ": fib ( Int -- Int ) dup 2 < if else dup 1 - fib swap 2 - fib + then ;"
# Mutual recursion: ping n calls ping ceil((n+1)/2) times and pong floor((n+1)/2) times.
PING_PONG = """
: ping ( Int -- Int ) dup 0 = if else 1 - pong then ;
: pong ( Int -- Int ) dup 0 = if else 1 - ping then ;
: both ( Int -- Int ) ping [ 1 i.+ ] call ;
"""


def calls(shell, code: str) -> dict[str, int]:
    """word (or "[ ] at PLACE") -> its calls, profiling `code`."""
    result, profile = shell.session.profile(code, "<profiled>")
    assert result.ok, result.errors
    return {r.name if r.is_word else f"{r.name} at {r.where}": r.calls for r in profile.rows}


def test_profile_counts_every_call_exactly(shell) -> None:
    shell.run_code(FIB)
    out = shell.run_command(":profile 20 fib")
    assert out.ok, out.text
    assert out.text.startswith("stack: 6765\n")
    row = next(line for line in out.text.splitlines() if line.rstrip().endswith(":1:3"))
    assert row.split()[0] == "21891" and " fib " in row
    assert "(top level)" in out.text


def test_words_calling_each_other_are_counted_and_quotations_too(shell) -> None:
    shell.run_code(PING_PONG, "defs")
    found = calls(shell, "9 both 4 ping [ 2 pong ] call")
    assert found["ping"] == 5 + 3 + 1 and found["pong"] == 5 + 2 + 2 and found["both"] == 1
    assert found["[ ] at defs:4:28"] == 1 and found["[ ] at <profiled>:1:15"] == 1
    assert [v.text for v in shell.session.world.stack()] == ["1", "0", "0"]


def test_total_time_holds_the_callees_and_self_time_does_not(shell) -> None:
    from seqjit.live.profile import TOP_LEVEL_LABEL

    shell.run_code(FIB)
    shell.run_code(": twice ( Int -- Int ) dup fib swap fib i.+ ;")
    result, profile = shell.session.profile("18 twice")
    assert result.ok
    rows = {r.name: r for r in profile.rows}
    assert rows["fib"].calls == 2 * 8361 and rows["twice"].calls == 1
    # twice's own code is a few instructions; its total is mostly fib's.
    assert rows["twice"].total_ns >= rows["fib"].total_ns > rows["twice"].self_ns
    top = rows[TOP_LEVEL_LABEL]
    assert top.total_ns >= sum(r.self_ns for r in profile.rows) * 0.99


def test_profiling_leaves_the_sessions_words_as_they_were(shell) -> None:
    shell.run_code(FIB)
    before = dict(shell.session.world.linked)
    assert shell.run_command(":profile 10 fib").ok
    assert shell.session.world.linked == before
    ir = word_ir(shell.session, "fib")
    assert "seq_rt_nanos" not in ir and "seq.profile" not in ir  # no probe in normal code
    shell.run_code("10 fib")  # the normal word still runs, and its callers
    assert [v.text for v in shell.session.world.stack()] == ["55", "55"]


def test_profile_refuses_definitions_and_reports_errors(shell) -> None:
    out = shell.run_command(":profile : x ( -- ) ;")
    assert not out.ok and "define words in an entry of their own" in out.text
    out = shell.run_command(":profile nosuchword")
    assert not out.ok and "unknown word" in out.text


def test_time_shows_compile_and_run_apart(shell) -> None:
    shell.run_code(FIB)
    out = shell.run_command(":time 22 fib")
    assert out.ok
    assert out.text.startswith("stack: 17711\n")
    assert re.search(r"time: \S+ \S+ wall = compile \S+ \S+ \(parse, check, LLVM\) \+ run \S+ \S+",
                     out.text), out.text


def seconds(figure: str) -> float:
    number, unit = figure.split()
    return float(number) * {"s": 1, "ms": 1e-3, "µs": 1e-6, "ns": 1e-9}[unit]


@pytest.mark.slow
def test_timeit_times_compiled_code_only_and_keeps_the_stack(shell) -> None:
    shell.run_code(FIB)
    shell.run_code('1 "two"')
    out = shell.run_command(":timeit drop 12 fib")  # consumes a value, leaves one
    assert out.ok, out.text
    match = re.fullmatch(
        r"best (\S+ \S+) per loop; (\S+ \S+) ± (\S+ \S+) per loop \(mean ± std\. dev\. of "
        r"(\d) runs, ([\d,]+) loops? each\); compiled once in (\S+ \S+)", out.text)
    assert match, out.text
    best, compiled = seconds(match[1]), seconds(match[6])
    assert int(match[4]) >= 3 and int(match[5].replace(",", "")) >= 10
    # 12 fib is a few hundred calls: far below compiling, even on a loaded machine.
    assert best * 20 < compiled
    stack = shell.session.world.stack()
    assert [v.text for v in stack] == ["1", '"two"']


def test_timeit_reports_errors_and_refuses_definitions(shell) -> None:
    out = shell.run_command(":timeit nosuchword")
    assert not out.ok and "unknown word" in out.text
    out = shell.run_command(":timeit : y ( -- ) ;")
    assert not out.ok and "define words" in out.text
    out = shell.run_command(':timeit "a" list.length')
    assert not out.ok

"""Reference counts with several workers (runtime/layout.py, runtime/sharing.py):
an object only one strand reaches keeps a plain count; what crosses to
another strand (a send on a shared channel, a spawn's copy and captures, a
weave's resume and yield values) is marked shared, deeply, and counted
atomically from then on. Counts are read from the objects' headers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from seqjit.runtime.segment import GS_WORKERS

SEQ = """
: fresh ( Int -- String ) int->string "s" string.concat ;
: nested ( -- Variant ) list.make 1 fresh list.push list.make 2 fresh list.push list.push ;
: shared-chan ( -- Channel ) chan.make dup [ drop ] strand.spawn drop drop ;
: keeper ( Variant -- Closure[ -- ] ) [ drop ] ;
: echo ( W Variant -- | Yield Variant ) yield drop drop ;
: maker ( W Variant -- | Yield Variant ) drop nested yield drop drop ;
: pairs ( -- M ) map.make 1 fresh 2 fresh map.set ;
"""

SENT_MAP = "shared-chan pairs over chan.send drop chan.receive drop"
# Each case: code leaving values on an empty stack; the script reports, for
# the last of them, whether it, its first field and the first field of its
# second field are shared (a String and a nested List's String).
CASES = {
    "one strand": "nested [ ] list.map",
    "sent on a shared channel": "shared-chan nested over chan.send drop chan.receive drop",
    "sent on a channel no other strand reaches":
        "chan.make nested over chan.send drop chan.receive drop",
    "queued when its channel is shared":
        "chan.make nested over chan.send drop dup [ drop ] strand.spawn drop chan.receive drop",
    "copied by a spawn": "nested [ drop ] strand.spawn drop",
    "captured by a spawn": "nested dup keeper strand.spawn drop",
    "resumed into a weave": "[ echo ] strand.weave nested swap over strand.resume drop drop drop",
    "yielded by a weave": "[ maker ] strand.weave list.make strand.resume drop swap drop",
    "a map's value, sent": f"{SENT_MAP} 1 fresh map.get drop",
    "a map's key, sent": f"{SENT_MAP} map.keys 0 list.get drop",
}

SCRIPT = textwrap.dedent("""
    import ctypes, json, sys
    from seqjit.live.session import Session
    from seqjit.runtime.layout import OBJECT, SHARED, VARIANT, VARIANT_OBJ

    def shared(v):
        return OBJECT.read(v, "refcount") >= SHARED

    def field(v, i):
        return ctypes.c_int64.from_address(v + VARIANT_OBJ.end + 8 * i).value

    def report(v):
        if OBJECT.read(v, "kind") != VARIANT:
            return [shared(v)]
        inner = field(v, 1) if VARIANT_OBJ.read(v, "count") > 1 else None
        return [shared(v), shared(field(v, 0))] + ([] if inner is None else
                                                 [shared(inner), shared(field(inner, 0))])

    s = Session()
    cases = json.loads(sys.argv[1])
    assert s.eval(cases.pop("")).ok
    found = {}
    for name, code in cases.items():
        r = s.eval(code)
        assert r.ok, [e.render() for e in r.errors]
        found[name] = report(s.world.values[-1])
        s.world.clear()
    print(json.dumps(found))
""")


def states(threads: str) -> dict[str, list[bool]]:
    done = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps({"": SEQ, **CASES})],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "SEQ_THREADS": threads})
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, list[bool]] = json.loads(done.stdout)
    return result


@pytest.mark.skipif(not GS_WORKERS, reason="several workers need %gs (x86-64 Linux)")
def test_what_crosses_to_another_strand_is_shared_deeply_and_nothing_else() -> None:
    found = states("2")
    plain = {"one strand", "sent on a channel no other strand reaches"}
    for name, marks in found.items():
        want = name not in plain
        assert marks == [want] * len(marks), (name, marks)
    assert len(found["sent on a shared channel"]) == 4  # the list, its String, the inner list's


def test_one_worker_never_marks_anything_shared() -> None:
    for name, marks in states("1").items():
        assert not any(marks), (name, marks)


REFCOUNTS = textwrap.dedent("""
    from llvmlite import ir
    from seqjit.runtime.layout import emit_refcount_helpers
    module = ir.Module()
    emit_refcount_helpers(module)
    text = str(module)
    print("atomicrmw" in text, "store i64" in text)
""")


@pytest.mark.skipif(not GS_WORKERS, reason="several workers need %gs (x86-64 Linux)")
def test_with_several_workers_an_unshared_count_is_a_plain_store() -> None:
    done = subprocess.run([sys.executable, "-c", REFCOUNTS], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "SEQ_THREADS": "2"})
    assert done.stdout.split() == ["True", "True"], done.stderr


SHARED_KINDS = textwrap.dedent("""
    import re
    from seqjit.runtime.layout import KINDS
    from seqjit.runtime.library import build_runtime_ir
    text = build_runtime_ir()
    body = text.split('@"seq_rt_share"(i64', 1)[1].split("\\n}", 1)[0]
    cases = re.search(r"switch i64 [^\\[]*\\[(.*?)\\]", body, re.S).group(1)
    handled = {int(n) for n in re.findall(r"i64 (-?\\d+), label", cases)}
    print(sorted(k.name for k in KINDS.values() if k.holds_values and k.code not in handled))
""")


@pytest.mark.skipif(not GS_WORKERS, reason="several workers need %gs (x86-64 Linux)")
def test_marking_reaches_into_every_kind_that_holds_values() -> None:
    done = subprocess.run([sys.executable, "-c", SHARED_KINDS], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "SEQ_THREADS": "2"})
    assert done.stdout.strip() == "[]", (done.stdout, done.stderr[-2000:])

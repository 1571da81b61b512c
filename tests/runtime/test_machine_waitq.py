"""The wait queue helpers of runtime/waitq.py, compiled on their own and run
on strands that are plain blocks of memory laid out as `STRAND`."""

from __future__ import annotations

import ctypes

import llvmlite.binding as llvm
import pytest
from llvmlite import ir

from seqjit.runtime.irkit import define_runtime
from seqjit.runtime.status import STRAND
from seqjit.runtime.waitq import WAITQ

HELPERS = ("enqueue", "push", "dequeue", "remove", "insert_by_wake")
TWO_PTRS = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


class Queue:
    """A wait queue and strands in ctypes memory, driven through the helpers."""

    def __init__(self, engine: llvm.ExecutionEngine) -> None:
        address = engine.get_function_address
        self.enqueue = TWO_PTRS(address("seq_waitq_enqueue"))
        self.push = TWO_PTRS(address("seq_waitq_push"))
        self.remove = TWO_PTRS(address("seq_waitq_remove"))
        self.insert_by_wake = TWO_PTRS(address("seq_waitq_insert_by_wake"))
        self._dequeue = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p)(
            address("seq_waitq_dequeue"))
        self.memory = ctypes.create_string_buffer(WAITQ.size)
        self.q = ctypes.addressof(self.memory)
        self.strands: dict[int, str] = {}
        self.keep: list[ctypes.Array] = []

    def strand(self, name: str, wake_at: int = 0) -> int:
        block = ctypes.create_string_buffer(STRAND.size)
        self.keep.append(block)
        s = ctypes.addressof(block)
        STRAND.write(s, "wake_at", wake_at)
        self.strands[s] = name
        return s

    def dequeue(self) -> str | None:
        s = self._dequeue(self.q)
        return self.strands[s] if s else None

    def drain(self) -> list[str]:
        names = []
        while (name := self.dequeue()) is not None:
            names.append(name)
        assert WAITQ.read(self.q, "last") == 0  # empty: both ends null
        return names

    def last(self) -> str | None:
        s = WAITQ.read(self.q, "last")
        return self.strands[s] if s else None


@pytest.fixture(scope="module")
def engine() -> llvm.ExecutionEngine:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    module = ir.Module("waitq_test")
    for name in HELPERS:
        fn = define_runtime(module, f"seq_waitq_{name}")
        fn.linkage = ""  # callable from here, not only inlined
        fn.attributes.discard("alwaysinline")
    parsed = llvm.parse_assembly(str(module))
    parsed.verify()
    target = llvm.Target.from_default_triple().create_target_machine()
    jit = llvm.create_mcjit_compiler(parsed, target)
    jit.finalize_object()
    return jit


def test_strands_leave_a_wait_queue_in_the_order_they_entered_it(engine) -> None:
    queue = Queue(engine)
    for name in "abc":
        queue.enqueue(queue.q, queue.strand(name))
    assert queue.last() == "c"
    assert queue.drain() == ["a", "b", "c"]
    assert queue.dequeue() is None


def test_a_pushed_strand_goes_first(engine) -> None:
    queue = Queue(engine)
    queue.push(queue.q, queue.strand("only"))
    assert queue.last() == "only"
    queue.enqueue(queue.q, queue.strand("back"))
    queue.push(queue.q, queue.strand("front"))
    assert queue.drain() == ["front", "only", "back"]


def test_removing_a_strand_keeps_the_others_in_order_and_the_last_right(engine) -> None:
    queue = Queue(engine)
    a, b, c = (queue.strand(name) for name in "abc")
    for s in (a, b, c):
        queue.enqueue(queue.q, s)
    queue.remove(queue.q, b)
    assert queue.last() == "c"
    queue.remove(queue.q, c)
    assert queue.last() == "a"
    queue.remove(queue.q, queue.strand("elsewhere"))  # not in it: nothing happens
    queue.enqueue(queue.q, queue.strand("d"))
    assert queue.drain() == ["a", "d"]
    queue.enqueue(queue.q, a)
    queue.remove(queue.q, a)
    assert queue.dequeue() is None and queue.last() is None


def test_sleepers_are_ordered_by_wake_time_and_ties_keep_their_order(engine) -> None:
    queue = Queue(engine)
    for name, when in (("late", 30), ("early", 10), ("tie1", 20), ("tie2", 20), ("last", 40)):
        queue.insert_by_wake(queue.q, queue.strand(name, when))
    assert queue.last() == "last"
    assert queue.drain() == ["early", "tie1", "tie2", "late", "last"]

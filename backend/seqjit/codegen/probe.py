"""The profiler's hook into code generation: with a `WordProbe` handed to
the ProgramCompiler, every word, quotation and entry function it compiles
counts its calls and times itself. Without one nothing is emitted, so
normal code pays nothing.

Each probed function owns a record, a global `[calls, self_ns, total_ns,
depth]`. At entry: calls += 1, depth += 1, and the clock (the runtime's
monotonic `seq_rt_nanos`, portable where a cycle counter is not readable
by user code) and the shared `inner` total are kept in registers. At each
exit, `elapsed` is the clock's advance; the functions that ran meanwhile
(however deep) added their own self times to `inner`, so

    self = elapsed - (inner_now - inner_at_entry);  inner = inner_at_entry + elapsed

needs no shadow stack (strands switching in the middle of a word cannot
corrupt one). `total` counts only the outermost activation of a word
(depth back to 0), so recursion is not counted twice. A tail call leaves
its function before the call: the callee's time is its own, and its
caller's caller (whose `elapsed` holds it) still sees it in its total.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from llvmlite import ir

from ..diagnostics import Span
from ..runtime.layout import I64, const

if TYPE_CHECKING:
    from .words import FunctionCompiler

RECORD = ir.ArrayType(I64, 4)
CALLS, SELF_NS, TOTAL_NS, DEPTH = range(4)

# What a probed function is: a word (its name), a quotation (where it is
# written), or a REPL entry's top-level code.
TOP_LEVEL = ""


@dataclass(frozen=True)
class QuotationKey:
    span: Span


Key = str | QuotationKey


@dataclass
class WordProbe:
    """Hands each probed function a record named `{prefix}.r{index}`.
    Not `timed`: calls are counted and nothing else (`SEQ_REPORT=words`,
    whose counts cost one add a call, as the reference's `--instrument`)."""

    prefix: str
    timed: bool = True
    keys: list[Key] = field(default_factory=list)

    def record_symbol(self, index: int) -> str:
        return f"{self.prefix}.r{index}"

    def enter(self, compiler: FunctionCompiler) -> Activation | None:
        """Emit the entry half for `compiler`'s function (a FunctionCompiler,
        its builder at the function's start); None for a function that is
        not a body of its own (a native word's general wrapper), or when
        there is no exit half (not timed)."""
        unit = compiler.unit
        if compiler.native is None and compiler.word in unit.native_words:
            return None
        key: Key = compiler.word
        if compiler.word == "<quotation>":
            key = QuotationKey(unit.quotation_spans[compiler.fn.name])
        record = ir.GlobalVariable(unit.module, RECORD, name=self.record_symbol(len(self.keys)))
        record.initializer = ir.Constant(RECORD, None)
        self.keys.append(key)
        inner = self._inner(unit.module)
        b = compiler.b
        _add(b, record, CALLS, const(1))
        if not self.timed:
            return None
        depth = _add(b, record, DEPTH, const(1))
        outermost = b.icmp_signed("==", depth, const(1))
        inner_at_entry = b.load(inner, typ=I64)
        started = compiler.call_runtime("seq_rt_nanos")
        return Activation(compiler, record, inner, inner_at_entry, started, outermost)

    def _inner(self, module: ir.Module) -> ir.GlobalVariable:
        name = f"{self.prefix}.inner"
        found = module.globals.get(name)
        if found is None:
            found = ir.GlobalVariable(module, I64, name=name)
            found.initializer = const(0)
        return found


@dataclass
class Activation:
    """The registers one probed function keeps from its entry to its exits."""

    compiler: FunctionCompiler
    record: ir.GlobalVariable
    inner: ir.GlobalVariable
    inner_at_entry: ir.Value
    started: ir.Value
    outermost: ir.Value

    def leave(self) -> None:
        """Emit the exit half, where the function returns or tail-calls."""
        compiler = self.compiler
        b = compiler.b
        elapsed = b.sub(compiler.call_runtime("seq_rt_nanos"), self.started)
        others = b.sub(b.load(self.inner, typ=I64), self.inner_at_entry)
        _add(b, self.record, SELF_NS, b.sub(elapsed, others))
        b.store(b.add(self.inner_at_entry, elapsed), self.inner)
        _add(b, self.record, DEPTH, const(-1))
        _add(b, self.record, TOTAL_NS, b.select(self.outermost, elapsed, const(0)))


def _add(b: ir.IRBuilder, record: ir.GlobalVariable, index: int, amount: ir.Value) -> ir.Value:
    """record[index] += amount; the new value."""
    slot = b.gep(record, [const(0), const(index)])
    value = b.add(b.load(slot, typ=I64), amount)
    b.store(value, slot)
    return value

"""Compile one word (or quotation) body to an LLVM function.

Two shapes of function:
- general: `ptr @"seq.w.NAME"(ptr sp)` works on the data stack; every word
  has one, and quotations compile to this shape too;
- native: `@"seq.n.NAME"(args...)` for words whose effect holds only Int,
  Float and Bool: arguments and results in registers, no data stack at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from llvmlite import ir

from ..diagnostics import SeqError, Span
from ..runtime.layout import (
    CLOSURE,
    F64,
    FLOAT,
    I64,
    PTR,
    STRING,
    SYMBOL,
    VARIANT,
    VARIANT_OBJ,
    VOID,
    WORD_FN,
    call_ptr,
    const,
    tag_int,
)
from ..runtime.worker import running
from ..syntax import ast
from ..types.facts import Typing
from ..types.terms import BOOL as T_BOOL
from ..types.terms import FLOAT as T_FLOAT
from ..types.terms import Closure, Type
from . import tags
from .debuginfo import Site
from .selfinline import self_inline_levels
from .vstack import ANY, BOOL, F64RAW, INT, Slot, State, VStack


def general_name(word: str) -> str:
    return f"seq.w.{word}"


def native_name(word: str) -> str:
    return f"seq.n.{word}"


def kind_of(t: Type) -> str:
    return F64RAW if t == T_FLOAT else BOOL if t == T_BOOL else INT


def native_type(t: Type) -> ir.Type:
    return F64 if t == T_FLOAT else I64


def native_signature(inputs: list[Type], outputs: list[Type]) -> ir.FunctionType:
    if not outputs:
        ret: ir.Type = VOID
    elif len(outputs) == 1:
        ret = native_type(outputs[0])
    else:
        ret = ir.LiteralStructType([native_type(t) for t in outputs])
    return ir.FunctionType(ret, [native_type(t) for t in inputs])


@dataclass
class NativeWord:
    inputs: list[Type]
    outputs: list[Type]


class Unsupported(Exception):
    """A construct the code generator does not compile yet."""

    def __init__(self, what: str, node: object) -> None:
        super().__init__(what)
        self.what = what
        self.node = node


class FunctionCompiler:
    """Emits one function; `unit` (the ProgramCompiler) resolves names and
    `typing` holds the checker's facts about the body being compiled."""

    def __init__(
        self, unit, fn: ir.Function, word: str, typing: Typing, native: NativeWord | None
    ) -> None:
        self.unit = unit
        self.fn = fn
        self.word = word  # the word this function belongs to (for self tail calls)
        self.typing = typing
        self.native = native
        self.tail = False  # whether the op being emitted ends the function
        self.current_call: ast.WordCall | None = None  # the call it is compiling
        # While a copy (dup, over, pick) is emitted whose copy the next
        # statement only borrows, and while that statement is emitted (see lends).
        self.lend = False
        self.borrowed = False
        self.b = ir.IRBuilder(fn.append_basic_block("entry"))
        if native is None:
            state = State(fn.args[0], [], [])
        else:
            state = State(None, [Slot(a, kind_of(t)) for a, t in zip(fn.args, native.inputs,
                                                                       strict=True)], [])
        self.vs = VStack(self.b, state, unit.helper("seq_rt_box_float"))
        self.shown, span = self.shown_as()
        self.scope = None  # a REPL entry's code gets its own at its first statement
        if span is not None:  # the prologue's poll counts as the word's own
            self.scope = unit.debug.subprogram(fn, self.shown)
            self.b.debug_metadata = unit.debug.location(self.scope, Site(self.shown, span))
        # Levels of the word's own non-tail calls still to compile as copies
        # of its body (codegen/selfinline.py); none when profiling, whose
        # counts are of real calls.
        self.inline_levels = 0
        if native is not None and unit.probe is None:
            self.inline_levels = self_inline_levels(word, unit.words[word].definition.body, typing)
        # Each quotation literal without captures pushed here, by the id of
        # its static closure value: builtins that take one (list.map ...)
        # compile its body into their loop instead of calling it.
        self.literals: dict[int, tuple[ir.Value, ast.Quotation]] = {}
        if word in unit.looping:
            self.poll()
        # Only when profiling (codegen/probe.py): each exit calls self.leave().
        self.activation = unit.probe.enter(self) if unit.probe is not None else None

    def shown_as(self) -> tuple[str, Span | None]:
        """How a backtrace names this function, and the span it starts at."""
        if self.word == "<quotation>":
            # (a quotation body of its own, as :timeit compiles, is the top level's)
            owner = self.unit.quotation_owners.get(self.fn.name, "top level")
            return f"[quotation in {owner}]", self.unit.quotation_spans.get(self.fn.name)
        if not self.word:
            return "top level", None
        return self.word, self.unit.words[self.word].definition.name_span

    def site(self, stmt: ast.Statement) -> Site:
        """The call site `stmt` is, for backtraces."""
        callee, hidden = None, False
        if isinstance(stmt, ast.WordCall):
            name = self.typing.resolved(stmt)
            callee = name if name in self.unit.words else None
            hidden = id(stmt) in self.unit.wrapper_calls
        return Site(self.shown, stmt.span, callee, hidden)

    def poll(self) -> None:
        """Compare the native stack pointer with the strand's guard. Loops
        are (mutually) recursive words and quotations run by combinators;
        they start with this one compare, which catches a stack about to
        overflow, an interrupt (Ctrl-C) and a preemption request (the host
        sets the guard to all-ones for those); straight-line words need not."""
        b = self.b
        here = b.ptrtoint(b.call(self.unit.intrinsic("llvm.stacksave.p0", PTR, []), []), I64)
        # Atomic, so the optimiser cannot hoist it out of a loop; one
        # %gs:-relative load (runtime/worker.py).
        worker = running(b)
        limit = b.load_atomic(worker.addr("guard"), "monotonic", 8, typ=I64)
        with b.if_then(b.icmp_unsigned("<", here, limit), likely=False):
            self.runtime("seq_rt_attention", VOID, [])
        if self.native is None:
            # The data stack has a fixed reservation: stop cleanly before its end.
            sp = b.ptrtoint(self.fn.args[0], I64)
            end = b.load_atomic(worker.addr("ds_limit"), "monotonic", 8, typ=I64)
            with b.if_then(b.icmp_unsigned(">", sp, end), likely=False):
                self.runtime("seq_rt_data_overflow", VOID, [])

    # --- helpers used by the op emitters -----------------------------------------------

    def incref(self, slot: Slot) -> None:
        if slot.counted:
            self.b.call(self.unit.helper("seq_incref"), [slot.value])

    def decref(self, slot: Slot) -> None:
        if slot.counted:
            self.b.call(self.unit.helper("seq_decref"), [slot.value])

    def runtime(self, name: str, ret: ir.Type, args: list[ir.Value]) -> ir.Value:
        """Call runtime function `name`; `ret` and the arguments' types must
        be its declared signature (runtime/interface.py), or InterfaceError."""
        fn = self.unit.runtime_fn(name, ir.FunctionType(ret, [a.type for a in args]))
        return self.b.call(fn, args)

    def call_runtime(self, name: str, *args: ir.Value) -> ir.Value:
        """Call runtime function `name` with its declared signature."""
        return self.b.call(self.unit.runtime_fn(name), list(args))

    def tagged(self, slot: Slot) -> ir.Value:
        return self.vs.tagged(slot)

    def double(self, slot: Slot) -> ir.Value:
        return self.vs.as_double(slot, self.unit.helper("seq_unbox_float"))

    def push_int(self, untagged: ir.Value) -> None:
        b = self.b
        self.vs.push(Slot(b.or_(b.shl(untagged, const(1)), const(1)), INT))

    def push_bool(self, bit: ir.Value) -> None:
        self.vs.push(Slot(self.b.select(bit, const(2), const(0)), BOOL))

    def expect(self, slot: Slot, need: str | int, message: str) -> Slot:
        """`slot`, checked at run time to meet `need` (codegen/tags.py) unless
        the virtual stack proves it; the runtime error `message` otherwise."""
        if tags.proves(slot, need):
            return slot
        if slot.kind == F64RAW:  # a double where the checker wanted no Float: boxed, it fails
            slot = Slot(self.tagged(slot), ANY, FLOAT)
        with self.b.if_then(tags.mismatch(self.b, slot.value, need), likely=False):
            self.panic(message)
        return tags.proven(slot, need)

    def expect_at(self, depth: int, need: str | int, message: str) -> Slot:
        """`expect` for the value `depth` below the top, which stays there."""
        self.vs.ensure(depth + 1)
        items = self.vs.state.items
        slot = items[-1 - depth] = self.expect(items[-1 - depth], need, message)
        return slot

    def untag(self, slot: Slot) -> ir.Value:
        return self.b.ashr(slot.value, const(1))

    def panic(self, message: str) -> None:
        """A runtime error: report `message` and stop (the block ends here)."""
        text = self.b.inttoptr(self.b.ptrtoint(self.unit.cstring(message), I64), PTR)
        self.runtime("seq_rt_panic", VOID, [text])
        self.b.unreachable()

    # --- bodies ---------------------------------------------------------------------

    def compile_body(self, body: list[ast.Statement]) -> None:
        """Compile a whole body and return from the function. A REPL
        entry's code, run once, makes no tail call: its frame stays for a
        backtrace to show."""
        self.statements(body, tail=bool(self.word))
        if self.b.block.is_terminated:
            return
        self.emit_return()

    def leave(self) -> None:
        """The function is about to return or tail-call: the probe's exit half."""
        if self.activation is not None:
            self.activation.leave()

    def emit_return(self) -> None:
        self.leave()
        b = self.b
        if self.native is None:
            b.ret(self.vs.flush())
            return
        outs = self.native.outputs
        self.vs.ensure(len(outs))
        values = [self.native_value(s, t) for s, t in zip(self.vs.state.items, outs, strict=True)]
        if not outs:
            b.ret_void()
        elif len(outs) == 1:
            b.ret(values[0])
        else:
            agg = ir.Constant(self.fn.function_type.return_type, ir.Undefined)
            for i, v in enumerate(values):
                agg = b.insert_value(agg, v, i)
            b.ret(agg)

    def native_value(self, slot: Slot, t: Type) -> ir.Value:
        return self.double(slot) if t == T_FLOAT else slot.value

    def statements(self, body: list[ast.Statement], tail: bool) -> None:
        last = len(body) - 1
        lent = False
        for i, stmt in enumerate(body):
            if self.b.block.is_terminated:
                break
            self.borrowed, self.lend = lent, self.lends(body, i)
            lent = self.lend
            self.statement(stmt, tail and i == last)
        self.borrowed = self.lend = False

    def lends(self, body: list[ast.Statement], i: int) -> bool:
        """Whether statement `i` copies a value (dup, over, literal pick)
        that the next one, a builtin able to borrow its top input, only
        reads: then the copy costs no count update at all, neither the
        copy's increment nor the builtin's decrement (`over chan.send`).
        Safe because the value itself stays on the stack, below the
        builtin's inputs, and nothing runs between the two but their tag
        checks: it outlives the call, a strand switch or kill inside it
        included (the strand's own stack holds it)."""
        if i + 1 >= len(body):
            return False
        copy, user = body[i], body[i + 1]
        if not isinstance(copy, ast.WordCall) or not isinstance(user, ast.WordCall):
            return False
        depth = self.unit.copies.get(self.typing.resolved(copy))
        takes = self.unit.borrows.get(self.typing.resolved(user))
        if depth is None or takes is None:
            return False
        if depth < 0:  # pick: as deep as the Int literal before it says
            index = body[i - 1] if i > 0 else None
            if not isinstance(index, ast.IntLit):
                return False
            depth = index.value
        # The value copied ends up `depth + 1` deep, out of the builtin's reach.
        return depth + 1 >= takes

    def statement(self, stmt: ast.Statement, tail: bool) -> None:
        outer = self.b.debug_metadata
        if self.scope is None:
            self.scope = self.unit.debug.subprogram(self.fn, self.shown)
        self.b.debug_metadata = self.unit.debug.location(self.scope, self.site(stmt))
        try:
            self.emit(stmt, tail)
        finally:
            self.b.debug_metadata = outer

    def emit(self, stmt: ast.Statement, tail: bool) -> None:
        vs = self.vs
        match stmt:
            case ast.IntLit(value=v):
                vs.push(Slot(tag_int(v), INT))
            case ast.BoolLit(value=v):
                vs.push(Slot(const(2 if v else 0), BOOL))
            case ast.FloatLit(value=v):
                vs.push(Slot(ir.Constant(F64, v), F64RAW))
            case ast.StringLit(value=v):
                vs.push(Slot(self.unit.static_string(v), ANY, STRING))
            case ast.SymbolLit(name=n):
                vs.push(Slot(self.unit.static_symbol(n), ANY, SYMBOL))
            case ast.WordCall():
                self.word_call(stmt, tail)
            case ast.If():
                self.if_(stmt, tail)
            case ast.Quotation():
                self.quotation(stmt)
            case ast.Match():
                self.match(stmt, tail)
            case _:
                raise Unsupported(type(stmt).__name__.lower(), stmt)

    def word_call(self, call: ast.WordCall, tail: bool) -> None:
        name = self.typing.resolved(call)
        op = self.unit.ops.get(name)
        if op is not None:
            self.tail = tail
            self.current_call = call
            inputs, outputs = self.unit.builtin_checks(name)
            for depth, type_name, need in inputs:
                self.expect_at(depth, need, f"{name}: expected {type_name}")
            op(self)
            self.made(outputs)
            return
        if name not in self.unit.words:
            raise Unsupported(f"builtin '{name}'", call)
        native = self.unit.native_words.get(name)
        if native is not None:
            self.call_native(name, native, tail)
            return
        if self.native is not None:
            raise Unsupported(f"call to '{name}' from a native word", call)
        callee = self.unit.general_fn(name)
        sp = self.vs.flush()
        if tail:
            self.leave()
            self.b.ret(self.b.call(callee, [sp], tail="musttail"))
        else:
            self.vs.state.sp = self.b.call(callee, [sp])

    def made(self, outputs: tuple[tuple[int, str | int], ...]) -> None:
        """Record what a builtin's effect says its outputs are (the emitter
        made them), as far as they are still in registers: any values it
        left in memory lie below those it pushed."""
        items = self.vs.state.items
        for depth, need in outputs:
            if depth < len(items) and items[-1 - depth].kind == ANY:
                items[-1 - depth] = tags.proven(items[-1 - depth], need)

    def call_native(self, name: str, native: NativeWord, tail: bool) -> None:
        vs, b = self.vs, self.b
        n = len(native.inputs)
        vs.ensure(n)
        # The native body keeps its arguments as raw Ints, Bools and doubles:
        # check those the checker could not prove.
        for i, t in enumerate(native.inputs):
            need = tags.requirement(t)
            assert need is not None
            self.expect_at(n - 1 - i, need[1], f"{name}: expected {need[0]}")
        slots = vs.state.items[len(vs.state.items) - n :]
        del vs.state.items[len(vs.state.items) - n :]
        args = [self.native_value(s, t) for s, t in zip(slots, native.inputs, strict=True)]
        fn = self.unit.native_fn(name)
        same_shape = self.native is not None and fn.function_type == self.fn.function_type
        if tail and same_shape and not vs.state.items:
            self.leave()
            result = b.call(fn, args, tail="musttail")
            b.ret_void() if not native.outputs else b.ret(result)
            return
        if name == self.word and self.inline_levels > 0:
            self.inline_self(args, native)
            return
        result = b.call(fn, args)
        outs = native.outputs
        if len(outs) == 1:
            vs.push(Slot(result, kind_of(outs[0])))
        elif outs:
            for i, t in enumerate(outs):
                vs.push(Slot(b.extract_value(result, i), kind_of(t)))

    def inline_self(self, args: list[ir.Value], native: NativeWord) -> None:
        """Compile a call of this native word to itself as a copy of its body
        over `args`, one level less deep (codegen/selfinline.py)."""
        self.vs.state.items.extend(Slot(a, kind_of(t)) for a, t in zip(args, native.inputs,
                                                                         strict=True))
        self.inline_levels -= 1
        self.statements(self.unit.words[self.word].definition.body, tail=False)
        self.inline_levels += 1

    def invoke(self, target: Slot, tail: bool = False, who: str = "call") -> None:
        """Call a quotation or closure value (owning one reference to it):
        push its captured values, then run its code on the data stack.
        `who` names the builtin for the runtime error on a non-quotation."""
        if self.native is not None:
            raise Unsupported("calling a quotation in a native word", None)
        target = self.expect(target, CLOSURE, f"{who}: expected {tags.QUOTATION}")
        sp = self.vs.flush()
        b = self.b
        code = b.call(self.unit.helper("seq_closure_enter"), [target.value, sp])
        sp = b.extract_value(code, 0)
        code_ptr = b.extract_value(code, 1)
        if tail:
            self.leave()
            b.ret(call_ptr(b, code_ptr, WORD_FN, [sp], tail="musttail"))
        else:
            self.vs.state.sp = call_ptr(b, code_ptr, WORD_FN, [sp])

    def quotation(self, quot: ast.Quotation) -> None:
        owner = self.unit.quotation_owners.get(self.fn.name, self.shown)
        fn = self.unit.quotation_fn(quot, self.typing, owner)
        qtype = self.typing.quotation_type(quot)
        captures = len(qtype.captures) if isinstance(qtype, Closure) else 0
        if captures == 0:
            closure = self.unit.static_closure(fn)
            self.literals[id(closure)] = (closure, quot)
            self.vs.push(Slot(closure, ANY, CLOSURE))
            return
        if self.native is not None:
            raise Unsupported("closure in a native word", quot)
        self.vs.ensure(captures)
        items = self.vs.state.items
        captured = items[len(items) - captures :]
        del items[len(items) - captures :]
        obj = self.b.call(
            self.unit.helper("seq_closure_new"), [fn, const(captures)]
        )
        for i, slot in enumerate(captured):
            self.b.call(self.unit.helper("seq_closure_set"), [obj, const(i), self.tagged(slot)])
        self.vs.push(Slot(obj, ANY, CLOSURE))

    def literal(self, slot: Slot) -> ast.Quotation | None:
        """The quotation literal (without captures) `slot` holds, if this
        function pushed it: its body and type are known here."""
        found = self.literals.get(id(slot.value))
        return found[1] if found is not None and found[0] is slot.value else None

    def inline(self, quot: ast.Quotation) -> None:
        """Compile a quotation literal's body here, on the current stack."""
        self.statements(quot.body, tail=False)

    # --- control flow -----------------------------------------------------------------

    def if_(self, stmt: ast.If, tail: bool) -> None:
        b, vs = self.b, self.vs
        cond = vs.as_bool(self.expect(vs.pop(), BOOL, "if: expected Bool"))
        before = vs.state.copy()
        then_block = self.fn.append_basic_block("then")
        else_block = self.fn.append_basic_block("else")
        b.cbranch(cond, then_block, else_block)
        ends: list[tuple[ir.Block, State]] = []
        for block, body in ((then_block, stmt.then_body), (else_block, stmt.else_body or [])):
            b.position_at_end(block)
            vs.state = before.copy()
            self.statements(body, tail)
            if not b.block.is_terminated:
                ends.append((b.block, vs.state))
        if not ends:
            return
        self.join(ends)

    def match(self, stmt: ast.Match, tail: bool) -> None:
        """Dispatch on the variant's tag: pointer-equal static symbols first,
        equal bytes otherwise; the last arm needs no test (matches are
        exhaustive). Each arm starts with the fields it binds pushed."""
        b, vs = self.b, self.vs
        variant = self.expect(vs.pop(), VARIANT, "match: expected Variant")
        tag = VARIANT_OBJ(b, variant.value).tag
        before = vs.state.copy()
        ends: list[tuple[ir.Block, State]] = []
        infos = self.unit.program.variants
        for index, arm in enumerate(stmt.arms):
            info = infos[arm.variant]
            last = index == len(stmt.arms) - 1
            arm_block = self.fn.append_basic_block(f"arm.{arm.variant}")
            if last:
                b.branch(arm_block)
            else:
                want = self.unit.static_symbol(arm.variant)
                same = self.runtime("seq_rt_bytes_equal", ir.IntType(1), [tag, want])
                next_block = self.fn.append_basic_block("next")
                b.cbranch(same, arm_block, next_block)
            b.position_at_end(arm_block)
            vs.state = before.copy()
            names = [n for n, _ in info.fields]
            if names:  # a variant made elsewhere may carry fewer fields than the union's
                short = b.icmp_signed("<", VARIANT_OBJ(b, variant.value).count,
                                      const(len(names)))
                with b.if_then(short, likely=False):
                    self.panic(f"match: {arm.variant} expects {len(names)} fields")
            wanted = names if arm.bindings is None else arm.bindings
            for name in wanted:
                i = names.index(name)
                field = Slot(b.load(VARIANT_OBJ(b, variant.value).trailing(const(i)), typ=I64), ANY)
                self.incref(field)
                vs.push(field)
            self.decref(variant)
            self.statements(arm.body, tail)
            if not b.block.is_terminated:
                ends.append((b.block, vs.state))
            if not last:
                b.position_at_end(next_block)
        if ends:
            self.join(ends)

    def join(self, ends: list[tuple[ir.Block, State]]) -> None:
        """Continue after branches: values stay in registers (as phis) when
        every branch left the same shape, else they are written out."""
        b = self.b
        if len(ends) == 1:
            b.position_at_end(ends[0][0])
            self.vs.state = ends[0][1]
            return
        first = ends[0][1]
        same_shape = all(
            s.sp is first.sp and len(s.items) == len(first.items) and len(s.aux) == len(first.aux)
            for _, s in ends
        )
        finished: list[tuple[ir.Block, State]] = []
        for block, state in ends:
            b.position_at_end(block)
            self.vs.state = state
            if not same_shape:
                self.vs.flush()
            else:
                state.items = self.unify_kinds(state.items, [s.items for _, s in ends])
                state.aux = self.unify_kinds(state.aux, [s.aux for _, s in ends])
            finished.append((b.block, self.vs.state))
        merge = self.fn.append_basic_block("join")
        for block, _ in finished:
            b.position_at_end(block)
            b.branch(merge)
        b.position_at_end(merge)
        first = finished[0][1]
        sp = first.sp
        if sp is not None and any(s.sp is not sp for _, s in finished):
            sp = b.phi(PTR)
            for block, state in finished:
                sp.add_incoming(state.sp, block)

        def merged(pick: Callable[[State], list[Slot]]) -> list[Slot]:
            out: list[Slot] = []
            for i, slot in enumerate(pick(first)):
                incoming = [(blk, pick(st)[i]) for blk, st in finished]
                if all(s.value is slot.value for _, s in incoming):
                    out.append(slot)
                    continue
                phi = b.phi(slot.value.type)
                for blk, s in incoming:
                    phi.add_incoming(s.value, blk)
                kinds = {s.kind for _, s in incoming}
                out.append(Slot(phi, kinds.pop() if len(kinds) == 1 else ANY))
            return out

        self.vs.state = State(sp, merged(lambda s: s.items), merged(lambda s: s.aux))

    def unify_kinds(self, slots: list[Slot], all_slots: list[list[Slot]]) -> list[Slot]:
        """Box an unboxed Float where another branch has a tagged value there."""
        out = []
        for i, slot in enumerate(slots):
            others = {branch[i].kind for branch in all_slots}
            if slot.kind == F64RAW and others != {F64RAW}:
                slot = Slot(self.vs.tagged(slot), ANY)
            out.append(slot)
        return out


OpEmitter = Callable[[FunctionCompiler], None]


def located(error: Unsupported, word: str) -> SeqError:
    span = getattr(error.node, "span", None)
    return SeqError(
        "compile error", f"in word '{word}': {error.what} is not supported by seqjit yet", span
    )

"""Compile a checked program to one LLVM module.

Every word gets a general function over the data stack; words whose effect
holds only Int, Float and Bool, and whose bodies need nothing else, also get
a native-signature function that callers use directly (natives.py decides).
A REPL compiles each entry as a unit of its own: words of other units are
called through their slots (linking.py).

A body is compiled with the `Typing` the checker learnt about it (a word's
own, or a REPL entry's): it says what sugar calls resolve to and what each
quotation captures.
"""

from __future__ import annotations

from collections.abc import Mapping

from llvmlite import ir

from ..builtins.all import BORROWS, COPIES, OPS
from ..diagnostics import SeqError, Span
from ..ffi.model import Function
from ..runtime.interface import global_type
from ..runtime.irkit import (
    InterfaceError,
    call_ptr,
    check_signature,
    cstring,
    declare,
    declare_runtime,
    global_in,
    with_unwind_tables,
)
from ..runtime.layout import (
    CLOSURE,
    CLOSURE_OBJ,
    F64,
    FLOAT_OBJ,
    I64,
    IMMORTAL,
    PTR,
    STRING,
    SYMBOL,
    WORD_FN,
    const,
    emit_closure_enter,
    emit_refcount_helpers,
    static_string,
)
from ..runtime.library import import_parts
from ..syntax import ast
from ..types.builtins import builtin_effect
from ..types.callindex import CallIndex
from ..types.facts import Typing
from ..types.program import CheckedProgram, Word
from .debuginfo import DebugInfo, Site
from .foreign import emit_foreign
from .linking import Linked
from .natives import decide
from .probe import WordProbe
from .tags import InputChecks, OutputKinds, builtin_checks
from .words import (
    FunctionCompiler,
    NativeWord,
    Unsupported,
    general_name,
    located,
    native_name,
    native_signature,
)


class Looping:
    """Words that can loop: they poll the interrupt flag. "<quotation>"
    stands for every quotation, which a combinator may call repeatedly."""

    def __init__(self, calls: CallIndex) -> None:
        self.calls = calls

    def __contains__(self, word: str) -> bool:
        return word == "<quotation>" or self.calls.recursive(word)


class ProgramCompiler:
    """Compiles words of `program` into one module (a unit), their functions
    named with `suffix`. By default every word; a REPL compiles only what
    changed (`only`), calling the rest through the slots `linked` names,
    with the native decisions `natives` (by default decided here)."""

    def __init__(
        self,
        program: CheckedProgram,
        module_name: str = "seq_program",
        only: list[str] | None = None,
        suffix: str = "",
        linked: Mapping[str, Linked] | None = None,
        natives: Mapping[str, NativeWord] | None = None,
        probe: WordProbe | None = None,
    ) -> None:
        import_parts()  # the runtime's declarations, externs included
        self.program = program
        self.words: dict[str, Word] = program.words
        self.only = list(program.words) if only is None else only
        self.unit = set(self.only)
        self.suffix = suffix
        self.linked = linked or {}
        self.probe = probe  # the profiler's counters, when profiling (codegen/probe.py)
        self.ops = OPS
        self.copies, self.borrows = COPIES, BORROWS  # (FunctionCompiler.lends)
        self.module = ir.Module(module_name)
        self.debug = DebugInfo(self.module)  # call sites, for backtraces
        self.wrapper_calls: set[int] = set()  # a native word's general version calling it
        self.quotation_owners: dict[str, str] = {}  # quotation function -> the word it is in
        emit_refcount_helpers(self.module)
        self.native_words = natives if natives is not None else \
            decide(program, {}, program.words)[0]
        self.looping = Looping(program.calls)
        self.strings: dict[tuple[int, bytes], ir.Constant] = {}
        self.quotations: dict[int, ir.Function] = {}
        self.quotation_spans: dict[str, Span] = {}  # function name -> where it is written
        self.closures: dict[str, ir.Constant] = {}
        self.pending: list[tuple[ir.Function, str, list[ast.Statement], Typing]] = []
        self.errors: list[SeqError] = []
        self.emit_helpers()

    # --- the whole program -----------------------------------------------------------

    def compile(self) -> str:
        """The module's IR, with every word in `only` compiled."""
        self.compile_words()
        return self.finish()

    def compile_words(self) -> None:
        for name in self.only:
            word = self.words[name]
            body, typing = word.definition.body, word.typing
            native = self.native_words.get(name)
            foreign = word.definition.foreign
            if native is None:
                self.compile_function(self.general_fn(name), name, body, typing, None, foreign)
                continue
            self.compile_function(self.native_fn(name), name, body, typing, native, foreign)
            # The general version only moves values between memory and registers.
            call = ast.WordCall(name, word.definition.name_span)
            self.wrapper_calls.add(id(call))
            self.compile_function(self.general_fn(name), name, [call], typing, None)

    def compile_entry(self, symbol: str, code: list[ast.Statement], typing: Typing) -> None:
        """Add a REPL entry's checked code as the general function `symbol`."""
        fn = ir.Function(self.module, WORD_FN, name=symbol)
        self.compile_function(fn, "", code, typing, None)

    def finish(self) -> str:
        """The module's IR, once everything wanted is compiled."""
        while self.pending:
            fn, word, body, typing = self.pending.pop()
            self.compile_function(fn, word, body, typing, None)
        with_unwind_tables(self.module)
        return str(self.module)

    def compile_function(
        self,
        fn: ir.Function,
        word: str,
        body: list[ast.Statement],
        typing: Typing,
        native: NativeWord | None,
        foreign: Function | None = None,
    ) -> None:
        """Compile `body` into `fn`; for a word bound by FFI (`foreign`), the C call."""
        compiler = FunctionCompiler(self, fn, word, typing, native)
        try:
            if foreign is None:
                compiler.compile_body(body)
            else:
                emit_foreign(compiler, foreign)
                compiler.emit_return()
        except Unsupported as e:
            self.errors.append(located(e, word))
            # Leave a valid function behind so the module still verifies.
            for block in list(fn.blocks):
                fn.blocks.remove(block)
            b = ir.IRBuilder(fn.append_basic_block("unsupported"))
            b.unreachable()

    # --- functions, by name ----------------------------------------------------------------

    def general_fn(self, word: str) -> ir.Function:
        if word in self.unit:
            return declare(self.module, general_name(word) + self.suffix, WORD_FN)
        return self.through_slot(general_name(word), self.linked[word].general_slot, WORD_FN)

    def native_fn(self, word: str) -> ir.Function:
        native = self.native_words[word]
        fnty = native_signature(native.inputs, native.outputs)
        if word in self.unit:
            return declare(self.module, native_name(word) + self.suffix, fnty)
        slot = self.linked[word].native_slot
        assert slot is not None, f"{word} has no native function to call"
        return self.through_slot(native_name(word), slot, fnty)

    def through_slot(self, function: str, slot: str, fnty: ir.FunctionType) -> ir.Function:
        """A function of this module calling, through `slot`, the version
        of `function` (a word of another unit) the slot holds now; inlined
        into its callers (a load and an indirect call), so a tail call stays
        one (musttail)."""
        name = f"{function}.via"
        stub = self.module.globals.get(name)
        if stub is not None:
            return stub
        stub = ir.Function(self.module, fnty, name=name)
        stub.linkage = "internal"
        stub.attributes.add("alwaysinline")
        b = ir.IRBuilder(stub.append_basic_block("entry"))
        target = self.module.globals.get(slot) or ir.GlobalVariable(self.module, I64, name=slot)
        result = call_ptr(b, b.load(target, align=8), fnty, list(stub.args), tail="musttail")
        b.ret_void() if isinstance(fnty.return_type, ir.VoidType) else b.ret(result)
        return stub

    def define_slot(self, slot: str, function: str) -> None:
        """Define `slot` in this module, holding the address of `function`
        (compiled in it): other units call the word through it."""
        target = self.module.globals[function]
        g = ir.GlobalVariable(self.module, I64, name=slot)
        g.align = 8
        g.initializer = target.ptrtoint(I64)

    def quotation_fn(self, quot: ast.Quotation, typing: Typing, owner: str) -> ir.Function:
        """The function of `quot` (from a body `typing` describes, in the
        word `owner`), compiled later."""
        fn = self.quotations.get(id(quot))
        if fn is None:
            fn = ir.Function(self.module, WORD_FN, name=f"seq.q.{len(self.quotations)}")
            fn.linkage = "internal"
            self.quotation_owners[fn.name] = owner
            self.quotations[id(quot)] = fn
            self.quotation_spans[fn.name] = quot.span
            self.pending.append((fn, "<quotation>", quot.body, typing))
        return fn

    def runtime_fn(self, name: str, fnty: ir.FunctionType | None = None) -> ir.Function:
        """Runtime function `name`, declared in this module with its declared
        signature; a caller's expected `fnty` that disagrees is an InterfaceError."""
        if fnty is not None:
            check_signature(name, fnty)
        return declare_runtime(self.module, name)

    def builtin_checks(self, name: str) -> tuple[InputChecks, OutputKinds]:
        """The tag checks builtin `name`'s inputs need and what its outputs
        are known to be (codegen/tags.py)."""
        effect = builtin_effect(name)
        return ((), ()) if effect is None else builtin_checks(effect)

    def helper(self, name: str) -> ir.Function:
        """A helper inlined into this module (seq_incref, seq_closure_enter...)
        or else a runtime function."""
        fn = self.module.globals.get(name)
        return fn if fn is not None else self.runtime_fn(name)

    def global_i64(self, name: str) -> ir.GlobalVariable:
        """A runtime global of type i64 (runtime/interface.py), declared in this module."""
        if global_type(name) != I64:
            raise InterfaceError(f"{name} is {global_type(name)}, not i64")
        return global_in(self.module, name)

    def helper_fn(self, name: str, emit) -> ir.Function:
        """A module-internal helper function, emitted on first use."""
        fn = self.module.globals.get(name)
        return fn if fn is not None else emit(self.module)

    def intrinsic(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
        """An LLVM intrinsic (`llvm.*`), or else a libc or libm function of
        the runtime's interface (checked like runtime_fn)."""
        if not name.startswith("llvm."):
            return self.runtime_fn(name, ir.FunctionType(ret, args))
        return declare(self.module, name, ir.FunctionType(ret, args))

    # --- static objects ---------------------------------------------------------------------

    def static_string(self, data: bytes, kind: int = STRING) -> ir.Constant:
        key = (kind, data)
        found = self.strings.get(key)
        if found is None:
            name = f"seq.str.{len(self.strings)}"
            found = self.strings[key] = static_string(self.module, name, data, kind)
        return found

    def cstring(self, text: str) -> ir.Constant:
        """A NUL-terminated constant, for messages to the runtime."""
        return cstring(self.module, text).bitcast(PTR)

    def static_symbol(self, name: str) -> ir.Constant:
        return self.static_string(name.encode(), SYMBOL)

    def static_closure(self, fn: ir.Function) -> ir.Constant:
        found = self.closures.get(fn.name)
        if found is None:
            ty = ir.LiteralStructType([I64, I64, PTR, I64])
            g = ir.GlobalVariable(self.module, ty, name=f"{fn.name}.obj")
            g.global_constant = True
            g.linkage = "internal"
            g.align = 8
            g.initializer = ir.Constant(ty, [const(IMMORTAL), const(CLOSURE), fn, const(0)])
            found = self.closures[fn.name] = g.ptrtoint(I64)
        return found

    # --- helpers inlined into this module ----------------------------------------------------

    def emit_helpers(self) -> None:
        m = self.module
        decref = m.globals["seq_decref"]

        def inline(
            name: str, ret: ir.Type, args: list[ir.Type]
        ) -> tuple[ir.Function, ir.IRBuilder]:
            fn = ir.Function(m, ir.FunctionType(ret, args), name=name)
            fn.linkage = "internal"
            fn.attributes.add("alwaysinline")
            return fn, ir.IRBuilder(fn.append_basic_block("entry"))

        # seq_unbox_float(Float value) -> double, dropping the reference
        fn, b = inline("seq_unbox_float", F64, [I64])
        x = FLOAT_OBJ(b, fn.args[0]).value
        b.call(decref, [fn.args[0]])
        b.ret(x)

        # seq_closure_new(code, count) -> a closure with room for `count` values
        alloc = declare_runtime(m, "seq_rt_alloc")
        fn, b = inline("seq_closure_new", I64, [PTR, I64])
        code, count = fn.args
        size = b.add(const(CLOSURE_OBJ.size), b.mul(count, const(8)))
        closure = CLOSURE_OBJ(b, b.call(alloc, [const(CLOSURE), size]))
        closure.code = code
        closure.count = count
        b.ret(b.ptrtoint(closure.ptr, I64))

        fn, b = inline("seq_closure_set", ir.VoidType(), [I64, I64, I64])
        obj, index, value = fn.args
        b.store(value, CLOSURE_OBJ(b, obj).trailing(index))
        b.ret_void()

        emit_closure_enter(m)


def compile_program(
    program: CheckedProgram, probe: WordProbe | None = None
) -> tuple[str, list[SeqError], list[Site]]:
    """The whole program's IR, what could not be compiled, and its call
    sites (the lines of its debug locations, for backtraces)."""
    compiler = ProgramCompiler(program, probe=probe)
    text = compiler.compile()
    return text, compiler.errors, compiler.debug.sites

"""Compile a checked program to one LLVM module.

Every word gets a general function over the data stack; words whose effect
holds only Int, Float and Bool, and whose bodies need nothing else, also get
a native-signature function that callers use directly.

A body is compiled with the `Typing` the checker learnt about it (a word's
own, or a REPL entry's): it says what sugar calls resolve to and what each
quotation captures.
"""

from __future__ import annotations

from llvmlite import ir

from ..builtins.all import NATIVE_OPS, OPS
from ..diagnostics import SeqError, Span
from ..ffi.model import Function
from ..runtime.interface import global_type
from ..runtime.irkit import (
    InterfaceError,
    check_signature,
    cstring,
    declare,
    declare_runtime,
    global_in,
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
from ..types.callgraph import recursive_groups
from ..types.facts import Typing
from ..types.program import CheckedProgram, Word
from ..types.terms import BOOL, FLOAT, INT, Row, items
from .foreign import emit_foreign
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

NATIVE_TYPES = (INT, FLOAT, BOOL)


class ProgramCompiler:
    """Compiles words of `program` into one module. By default every word;
    a REPL compiles only what changed (`only`), calling the rest by the
    symbols they were compiled under (`symbols`: word -> suffix)."""

    def __init__(
        self,
        program: CheckedProgram,
        module_name: str = "seq_program",
        only: list[str] | None = None,
        symbols: dict[str, str] | None = None,
        probe: WordProbe | None = None,
    ) -> None:
        import_parts()  # the runtime's declarations, externs included
        self.program = program
        self.words: dict[str, Word] = program.words
        self.only = list(program.words) if only is None else only
        self.symbols = symbols or {}
        self.probe = probe  # the profiler's counters, when profiling (codegen/probe.py)
        self.ops = OPS
        self.module = ir.Module(module_name)
        emit_refcount_helpers(self.module)
        self.native_words = self.find_native_words()
        # Words that can loop: they poll the interrupt flag. "<quotation>"
        # stands for every quotation, which a combinator may call repeatedly.
        groups = recursive_groups({n: w.definition.body for n, w in self.words.items()})
        self.looping = {"<quotation>"}.union(*groups)
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

    def find_native_words(self) -> dict[str, NativeWord]:
        candidates: dict[str, NativeWord] = {}
        for name, word in self.words.items():
            ins, in_base = items(word.effect.inputs)
            outs, out_base = items(word.effect.outputs)
            if (
                word.effect.yields is None
                and isinstance(in_base, Row)
                and in_base == out_base
                and in_base.name == "rest"
                and all(t in NATIVE_TYPES for t in (*ins, *outs))
                # More results come back through memory, where LLVM cannot keep a
                # musttail call (it aborts the process); such words stay general.
                and len(outs) <= 3
            ):
                candidates[name] = NativeWord(ins, outs)
        changed = True
        while changed:  # drop words that use anything a native word cannot
            changed = False
            for name in list(candidates):
                word = self.words[name]
                if not self.native_body(word.definition.body, candidates, word.typing):
                    del candidates[name]
                    changed = True
        return candidates

    def native_body(
        self, body: list[ast.Statement], candidates: dict[str, NativeWord], typing: Typing
    ) -> bool:
        for i, stmt in enumerate(body):
            if isinstance(stmt, ast.IntLit | ast.FloatLit | ast.BoolLit):
                continue
            literal_before = i > 0 and isinstance(body[i - 1], ast.IntLit)
            if isinstance(stmt, ast.WordCall) and stmt.name in ("pick", "roll") and literal_before:
                continue  # a literal index moves values at compile time
            if isinstance(stmt, ast.If):
                if not self.native_body(stmt.then_body, candidates, typing):
                    return False
                if stmt.else_body and not self.native_body(stmt.else_body, candidates, typing):
                    return False
                continue
            if isinstance(stmt, ast.WordCall):
                # typing.resolved(stmt), without a call: this pass reads every word.
                name = typing.sugar.get(id(stmt), stmt.name)
                if name in NATIVE_OPS or name in candidates:
                    continue
            return False
        return True

    # --- functions, by name ----------------------------------------------------------------

    def general_fn(self, word: str) -> ir.Function:
        return declare(self.module, general_name(word) + self.symbols.get(word, ""), WORD_FN)

    def native_fn(self, word: str) -> ir.Function:
        native = self.native_words[word]
        return declare(
            self.module,
            native_name(word) + self.symbols.get(word, ""),
            native_signature(native.inputs, native.outputs),
        )

    def quotation_fn(self, quot: ast.Quotation, typing: Typing) -> ir.Function:
        """The function of `quot` (from a body `typing` describes), compiled later."""
        fn = self.quotations.get(id(quot))
        if fn is None:
            fn = ir.Function(self.module, WORD_FN, name=f"seq.q.{len(self.quotations)}")
            fn.linkage = "internal"
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
) -> tuple[str, list[SeqError]]:
    compiler = ProgramCompiler(program, probe=probe)
    text = compiler.compile()
    return text, compiler.errors

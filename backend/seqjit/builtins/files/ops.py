"""`file.*` and `dir.*` builtins: host ops (seqjit.runtime.files), and
`file.for-each-line`, a runtime function over the data stack (it runs a
quotation per line)."""

from __future__ import annotations

from llvmlite import ir

from ...codegen.words import FunctionCompiler, Unsupported
from ...runtime.layout import PTR
from ..registry import builtin


@builtin("file.for-each-line", "( ..a String [..a String -- ..a] -- ..a Bool )",
         "Run a quotation on every line of a file; false if it cannot be opened or read.")
def _for_each_line(c: FunctionCompiler) -> None:
    if c.native is not None:
        raise Unsupported("file.for-each-line in a native word", None)
    sp = c.vs.flush()
    fn = c.unit.runtime_fn("seq_rt_file_for_each_line", ir.FunctionType(PTR, [PTR]))
    c.vs.state.sp = c.b.call(fn, [sp])

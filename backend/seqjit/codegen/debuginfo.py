"""Call sites as LLVM debug locations, for backtraces.

Every statement a function compiles gets a DILocation whose line is the
number of a `Site` of this module (1, 2, ...): the word it is in, its span,
and the user word it calls. LLVM keeps these through optimisation and
inlining into the object's DWARF line table (and inlined-subroutine
records), which live/backtrace.py reads only when a runtime error needs a
return address explained. Debug locations do not change the machine code,
so this costs nothing at run time; the sites themselves stay in Python.
"""

from __future__ import annotations

from dataclasses import dataclass

from llvmlite import ir

from ..diagnostics import Span

I32 = ir.IntType(32)


@dataclass(frozen=True)
class Site:
    """A place in Seq code where a function calls something."""

    word: str  # the word (or "top level", "[quotation in w]") it is in
    span: Span
    callee: str | None = None  # the user word it calls (None: a builtin or a quotation)
    hidden: bool = False  # a native word's general wrapper calling it: not shown


class DebugInfo:
    """The debug metadata of one module and the sites its lines number."""

    def __init__(self, module: ir.Module) -> None:
        self.module = module
        self.sites: list[Site] = []
        flag = ir.IntType(32)(2)  # "warning" behaviour when modules are merged
        for name, value in (("Dwarf Version", 4), ("Debug Info Version", 3)):
            module.add_named_metadata("llvm.module.flags", [flag, name, I32(value)])
        self.file = module.add_debug_info("DIFile", {"filename": "seq", "directory": ""})
        self.unit = module.add_debug_info("DICompileUnit", {
            "language": ir.DIToken("DW_LANG_C"),
            "file": self.file,
            "producer": "seqjit",
            "isOptimized": True,
            "runtimeVersion": 0,
            "emissionKind": ir.DIToken("LineTablesOnly"),
        }, is_distinct=True)
        module.add_named_metadata("llvm.dbg.cu", self.unit)
        no_types = module.add_metadata([])
        self.signature = module.add_debug_info("DISubroutineType", {"types": no_types})

    def subprogram(self, fn: ir.Function, word: str) -> ir.DIValue:
        """Give `fn` (the code of `word`) its DISubprogram."""
        program = self.module.add_debug_info("DISubprogram", {
            "name": word,
            "file": self.file,
            "scope": self.file,
            "line": 0,
            "type": self.signature,
            "unit": self.unit,
            "spFlags": ir.DIToken("DISPFlagDefinition | DISPFlagOptimized"),
        }, is_distinct=True)
        fn.set_metadata("dbg", program)
        return program

    def location(self, scope: ir.DIValue, site: Site) -> ir.DIValue:
        """A new site in `scope`, as the location its instructions carry."""
        self.sites.append(site)
        return self.module.add_debug_info(
            "DILocation", {"line": len(self.sites), "column": 0, "scope": scope}
        )

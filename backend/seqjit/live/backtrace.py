"""Backtraces of runtime errors: native return addresses to Seq call sites.

Nothing here runs until something fails. The walk: `seq_rt_panic`
(runtime/core.py) calls glibc's `backtrace()`, which follows the unwind
tables every function is compiled with (`uwtable`: data beside the code,
no instruction on any path) into the `Recorder`'s buffer, innermost first.
It stops at a strand's base, `seq_strand_trampoline`, which has no unwind
entry, and goes through the signal frame of a memory fault.

The map: every module is compiled with a debug location per statement
whose line numbers a `Site` (codegen/debuginfo.py); its object file is
kept (`Engine.objects`, the same bytes a cached object gives) and only
parsed the first time one of its addresses needs explaining: the DWARF
line table gives the site of a return address, and the inlined-subroutine
records give the sites of the calls the optimiser inlined around it.
"""

from __future__ import annotations

import bisect
import ctypes
import io
import mmap
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..codegen.debuginfo import Site
from ..diagnostics import Frame
from ..runtime.bindings import global_word
from ..runtime.threads import WORKERS
from .engine import Engine, Optimise

CAPACITY = 1 << 20  # return addresses; more than the deepest native stack holds
QUOTATION = "[quotation in "


class Recorder:
    """The buffer a runtime error records its return addresses in: mapped,
    not touched, until a failure writes to it. Each worker has a part of
    its own (CAPACITY addresses); the host reads worker 0's, where the
    others' failures are carried (runtime/carried.py)."""

    def __init__(self, engine: Engine) -> None:
        # Private: a forked test keeps its own (an anonymous map is shared by default).
        self.memory = mmap.mmap(-1, CAPACITY * 8 * WORKERS,
                                flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        self.buffer = (ctypes.c_uint64 * CAPACITY).from_buffer(self.memory)
        global_word(engine, "seq_panic_frames").value = ctypes.addressof(self.buffer)
        global_word(engine, "seq_panic_capacity").value = CAPACITY
        self.depth = global_word(engine, "seq_panic_depth")

    def take(self) -> list[int]:
        """The addresses the last failure recorded, innermost first."""
        depth, self.depth.value = self.depth.value, 0
        return self.buffer[:depth]


@dataclass
class _Code:
    """One loaded object: where its .text is, its line rows and inlined calls."""

    base: int
    size: int
    rows: list[tuple[int, int]]  # (offset, site line; 0 past a sequence's end), sorted
    inlined: list[tuple[int, int, int, int]]  # (low, high, depth, call line)


@dataclass
class _Module:
    obj: bytes
    sites: list[Site]
    address: Callable[[str], int]
    code: _Code | None = None


@dataclass
class CodeMap:
    """The Seq modules loaded, by cache key, for explaining addresses."""

    modules: dict[str, _Module] = field(default_factory=dict)
    memo: dict[int, list[Site]] = field(default_factory=dict)

    def add(self, key: str, obj: bytes | None, sites: list[Site],
            address: Callable[[str], int]) -> None:
        if obj is not None and sites:
            self.modules[key] = _Module(obj, sites, address)

    def load(self, engine: Engine, ir: str, sites: list[Site],
             optimise: Optimise = Optimise.FULL) -> str:
        """Compile `ir` into the process for good (Engine.add_ir), its call
        sites known to backtraces; returns its cache key."""
        key = engine.add_ir(ir, optimise)
        self.add(key, engine.take_object(key), sites, engine.address)
        return key

    def remove(self, key: str) -> None:
        """A module whose code is freed (an entry run once)."""
        if self.modules.pop(key, None) is not None:
            self.memo.clear()

    def sites_at(self, address: int) -> list[Site]:
        """The calls the return address `address` is inside of, outermost
        first (more than one where calls were inlined); [] if it is not
        Seq code (the runtime, libc)."""
        found = self.memo.get(address)
        if found is None:
            found = self.memo[address] = self._lookup(address - 1)  # the call, not what follows
        return found

    def _lookup(self, address: int) -> list[Site]:
        for module in self.modules.values():
            if module.code is None:
                module.code = _parse(module.obj, module.address)
            code = module.code
            if not code.base <= address < code.base + code.size:
                continue
            offset = address - code.base
            at = bisect.bisect_right(code.rows, (offset, 1 << 62)) - 1
            if at < 0 or not code.rows[at][1]:
                return []
            lines = [line for low, high, _, line in code.inlined if low <= offset < high]
            lines.append(code.rows[at][1])
            return [module.sites[n - 1] for n in lines if 0 < n <= len(module.sites)]
        return []

    def trace(self, addresses: Iterable[int]) -> tuple[Frame, ...]:
        """The Seq frames of recorded `addresses` (innermost first), innermost
        last; a recursion's repeated call folded into one frame with its count."""
        sites = [s for a in reversed(list(addresses)) for s in self.sites_at(a) if not s.hidden]
        frames: list[Frame] = []
        for i, site in enumerate(sites):
            inner = sites[i + 1] if i + 1 < len(sites) else None
            elided = inner is not None and _elided(site, inner)
            last = frames[-1] if frames else None
            if last is not None and sites[i - 1] is site and not last.elided:
                frames[-1] = Frame(site.word, site.span, last.repeats + 1, elided)
            else:
                frames.append(Frame(site.word, site.span, 1, elided))
        return tuple(frames)

    def spawned_at(self, site: str) -> Frame | None:
        """The `strand.spawn` a strand's record names ("word<TAB>file:line:col",
        runtime/status.py), as a frame of the code that has it (the newest
        module first, should a file have been loaded twice)."""
        location = site.partition("\t")[2]
        for module in reversed(self.modules.values()):
            for call in module.sites:
                if not call.hidden and call.span.location == location:
                    return Frame(call.word, call.span)
        return None


def _elided(outer: Site, inner: Site) -> bool:
    """Whether a frame between the call `outer` and the next frame down,
    which is making the call `inner`, was replaced by a tail call."""
    if outer.callee is not None:
        return outer.callee != inner.word
    # A builtin runs quotations (call, dip, list.map...): a word right below
    # it means the quotation's frame went to a tail call.
    return not inner.word.startswith(QUOTATION) and inner.word != outer.word


def _parse(obj: bytes, address: Callable[[str], int]) -> _Code:
    """Read an object's .text placement, line table and inlined calls."""
    from elftools.elf.elffile import ELFFile  # only when an error needs it

    class DebugOnly(ELFFile):
        """Without the unwind tables: a backtrace needs none of them here, and
        pyelftools cannot apply their PC-relative relocations."""

        def get_section_by_name(self, name: str):
            return None if name == ".eh_frame" else super().get_section_by_name(name)

    elf = DebugOnly(io.BytesIO(obj))
    # The code is in one section (.text, or .ltext under the JIT's large
    # code model): where a global function of it was loaded places it.
    base, text = 0, None
    for symbol in elf.get_section_by_name(".symtab").iter_symbols():
        if (symbol.name and symbol["st_info"]["bind"] == "STB_GLOBAL"
                and symbol["st_info"]["type"] == "STT_FUNC"):
            loaded = address(symbol.name)
            if loaded:
                base = loaded - symbol["st_value"]
                text = elf.get_section(symbol["st_shndx"])
                break
    if text is None or not elf.has_dwarf_info():
        return _Code(0, 0, [], [])
    dwarf = elf.get_dwarf_info()
    rows: list[tuple[int, int]] = []
    inlined: list[tuple[int, int, int, int]] = []
    for unit in dwarf.iter_CUs():
        program = dwarf.line_program_for_CU(unit)
        if program is not None:
            for entry in program.get_entries():
                state = entry.state
                if state is not None:
                    rows.append((state.address, 0 if state.end_sequence else state.line))
        _inlined(dwarf, unit.get_top_DIE(), 0, inlined)
    rows.sort()
    inlined.sort(key=lambda r: r[2])  # outermost first
    return _Code(base, text["sh_size"], rows, inlined)


def _inlined(dwarf, die, depth: int, out: list[tuple[int, int, int, int]]) -> None:
    """Collect the ranges of the inlined calls under `die`, with their call lines."""
    for child in die.iter_children():
        if child.tag == "DW_TAG_inlined_subroutine":
            line = child.attributes.get("DW_AT_call_line")
            for low, high in _ranges(dwarf, child):
                out.append((low, high, depth, line.value if line else 0))
            _inlined(dwarf, child, depth + 1, out)
        elif child.tag in ("DW_TAG_subprogram", "DW_TAG_lexical_block"):
            _inlined(dwarf, child, depth, out)


def _ranges(dwarf, die) -> list[tuple[int, int]]:
    attrs = die.attributes
    if "DW_AT_low_pc" in attrs and "DW_AT_high_pc" in attrs:
        low = attrs["DW_AT_low_pc"].value
        high = attrs["DW_AT_high_pc"]
        return [(low, high.value if high.form == "DW_FORM_addr" else low + high.value)]
    if "DW_AT_ranges" in attrs:
        ranges = dwarf.range_lists().get_range_list_at_offset(attrs["DW_AT_ranges"].value)
        base = die.cu.get_top_DIE().attributes.get("DW_AT_low_pc")
        offset = base.value if base is not None else 0
        return [(r.begin_offset + offset, r.end_offset + offset) for r in ranges
                if hasattr(r, "begin_offset")]
    return []

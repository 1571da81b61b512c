"""The llvmlite JIT: incremental modules, cross-module calls, the object cache."""

from __future__ import annotations

import ctypes
from pathlib import Path

from seqjit.live.engine import Engine

ADD = """
define i64 @seq_test_add(i64 %a, i64 %b) {
  %s = add i64 %a, %b
  ret i64 %s
}
"""

TWICE = """
declare i64 @seq_test_add(i64, i64)
define i64 @seq_test_twice(i64 %x) {
  %r = call i64 @seq_test_add(i64 %x, i64 %x)
  ret i64 %r
}
"""


def call_i64(engine: Engine, name: str, *args: int) -> int:
    fn = ctypes.CFUNCTYPE(ctypes.c_int64, *([ctypes.c_int64] * len(args)))(engine.address(name))
    return fn(*args)


def test_a_later_module_calls_a_function_from_an_earlier_one(tmp_path: Path) -> None:
    engine = Engine(cache_dir=tmp_path)
    engine.add_ir(ADD)
    assert call_i64(engine, "seq_test_add", 2, 40) == 42
    engine.add_ir(TWICE)
    assert call_i64(engine, "seq_test_twice", 21) == 42


def test_an_unchanged_module_comes_from_the_object_cache(tmp_path: Path) -> None:
    first = Engine(cache_dir=tmp_path)
    first.add_ir(ADD)
    assert first.cache_hits == 0
    assert list(tmp_path.rglob("*.o"))
    second = Engine(cache_dir=tmp_path)
    second.add_ir(ADD)
    assert second.cache_hits == 1
    assert call_i64(second, "seq_test_add", 1, 2) == 3


def test_unknown_symbol_has_no_address(tmp_path: Path) -> None:
    assert Engine(cache_dir=tmp_path).address("seq_no_such_function") == 0


def test_optimised_ir_and_assembly_are_available(tmp_path: Path) -> None:
    engine = Engine(cache_dir=tmp_path)
    assert "add i64" in engine.optimised_ir(ADD)
    assert "seq_test_add" in engine.assembly(ADD)

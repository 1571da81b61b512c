"""FFI in a notebook: `:ffi FILE` binds a manifest into a real kernel's
session; its words run, complete and show their C names."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parents[2]
LIBC = ROOT / "tests" / "ffi" / "libc.toml"
SQLITE = ROOT / "examples" / "ffi" / "sqlite.toml"


def test_a_kernel_binds_libc_and_sqlite_and_calls_them(kernel):
    assert kernel.execute(f":ffi {LIBC}").status == "ok"
    run = kernel.execute('"kernel" c.strlen 25.0 m.sqrt')
    assert run.status == "ok"
    assert "6" in str(run.result) and "5" in str(run.result)
    reply = kernel.request("complete", "c.strd", 6)
    assert "c.strdup" in reply["matches"]
    inspected = kernel.request("inspect", "c.strdup", 8)
    assert "strdup" in str(inspected["data"])
    assert kernel.execute(f":ffi {SQLITE}").status == "ok"
    kernel.execute(":clear")
    run = kernel.execute('":memory:" db-open drop dup "CREATE TABLE t (s TEXT)" db-exec drop '
                         'dup "INSERT INTO t VALUES (\'from a kernel\')" db-exec drop '
                         'dup "SELECT s FROM t" db-prepare drop dup db-step drop '
                         'dup 0 db-column-text io.write-line db-finalize drop db-close')
    assert run.status == "ok", run.messages
    assert run.stdout == "from a kernel\n"

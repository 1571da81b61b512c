"""A damaged cache is rebuilt, never handed to LLVM (which aborts the
process on a malformed object), and the cache stays bounded.

Each run is a `seqrepl` process with its own XDG_CACHE_HOME: without the
checks, a damaged object kills the process, not pytest."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from seqjit.cache import prune, read_entry, write_entry

PROGRAM = ': main ( -- ) 6 7 i.* int->string io.write-line ;\n'
KINDS = {  # every kind of file the cache holds
    "object": "objects/*/*.checked.o",
    "runtime IR": "runtime-*.checked.ll",
    "builtin specs": "builtins-*.checked.json",
    "program record": "programs/*.checked.json",
}


def run(tmp_path: Path, shipped: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`seqrepl` with the cache `tmp_path/cache` and, unless given one, no
    installation's cache (seqjit/cache.py's shipped_root)."""
    tmp_path.mkdir(exist_ok=True)
    program = tmp_path / "prog.seq"
    program.write_text(PROGRAM)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "SEQJIT_SHIPPED_CACHE": str(shipped or "")}
    return subprocess.run([sys.executable, "-m", "seqrepl", str(program)],
                          capture_output=True, text=True, timeout=240, env=env)


def truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def flip(data: bytes) -> bytes:
    """A few bytes changed past the header, where a loader would not look."""
    changed = bytearray(data)
    for at in range(len(data) // 2, len(data), max(1, len(data) // 7)):
        changed[at] ^= 0x55
    return bytes(changed)


def empty(_: bytes) -> bytes:
    return b""


@pytest.mark.parametrize("damage", [truncate, flip, empty], ids=lambda f: f.__name__)
def test_a_damaged_cache_is_rebuilt(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    first = run(tmp_path)
    assert (first.returncode, first.stdout) == (0, "42\n"), first.stderr
    cache = tmp_path / "cache" / "seqjit"
    # An older seqjit sharing the cache reads `KEY.o`, `runtime-KEY.ll` as
    # they are: no entry with a header may have such a name.
    named = {p.name for p in cache.rglob("*") if p.is_file()}
    assert named and all(".checked." in name or name == ".pruned" for name in named), named
    damaged = {}
    for kind, pattern in KINDS.items():
        files = list(cache.glob(pattern))
        assert files, f"no {kind} was cached"
        for path in files:
            path.write_bytes(damage(path.read_bytes()))
            damaged[path] = kind
    again = run(tmp_path)
    assert (again.returncode, again.stdout) == (0, "42\n"), again.stderr
    assert "Traceback" not in again.stderr
    for path, kind in damaged.items():
        assert read_entry(path), f"the damaged {kind} was not rebuilt"


def test_an_entry_reads_back_only_whole_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "entry"
    write_entry(path, b"content")
    assert read_entry(path) == b"content"
    path.write_bytes(path.read_bytes()[:-1] + b"X")
    assert read_entry(path) is None
    assert not path.exists()  # removed, to be written again


def test_pruning_removes_the_least_recently_used_first(tmp_path: Path) -> None:
    now = time.time()
    for age in range(10):
        write_entry(tmp_path / "objects" / "t" / f"{age}.o", bytes(1000))
        os.utime(tmp_path / "objects" / "t" / f"{age}.o", (now - age * 60, now - age * 60))
    read_entry(tmp_path / "objects" / "t" / "9.o")  # the oldest, but used now
    stale = tmp_path / "x.o.123.tmp"
    stale.write_bytes(b"left by a process that died")
    os.utime(stale, (now - 7200, now - 7200))
    assert prune(tmp_path, limit=5 * 1100)
    left = sorted(p.name for p in (tmp_path / "objects" / "t").iterdir())
    assert left == ["0.o", "1.o", "2.o", "3.o", "9.o"]
    assert not stale.exists()
    assert not prune(tmp_path, limit=0)  # done today already
    assert len(list((tmp_path / "objects" / "t").iterdir())) == 5


def test_an_installation_s_entries_serve_an_empty_cache(tmp_path: Path) -> None:
    """What `make` prebuilds (seqjit.tools.prebuild) is read where the user's
    cache has nothing; a damaged one is passed over (and left), never loaded."""
    built = run(tmp_path / "install")
    assert (built.returncode, built.stdout) == (0, "42\n"), built.stderr
    shipped = tmp_path / "install" / "cache" / "seqjit"
    first = run(tmp_path / "user", shipped)
    assert (first.returncode, first.stdout) == (0, "42\n"), first.stderr
    user = tmp_path / "user" / "cache" / "seqjit"
    assert not list(user.glob("objects/*/runtime-*.checked.o"))
    assert not list(user.glob("builtins-*.checked.json"))
    runtime = next(shipped.glob("objects/*/runtime-*.checked.o"))
    runtime.write_bytes(truncate(runtime.read_bytes()))
    again = run(tmp_path / "other", shipped)
    assert (again.returncode, again.stdout) == (0, "42\n"), again.stderr
    assert list((tmp_path / "other" / "cache" / "seqjit").glob("objects/*/runtime-*.checked.o"))
    assert runtime.exists()

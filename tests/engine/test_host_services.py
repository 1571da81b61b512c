"""Host services bound at their first call (live/hostservices.py): a start
that finds the table of the runtime's services points each slot at a stub,
which imports the service's declaring module when first called and binds
the service for good."""

from __future__ import annotations

import ctypes
import json
import subprocess
import sys
from pathlib import Path

import pytest

from seqjit.cache import cache_root, write_entry
from seqjit.live import hostservices
from seqjit.live.session import Session
from seqjit.live.values import show
from seqjit.runtime.library import runtime_key

IMPORT_ONE = """
import json, sys
from importlib import import_module
from seqjit.runtime.host import SERVICES
import_module(sys.argv[1])
print(json.dumps([svc.name for svc in SERVICES]))
"""


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache of its own, taking the compiled runtime from the usual one."""
    monkeypatch.setenv("SEQJIT_SHIPPED_CACHE", str(cache_root()))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return cache_root()


def slot_value(session: Session, service: str) -> int:
    return ctypes.c_void_p.from_address(session.engine.address(f"seq_host_{service}")).value


def test_a_start_writes_the_table_and_the_next_binds_each_service_at_its_first_call(
        own_cache: Path) -> None:
    Session()  # imports every part, binds every service, writes the table
    rows = hostservices.table(runtime_key())
    assert rows is not None
    assert {"float_to_string", "panic", "op_crypto_sha256"} <= {name for name, _, _ in rows}
    session = Session()
    stub = slot_value(session, "float_to_string")
    assert session.eval("1.5 float->string").ok
    bound = slot_value(session, "float_to_string")
    assert bound != stub  # the slot points at the service itself now
    assert session.eval("2.25 float->string").ok
    assert slot_value(session, "float_to_string") == bound
    assert [show(v).text for v in session.world.values] == ['"1.5"', '"2.25"']


def test_a_table_that_is_not_this_runtimes_is_not_used(own_cache: Path) -> None:
    key = runtime_key()
    write_entry(hostservices.table_path(key),
                json.dumps([["no_such_service", "seqjit.runtime.host", None, []]]).encode())
    rows = hostservices.table(key)
    assert rows is not None
    session = Session()  # the table names a slot the runtime lacks: every part imported
    assert session.eval("1.5 float->string").ok
    assert hostservices.table(key) != rows  # written again, right
    write_entry(hostservices.table_path(key),
                json.dumps([["panic", "seqjit.runtime.host", "exit", ["c_char_p"]]]).encode())
    assert hostservices.table(key) is None  # `exit` is no ctypes type


@pytest.mark.slow
def test_importing_a_services_declaring_module_alone_registers_it(own_cache: Path) -> None:
    Session()
    rows = hostservices.table(runtime_key())
    assert rows is not None
    modules = sorted({module for _, module, _ in rows})
    runs = {module: subprocess.Popen([sys.executable, "-c", IMPORT_ONE, module],
                                     stdout=subprocess.PIPE, text=True)
            for module in modules}
    registered = {}
    for module, run in runs.items():
        out, _ = run.communicate(timeout=120)
        assert run.returncode == 0, module
        registered[module] = set(json.loads(out))
    assert [(name, module) for name, module, _ in rows
            if name not in registered[module]] == []

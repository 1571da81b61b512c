"""Hostile input across the checker, the includes, the shell's :save, the std
modules and the HTTP client's guard against internal targets. Only loopback
is ever contacted: the guard's tests use a listener on 127.0.0.1 that must
never see a connection, and names that fail locally."""

from __future__ import annotations

import ipaddress
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from seqrun import SeqRunner

from seqjit.builtins.net import runtime as net

# --- HTTP client: loopback and internal targets ---------------------------------------------


@pytest.fixture
def listener():
    """A listener on 127.0.0.1 that the blocked requests must not reach."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.setblocking(False)
    try:
        yield server
    finally:
        server.close()


def _reached(server: socket.socket) -> bool:
    try:
        conn, _ = server.accept()
    except BlockingIOError:
        return False
    conn.close()
    return True


@pytest.mark.parametrize("host", ["0.0.0.0", "0", "[::]", "[::ffff:0.0.0.0]",
                                  "[::ffff:127.0.0.1]", "[::127.0.0.1]", "[::ffff:7f00:1]",
                                  "127.1", "2130706433", "0x7f.1"])
def test_http_refuses_other_spellings_of_this_machine(seq: SeqRunner, listener: socket.socket,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      host: str) -> None:
    monkeypatch.delenv("SEQJIT_HTTP_ALLOW_LOOPBACK", raising=False)
    port = listener.getsockname()[1]
    ran = seq.run(f'"http://{host}:{port}/" net.http.get "error" map.get drop')
    assert ran.error is None
    assert ran.stack.startswith('"Blocked: '), ran.stack
    assert not _reached(listener)


@pytest.mark.parametrize("address", [
    "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.254", "198.18.0.1", "198.19.255.255",
    "127.0.0.1", "10.1.1.1", "172.16.0.1", "192.168.1.1", "169.254.169.254", "255.255.255.255",
    "::", "::1", "fe80::1", "fc00::1", "fd12::1", "fec0::1", "::ffff:10.0.0.1",
    "::ffff:0:a00:1", "::a00:1", "64:ff9b::a9fe:a9fe"])
def test_internal_addresses_are_dangerous(address: str) -> None:
    assert net._dangerous(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["8.8.8.8", "100.63.255.255", "100.128.0.0", "198.17.255.255",
                                     "198.20.0.0", "192.0.2.1", "2001:4860:4860::8888",
                                     "::ffff:8.8.8.8", "64:ff9b::808:808"])
def test_public_addresses_are_not(address: str) -> None:
    assert not net._dangerous(ipaddress.ip_address(address))


def test_http_checks_every_address_a_name_resolves_to(seq: SeqRunner,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A name whose first address is public but a later one internal is
    refused before any connection is tried."""
    monkeypatch.delenv("SEQJIT_HTTP_ALLOW_LOOPBACK", raising=False)
    name = "two-faced.invalid"
    monkeypatch.setitem(net._CACHE, name, (["192.0.2.7", "100.64.0.1"], float("inf")))
    tried: list[object] = []

    def no_connect(*args: object):
        tried.append(args)
        return None
        yield

    monkeypatch.setattr(net, "connect", no_connect)
    ran = seq.run(f'"http://{name}/" net.http.get "error" map.get drop')
    assert ran.stack == f'"Blocked: {name} resolves to private/internal IP 100.64.0.1"'
    assert tried == []


# --- defining a word named as a builtin ------------------------------------------------------


@pytest.mark.parametrize("name", ["dup", "i.+", "+", "call", "dip", "io.write-line"])
def test_redefining_a_builtin_is_refused(seq: SeqRunner, name: str) -> None:
    """The builtin would win at every call site, so "Defined." would lie."""
    ran = seq.run(f": {name} ( Int -- Int ) 1 i.+ ;")
    assert ran.error is not None
    assert f"'{name}' is a builtin and cannot be redefined" in ran.error
    assert seq.run("5 dup").stack == "5 5"


def test_a_program_redefining_a_builtin_is_refused(seq: SeqRunner) -> None:
    done = seq.run_program(": dup ( Int -- Int ) ;\n: main ( -- ) 1 dup drop drop ;\n")
    assert done.returncode != 0
    assert "'dup' is a builtin and cannot be redefined" in done.stderr


# --- :load of an include cycle, :save of odd paths ------------------------------------------


@pytest.fixture(scope="module")
def shell():
    from seqjit.live.session import Session
    from seqjit.shell.shell import Shell

    return Shell(Session())


def test_load_accepts_an_include_cycle_as_a_script_does(shell, tmp_path: Path) -> None:
    (tmp_path / "a.seq").write_text('include "b"\n: from-a ( -- Int ) 1 ;\n')
    (tmp_path / "b.seq").write_text(
        'include "a"\n: from-b ( -- Int ) 2 ;\n'
        ': main ( -- ) from-a from-b i.+ int->string io.write-line ;\n')
    script = subprocess.run([sys.executable, "-m", "seqrepl", str(tmp_path / "b.seq")],
                            capture_output=True, text=True, timeout=300)
    assert (script.returncode, script.stdout) == (0, "3\n"), script.stderr
    loaded = shell.run_command(f":load {tmp_path / 'b.seq'}")
    assert loaded.ok, loaded.text
    assert "3 words" in loaded.text
    assert shell.run_command(":reload").ok


def test_a_failed_load_forgets_the_file(shell, tmp_path: Path) -> None:
    bad = tmp_path / "bad.seq"
    bad.write_text(': f ( -- Int ) "x" ;\n')
    assert not shell.run_command(f":load {bad}").ok
    assert bad.resolve() not in shell.session.world.resolver.files


@pytest.mark.parametrize("arg", ["/", ".", "..", "sub/..", "a\0b"])
def test_save_to_a_path_that_is_no_file_says_why(shell, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 arg: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir(exist_ok=True)
    answer = shell.run_command(f":save {arg}")
    assert not answer.ok
    assert "cannot write" in answer.text and "internal error" not in answer.text


# --- wide stack effects ------------------------------------------------------------------------


def _piped(entries: str) -> subprocess.CompletedProcess[str]:
    """Entries through the piped REPL: a crash there takes only that process."""
    return subprocess.run([sys.executable, "-m", "seqrepl"], input=entries,
                          capture_output=True, text=True, timeout=600)


def test_a_thousand_wide_effect_checks_compiles_and_runs() -> None:
    """Wide is not deep: unification, renaming and substitution walk a stack
    in a loop. The tail call of a word with many native results is not a
    musttail LLVM would abort on."""
    ints = " ".join(["Int"] * 1000)
    ones = " ".join(["1"] * 1000)
    done = _piped(f": wide ( {ints} -- {ints} ) ;\n"
                  f": wider ( {ints} -- {ints} ) wide ;\n"
                  f": quoted ( -- [ {ints} -- {ints} ] ) [ wider ] ;\n"
                  f"{ones} quoted call wide wider\n")
    assert done.returncode == 0, done.stderr
    assert "nests too deeply" not in done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == f"stack: {ones}"


@pytest.mark.parametrize("types, values", [
    ("Int Int Int Int", "1 2 3 4"), ("Float Int Float Int", "1.5 2 3.5 4"),
    ("Bool Int Bool Int Int", "true 1 false 2 3")])
def test_tail_call_of_a_word_with_four_results_or_more(types: str, values: str) -> None:
    done = _piped(f": four ( {types} -- {types} ) ;\n"
                  f": again ( {types} -- {types} ) four ;\n"
                  f"{values} again\n"
                  "1\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"stack: {values} 1"

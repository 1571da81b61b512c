"""`net.*`: TCP, UDP, DNS, TLS and HTTP against servers in the same program
(only loopback is used), run by `seqrepl test`; the I/O wait parks only
the calling strand; in the REPL a server strand left by one entry answers
between entries, and Ctrl-C ends an entry blocked on a socket."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from seqrun import SeqRunner

from seqjit.tools.testrunner import run_file_tests

HELPERS = r"""
: must ( Bool -- ) [ ] [ "setup failed" io.write-line 1 os.exit ] if ;
: listen ( -- Socket Int ) 0 net.tcp.listen must dup net.tcp.local-port must ;
: echo-once ( Socket -- )
  net.tcp.accept must dup net.tcp.read must over net.tcp.write drop net.tcp.close drop ;
: reply-once ( Socket String -- )
  # answer one request with a raw response
  swap net.tcp.accept must dup net.tcp.read must drop swap over net.tcp.write drop
  net.tcp.close drop ;
: url ( Int -- String ) int->string "http://127.0.0.1:" swap string.concat "/p?q=1" string.concat ;
: field-int ( M String -- Int ) map.get must ;
: field-str ( M String -- String ) map.get must ;
"""

TESTS = r"""
: test-tcp-round-trip ( -- )
  listen [ drop echo-once ] strand.spawn drop
  "127.0.0.1" swap net.tcp.connect test.assert
  "ping" over net.tcp.write test.assert
  dup net.tcp.read test.assert "ping" test.assert-eq-str
  dup net.tcp.read test.assert "" test.assert-eq-str   # end of stream: "" true
  dup net.tcp.close test.assert
  net.tcp.close test.assert-not                       # already closed
  net.tcp.close test.assert
;

: test-tcp-localhost-name ( -- )
  listen [ drop echo-once ] strand.spawn drop
  "localhost" swap net.tcp.connect test.assert
  "hi" over net.tcp.write test.assert
  dup net.tcp.read test.assert "hi" test.assert-eq-str
  net.tcp.close test.assert net.tcp.close test.assert
;

: test-tcp-failures ( -- )
  "" 80 net.tcp.connect test.assert-not socket->fd 0 test.assert-eq
  "127.0.0.1" 0 net.tcp.connect test.assert-not drop
  "127.0.0.1" 70000 net.tcp.connect test.assert-not drop
  "UNRESOLVABLE" 80 net.tcp.connect test.assert-not drop
  listen swap net.tcp.close test.assert           # a port nobody listens on now
  "127.0.0.1" swap net.tcp.connect test.assert-not drop
  -1 net.tcp.listen test.assert-not drop
  1 fd->socket net.tcp.close test.assert-not       # not one of ours: stdout stays open
  1 fd->socket net.tcp.read test.assert-not "" test.assert-eq-str
  "x" 1 fd->socket net.tcp.write test.assert-not
  1 fd->socket net.tcp.local-port test.assert-not 0 test.assert-eq
  12345 fd->socket socket->fd 12345 test.assert-eq
;

: count-all ( Socket Int -- Int )
  # add up what the socket gives until it ends, then close it
  over net.tcp.read must dup string.length 0 i.=
  [ drop swap net.tcp.close drop ] [ string.length i.+ count-all ] if
;
: sink ( Socket Channel -- ) swap net.tcp.accept must 0 count-all swap chan.send drop ;
: big ( String Int -- String ) dup 0 i.= [ drop ] [ 1 i.- swap dup string.concat swap big ] if ;

: test-tcp-large-write-blocks-only-the-writer ( -- )
  # 8 MiB does not fit in the socket buffers: the writer waits while the reader runs
  listen chan.make                                  # ( l port ch )
  rot over [ sink ] strand.spawn drop drop          # ( port ch l )
  rot "127.0.0.1" swap net.tcp.connect must         # ( ch l c )
  "x" 23 big over net.tcp.write test.assert
  net.tcp.close test.assert                         # ( ch l )
  swap chan.receive test.assert 8388608 test.assert-eq
  net.tcp.close test.assert
;

: echo-client ( Socket -- ) dup net.tcp.read must over net.tcp.write drop net.tcp.close drop ;
: serve-each ( Socket Int -- )
  # accept n clients, each echoed by a strand of its own
  dup 0 i.= [ drop drop ] [
    over net.tcp.accept must [ echo-client ] strand.spawn drop drop
    1 i.- serve-each
  ] if
;
: client ( Channel Int String -- )
  swap "127.0.0.1" swap net.tcp.connect must       # ( ch msg s )
  swap over net.tcp.write drop                     # ( ch s )
  dup net.tcp.read must swap net.tcp.close drop    # ( ch reply )
  swap chan.send drop
;

: test-tcp-concurrent-clients-and-sleepers ( -- )
  listen over 3 [ serve-each ] strand.spawn drop drop drop   # ( l port )
  chan.make                                                  # ( l port ch )
  dup [ 30 time.sleep-ms "slept" swap chan.send drop ] strand.spawn drop drop
  over over swap "a" [ client ] strand.spawn drop drop drop drop
  over over swap "b" [ client ] strand.spawn drop drop drop drop
  over over swap "c" [ client ] strand.spawn drop drop drop drop
  dup chan.receive must string.length
  over chan.receive must string.length i.+
  over chan.receive must string.length i.+
  over chan.receive must string.length i.+
  8 test.assert-eq                                           # a b c slept
  drop drop net.tcp.close test.assert
;

: test-udp ( -- )
  0 net.udp.bind test.assert                 # ( a aport )
  0 net.udp.bind test.assert drop            # ( a aport b )
  >aux >aux                                  # ( a )  aux: b aport
  "ping" "127.0.0.1" aux> aux> dup >aux      # ( a "ping" host aport b )  aux: b
  net.udp.send-to test.assert                # ( a )
  dup net.udp.receive-from test.assert       # ( a bytes host port )
  0 i.> test.assert "127.0.0.1" test.assert-eq-str "ping" test.assert-eq-str
  net.udp.close test.assert
  aux> dup net.udp.close test.assert net.udp.close test.assert-not
  -1 net.udp.bind test.assert-not 0 test.assert-eq socket->fd 0 test.assert-eq
  99999 fd->socket net.udp.close test.assert-not
;

: send-late ( Int Socket -- )
  20 time.sleep-ms >aux >aux "late" "localhost" aux> aux> net.udp.send-to drop ;

: test-udp-receive-waits ( -- )
  # the receiver waits; a strand sends later
  0 net.udp.bind must 0 net.udp.bind must drop         # ( a aport b )
  [ send-late ] strand.spawn drop drop drop            # ( a )
  net.udp.receive-from test.assert drop drop "late" test.assert-eq-str
;

: test-dns ( -- )
  "localhost" net.dns.resolve test.assert list.empty? test.assert-not
  "127.0.0.1" net.dns.resolve test.assert list.first must "127.0.0.1" test.assert-eq-str
  "::1" net.dns.resolve test.assert list.first must "::1" test.assert-eq-str
  "" net.dns.resolve test.assert-not list.empty? test.assert
  "UNRESOLVABLE" net.dns.resolve test.assert-not list.empty? test.assert
;

: test-tls-failures ( -- )
  listen [ drop echo-once ] strand.spawn drop
  "127.0.0.1" swap net.tcp.connect must
  dup "" net.tls.client test.assert-not drop      # socket left as it was
  "ping" over net.tcp.write test.assert
  dup net.tcp.read test.assert "ping" test.assert-eq-str
  net.tcp.close test.assert net.tcp.close test.assert
  listen [ drop net.tcp.accept must net.tcp.close drop ] strand.spawn drop
  "127.0.0.1" swap net.tcp.connect must
  "example.com" net.tls.client test.assert-not drop   # the handshake fails: socket gone
  net.tcp.close test.assert
;

: test-http-framings ( -- )
  listen
  over "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello" [ reply-once ] strand.spawn
  drop drop drop
  dup url net.http.get
  dup "status" field-int 200 test.assert-eq
  dup "ok" map.get must test.assert
  dup "error" map.has? test.assert-not
  "body" field-str "hello" test.assert-eq-str
  over "HTTP/1.1 404 Nope\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
  [ reply-once ] strand.spawn drop drop drop
  dup url "{}" "application/json" net.http.post
  dup "status" field-int 404 test.assert-eq
  dup "ok" map.get must test.assert-not
  "body" field-str "abcde" test.assert-eq-str
  over "HTTP/1.1 201 Created\r\nConnection: close\r\n\r\nto the end" [ reply-once ] strand.spawn
  drop drop drop
  dup url "x" "text/plain" net.http.put
  "body" field-str "to the end" test.assert-eq-str
  over "nonsense\r\n\r\n" [ reply-once ] strand.spawn drop drop drop
  dup url net.http.delete
  dup "status" field-int 0 test.assert-eq
  "error" field-str "Connection error: unsupported HTTP version: nonsense" test.assert-eq-str
  drop net.tcp.close test.assert
;

: test-http-refusals ( -- )
  "ftp://example.com/" net.http.get "error" field-str
  "Blocked scheme 'ftp': only http/https allowed" test.assert-eq-str
  "nonsense" net.http.get "error" field-str "Invalid URL: relative URL without a base"
  test.assert-eq-str
  "http://UNRESOLVABLE/" net.http.get "error" field-str
  "DNS resolution failed for UNRESOLVABLE"
  test.assert-eq-str
;
"""
# A name that cannot resolve, refused without a query leaving the machine:
# the resolver library rejects a DNS label longer than 63 bytes.
TESTS = TESTS.replace("UNRESOLVABLE", "x" * 70 + ".localhost")



def run_tests(seq: SeqRunner, tmp_path: Path, source: str) -> None:
    """Run the file's tests as `seqrepl test` does (in this process's
    session); every one must pass."""
    path = tmp_path / "test-net.seq"
    path.write_text(source)
    results = run_file_tests(seq.session, path)
    failures = {t.name: t.details for t in results.tests if not t.passed}
    assert not results.errors, [e.render() for e in results.errors]
    assert not failures, failures
    assert results.passed == source.count(": test-")


BLOCKED = r"""
: test-http-refuses-loopback ( -- )
  "http://localhost/" net.http.get "error" field-str
  "Blocked: localhost access not allowed" test.assert-eq-str
  "http://127.0.0.1:1/" net.http.get "error" field-str
  "Blocked: 127.0.0.1 resolves to private/internal IP 127.0.0.1" test.assert-eq-str
  "http://[::1]:1/" net.http.get "ok" map.get must test.assert-not
;
"""


def test_net_builtins(seq: SeqRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The reference refuses loopback HTTP targets; the switch lets the
    # client be tested against server strands.
    monkeypatch.setenv("SEQJIT_HTTP_ALLOW_LOOPBACK", "1")
    run_tests(seq, tmp_path, HELPERS + TESTS)


def test_http_refuses_loopback_by_default(seq: SeqRunner, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SEQJIT_HTTP_ALLOW_LOOPBACK", raising=False)
    run_tests(seq, tmp_path, HELPERS + BLOCKED)


@pytest.fixture
def session():
    from seqjit.live.session import Session

    return Session()


def test_repl_server_strand_answers_between_entries(session) -> None:
    assert not session.eval(": echo ( Socket -- ) net.tcp.accept drop dup net.tcp.read drop "
                            "over net.tcp.write drop net.tcp.close drop ;").errors
    assert not session.eval("0 net.tcp.listen drop dup net.tcp.local-port drop").errors
    assert not session.eval("swap [ echo ] strand.spawn drop drop").errors
    port = session.world.values[-1] >> 1
    with socket.create_connection(("127.0.0.1", port), timeout=60) as conn:
        conn.sendall(b"from outside")
        assert conn.recv(100) == b"from outside"


def test_repl_interrupt_ends_an_entry_blocked_on_a_socket(session) -> None:
    assert not session.eval("0 net.tcp.listen drop").errors
    threading.Timer(0.3, session.interrupt).start()
    started = time.monotonic()
    result = session.eval("dup net.tcp.accept")
    assert time.monotonic() - started < 30  # not blocked for good, however loaded the machine
    assert result.errors and "interrupted" in result.errors[0].message
    assert not session.eval("net.tcp.local-port").errors  # the listener is still there
    assert [s.text for s in session.world.stack()][-1] == "true"
    assert session.strands() == []


TLS = r"""
: test-tls-and-https ( -- )
  "127.0.0.1" PORT net.tcp.connect must
  "localhost" net.tls.client test.assert
  "hello" over net.tcp.write test.assert
  dup net.tcp.read test.assert "tls:hello" test.assert-eq-str
  net.tcp.close test.assert
  "https://localhost:PORT/x" net.http.get
  dup "ok" map.get must test.assert
  "body" field-str "secure" test.assert-eq-str
;
"""


def test_tls_client_and_https(seq: SeqRunner, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Against a TLS server in this process, trusted through SSL_CERT_FILE."""
    import shutil
    import ssl

    if shutil.which("openssl") is None:
        pytest.skip("no openssl to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost"], check=True, capture_output=True,
                   timeout=120)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = socket.socket()
    server.settimeout(120)  # the serving thread's accepts and reads end however the test goes
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]

    def serve() -> None:
        for _ in range(2):
            conn, _ = server.accept()
            with context.wrap_socket(conn, server_side=True) as tls:
                data = tls.recv(1000)
                if data.startswith(b"GET"):
                    tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecure")
                else:
                    tls.sendall(b"tls:" + data)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    monkeypatch.setenv("SEQJIT_HTTP_ALLOW_LOOPBACK", "1")
    try:
        run_tests(seq, tmp_path, HELPERS + TLS.replace("PORT", str(port)))
    finally:
        server.close()


def test_tests_forked_after_a_lookup_can_still_look_up(seq: SeqRunner, tmp_path: Path) -> None:
    # The resolver's worker threads do not survive the test runner's fork:
    # the child must make its own instead of waiting on the parent's.
    assert seq.run('"localhost" net.dns.resolve nip').error is None
    run_tests(seq, tmp_path, r"""
: test-lookup-in-a-forked-worker ( -- )
  "127.0.0.1" net.dns.resolve test.assert drop
;
""")

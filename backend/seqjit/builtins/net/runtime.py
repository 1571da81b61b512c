"""`net.*`: TCP, UDP, DNS, TLS and an HTTP/1.1 client, as the reference
gives them (flags, failure values, the http result map); a strand blocks
on a socket without blocking the others through the scheduler's I/O wait
(runtime/iowait.py).

A Socket is an Int: the descriptor of a non-blocking socket this module
opened (so `fd->socket` and `socket->fd` change nothing). Only descriptors
in the registry below count as sockets; anything else fails as an unknown
handle does in the reference (closing stdout with `1 fd->socket
net.tcp.close` gives false and closes nothing).

How an operation blocks. Each builtin is a Python generator (`net_builtin`): it
runs until it would block, then yields `(fd, events, timeout ms)`. Its
runtime function `seq_rt_net_NAME(block)` loops in IR: call the host; if
the host asks to wait, `seq_io_wait` parks the calling strand on that
descriptor and the loop calls the host again when it is woken (the host
resumes the same generator, found by the token in the block). Nothing else
stops: the scheduler keeps running other strands and polls the waited-on
descriptors (runtime/iowait.py).

Block layout: word 0 status (0 done; odd: wait, `fd << 8 | events << 1 |
1`; other: the address of a C string, a runtime error), word 1 the token
of a suspended generator (0 on the first call), word 2 the wait's timeout
in ms (-1 none), then the inputs (tagged), then the outputs.
"""

from __future__ import annotations

import ctypes
import errno
import inspect
import ipaddress
import itertools
import os
import select
import socket
import sys
import time
import urllib.parse
from collections.abc import Callable, Generator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

from llvmlite import ir

from ... import LANGUAGE_VERSION
from ...runtime.bindings import bind
from ...runtime.host import HostContext, register_service
from ...runtime.hostops import SeqPanic, ident, kinds_of, tag_int, text_or_empty, values
from ...runtime.iowait import POLLIN, POLLOUT
from ...runtime.irkit import Fn, loop, runtime_fn
from ...runtime.layout import I64, PTR, VOID, const
from ..registry import declare_builtin

if TYPE_CHECKING:  # both are imported where first needed: a start that uses no
    import ssl  # TLS or DNS need not load them
    from concurrent.futures import Future, ThreadPoolExecutor

READ_CHUNK = 4096  # net.tcp.read gives at most this much
UDP_MAX = 65_536
MAX_BODY = 10 * 1024 * 1024


def _env_ms(name: str, default: int) -> float:
    text = os.environ.get(name, "")
    return int(text) / 1000 if text.isdigit() and int(text) > 0 else default / 1000


CONNECT_TIMEOUT = _env_ms("SEQ_TCP_CONNECT_TIMEOUT_MS", 10_000)
TLS_TIMEOUT = _env_ms("SEQ_TLS_HANDSHAKE_TIMEOUT_MS", 10_000)
HTTP_TIMEOUT = _env_ms("SEQ_HTTP_REQUEST_TIMEOUT_MS", 30_000)

Wait = tuple[int, int, int]  # what an op yields: fd, poll events, timeout ms (-1 none)


# --- declaring blocking ops ------------------------------------------------------------


@dataclass
class NetOp:
    name: str
    ins: tuple[str, ...]  # "str", "int", "bool"
    outs: tuple[str, ...]  # "str", "int", "bool", "list", "map" (a dict made a Map)
    impl: Callable

    @property
    def symbol(self) -> str:
        return "seq_rt_net_" + ident(self.name)

    @property
    def service(self) -> str:
        return "net_" + ident(self.name)


NET_OPS: dict[str, NetOp] = {}


def _register_stub(op: NetOp) -> None:
    """`void SYMBOL(ptr block)`: make the host call; while the op would
    block, park the strand until its socket is ready (runtime/iowait.py) and
    call again; raise the runtime error it reports, if any."""

    @runtime_fn(op.symbol)
    def stub(f: Fn, block: ir.Value) -> None:
        """Borrows `block` (status, inputs, outputs). The host's status is 0
        (done), a C string's address (a runtime error), or an odd word asking
        to wait: fd << 8 | events << 1 | 1, with the timeout in word 2."""
        b = f.b
        with loop(b):
            f.host_call(op.service, VOID, block)
            status = b.load(block, typ=I64)
            with b.if_then(b.icmp_unsigned("==", status, const(0)), likely=True):
                b.ret_void()
            with b.if_then(b.icmp_unsigned("==", b.and_(status, const(1)), const(0))):
                f.call("seq_rt_panic", b.inttoptr(status, PTR))
                b.unreachable()
            timeout = b.load(b.gep(block, [const(2)], source_etype=I64), typ=I64)
            events = b.and_(b.lshr(status, const(1)), const(127))
            f.call("seq_io_wait", b.ashr(status, const(8)), events, timeout)


def net_builtin(name: str, effect: str, doc: str, *, category: str | None = None):
    """Declare the decorated function as the builtin `name` (see
    seqjit.builtins.registry): it takes the inputs (bottom first) and returns
    the outputs (a tuple when several); a generator function yields `Wait`s
    while it would block. The kinds of the values come from the effect."""
    ins, outs = kinds_of(effect)

    def register(impl: Callable) -> Callable:
        declare_builtin(name, effect, doc, impl, "net op", category)
        op = NetOp(name, ins, outs, impl)
        NET_OPS[name] = op
        _register_stub(op)
        register_service(op.service, None, [ctypes.c_void_p], partial(_callback, op=op))
        return impl

    return register


class _MapMaker:
    def __init__(self, host: HostContext) -> None:
        self.make = bind(host.engine, "seq_rt_map_make")
        self.set = bind(host.engine, "seq_rt_map_set")


def _encode(host: HostContext, kind: str, value) -> int:
    conv = values(host)
    if kind != "map":
        return conv.encode(kind, value)
    maker = host.state(_MapMaker, lambda: _MapMaker(host))
    result = maker.make()
    for key, item in value.items():
        if isinstance(item, bool):
            encoded = 2 if item else 0
        elif isinstance(item, int):
            encoded = tag_int(item)
        else:
            encoded = conv.string(item)
        result = maker.set(result, conv.string(key), encoded)
    return result


def _callback(host: HostContext, *, op: NetOp) -> Callable[[int], None]:
    n_in, n_out = len(op.ins), len(op.outs)
    words_type = ctypes.c_int64 * (3 + n_in + n_out)
    suspended: dict[int, Generator[Wait, None, object]] = {}
    tokens = itertools.count(1)

    def finish(words, results) -> None:
        if n_out == 1:
            results = (results,)
        for j, (kind, value) in enumerate(zip(op.outs, results, strict=True)):
            words[3 + n_in + j] = _encode(host, kind, value)
        words[0] = 0

    def call(block: int) -> None:
        words = words_type.from_address(block)
        conv = values(host)
        try:
            if words[1]:
                gen = suspended.pop(words[1])
                wait = gen.send(None)
            else:
                args = [conv.decode(kind, words[3 + i]) for i, kind in enumerate(op.ins)]
                result = op.impl(*args)
                if not inspect.isgenerator(result):
                    finish(words, result)
                    return
                gen = cast(Generator[Wait, None, object], result)  # a net op's generator
                wait = next(gen)
            fd, events, timeout = wait
            token = next(tokens)
            suspended[token] = gen
            words[1] = token
            words[2] = timeout
            words[0] = (fd << 8) | (events << 1) | 1
        except StopIteration as stop:
            finish(words, stop.value)
        except SeqPanic as error:
            words[0] = conv.message(str(error))
        except Exception as error:  # a bug here must not take the process down
            words[0] = conv.message(f"{op.name}: internal error: {error!r}")

    return call


# --- waiting for a descriptor -----------------------------------------------------------


class Timeout(Exception):
    pass


def _ms_left(deadline: float | None) -> int:
    if deadline is None:
        return -1
    left = deadline - time.monotonic()
    if left <= 0:
        raise Timeout
    return max(1, int(left * 1000 + 0.999))


def _io(fd: int, attempt: Callable, events: int, deadline: float | None = None):
    """`attempt()` until it does not would-block, waiting on `fd` between
    tries (TLS says which way it wants to go). Raises Timeout past the
    deadline."""
    while True:
        try:
            return attempt()
        except (BlockingIOError, InterruptedError):
            wanted = events
        except OSError as error:  # TLS wants to read or write (only a TLS socket loaded ssl)
            ssl = sys.modules.get("ssl")
            if ssl is None or not isinstance(error, ssl.SSLWantReadError | ssl.SSLWantWriteError):
                raise
            wanted = POLLIN if isinstance(error, ssl.SSLWantReadError) else POLLOUT
        yield fd, wanted, _ms_left(deadline)


def _ready(fd: int, events: int) -> bool:
    poller = select.poll()
    poller.register(fd, events)
    return bool(poller.poll(0))


# --- the registry of sockets ------------------------------------------------------------

LISTENER, STREAM, DATAGRAM = "listener", "stream", "datagram"


@dataclass
class Entry:
    kind: str
    sock: socket.socket  # an ssl.SSLSocket once net.tls.client upgraded it


SOCKETS: dict[int, Entry] = {}


def _adopt(sock: socket.socket, kind: str) -> int:
    sock.setblocking(False)
    SOCKETS[sock.fileno()] = Entry(kind, sock)
    return sock.fileno()


def _entry(fd: int, *kinds: str) -> Entry | None:
    entry = SOCKETS.get(fd)
    return entry if entry is not None and entry.kind in kinds else None


def _socket(fd: int, kind: str) -> socket.socket:
    """The socket of a descriptor of this kind; OSError if it was closed
    (say, by another strand while this one waited on it)."""
    entry = _entry(fd, kind)
    if entry is None:
        raise OSError(errno.EBADF, "closed while waiting")
    return entry.sock


def _forget(fd: int) -> None:
    entry = SOCKETS.pop(fd, None)
    if entry is not None:
        try:
            entry.sock.close()
        except OSError:
            pass


# --- DNS --------------------------------------------------------------------------------

CACHE_TTL = 60.0
CACHE_MAX = 256
_CACHE: dict[str, tuple[list[str], float]] = {}
_RESOLVERS: list[ThreadPoolExecutor] = []
# A forked child (the test runner's workers) has none of the parent's
# threads: a pool inherited from it would take work and never do it.
os.register_at_fork(after_in_child=_RESOLVERS.clear)


def _lookup(hostname: str) -> list[str]:
    """getaddrinfo (blocking): unique addresses in the resolver's order."""
    try:
        infos = socket.getaddrinfo(hostname, 0, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError):
        return []
    found: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%")[0]
        if address not in found:
            found.append(address)
    return found


def resolve(hostname: str):
    """The addresses of `hostname` (a generator: the lookup runs on a worker
    thread while the strand waits on a pipe). Non-empty answers are cached
    for a minute."""
    if not hostname:
        return []
    cached = _CACHE.get(hostname)
    if cached is not None and cached[1] > time.monotonic():
        return cached[0]
    _CACHE.pop(hostname, None)
    if not _RESOLVERS:
        from concurrent.futures import ThreadPoolExecutor

        _RESOLVERS.append(ThreadPoolExecutor(8, thread_name_prefix="seq-dns"))
    done_r, done_w = os.pipe()

    def signal(_: Future) -> None:
        os.write(done_w, b"x")

    future = _RESOLVERS[0].submit(_lookup, hostname)
    future.add_done_callback(signal)
    try:
        while not future.done() or not _ready(done_r, POLLIN):
            yield done_r, POLLIN, -1
        found = future.result()
    finally:
        os.close(done_r)
        os.close(done_w)
    if found:
        if len(_CACHE) >= CACHE_MAX:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[hostname] = (found, time.monotonic() + CACHE_TTL)
    return found


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def resolve_ips(hostname: str):
    """An IP literal as itself, else what `resolve` finds."""
    if _ip(hostname) is not None:
        return [str(_ip(hostname))]
    found = yield from resolve(hostname)
    return [a for a in found if _ip(a) is not None]


@net_builtin("net.dns.resolve", "( ..a String -- ..a V Bool )",
             "Look up a host name; list of address strings, flag false (empty list) on failure.",
             category="dns")
def dns_resolve(host: bytes):
    name = text_or_empty(host)
    if not name:
        return [], False
    found = yield from resolve(name)
    return found, bool(found)


# --- TCP --------------------------------------------------------------------------------


def _connect_one(ip: str, port: int, deadline: float):
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    try:
        sock = socket.socket(family, socket.SOCK_STREAM)
    except OSError:
        return None
    sock.setblocking(False)
    code = sock.connect_ex((ip, port))
    try:
        if code in (errno.EINPROGRESS, errno.EAGAIN, errno.EALREADY):
            while not _ready(sock.fileno(), POLLOUT):
                yield sock.fileno(), POLLOUT, _ms_left(deadline)
            code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    except Timeout:
        code = errno.ETIMEDOUT
    if code:
        sock.close()
        return None
    return sock


def connect(ips: list[str], port: int, timeout: float = CONNECT_TIMEOUT):
    """A connected non-blocking socket to the first address that answers."""
    for ip in ips:
        sock = yield from _connect_one(ip, port, time.monotonic() + timeout)
        if sock is not None:
            return sock
    return None


@net_builtin("net.tcp.listen", "( ..a Int -- ..a Socket Bool )",
             "Open a listening socket on a port (0 = any); false on failure.")
def tcp_listen(port: int):
    if not 0 <= port <= 65535:
        return 0, False
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("0.0.0.0", port))
        sock.listen(128)
    except OSError:
        sock.close()
        return 0, False
    return _adopt(sock, LISTENER), True


@net_builtin("net.tcp.connect", "( ..a String Int -- ..a Socket Bool )",
             "Connect to host and port; false if resolving or connecting fails.")
def tcp_connect(host: bytes, port: int):
    name = text_or_empty(host)
    if not 1 <= port <= 65535 or not name:
        return 0, False
    ips = yield from resolve_ips(name)
    sock = yield from connect(ips, port)
    if sock is None:
        return 0, False
    return _adopt(sock, STREAM), True


@net_builtin("net.tcp.accept", "( ..a Socket -- ..a Socket Bool )",
             "Wait for a client on a listener; false on failure.")
def tcp_accept(fd: int):
    while True:
        entry = _entry(fd, LISTENER)
        if entry is None:  # closed while we waited
            return 0, False
        try:
            client, _ = entry.sock.accept()
        except (BlockingIOError, InterruptedError):
            yield fd, POLLIN, -1
            continue
        except OSError:
            return 0, False
        return _adopt(client, STREAM), True


@net_builtin("net.tcp.local-port", "( ..a Socket -- ..a Int Bool )",
             "Local port a socket is bound to; false for a bad socket.")
def tcp_local_port(fd: int):
    entry = _entry(fd, STREAM, LISTENER)
    try:
        return (entry.sock.getsockname()[1], True) if entry else (0, False)
    except OSError:
        return 0, False


@net_builtin("net.tcp.read", "( ..a Socket -- ..a String Bool )",
             "Read available data from a connection; false on failure.")
def tcp_read(fd: int):
    entry = _entry(fd, STREAM)
    if entry is None:
        return b"", False
    try:
        data = yield from _io(fd, lambda: _socket(fd, STREAM).recv(READ_CHUNK), POLLIN)
    except OSError:
        return b"", False
    return data, True


@net_builtin("net.tcp.write", "( ..a String Socket -- ..a Bool )",
             "Send a string on a connection; false on failure.")
def tcp_write(data: bytes, fd: int):
    if _entry(fd, STREAM) is None:
        return False
    view = memoryview(data)
    try:
        while view:
            sent = yield from _io(fd, lambda v=view: _socket(fd, STREAM).send(v),
                                  POLLOUT)
            view = view[sent:]
    except OSError:
        return False
    return True


@net_builtin("net.tcp.close", "( ..a Socket -- ..a Bool )", "Close a socket; false on failure.")
def tcp_close(fd: int):
    if _entry(fd, STREAM, LISTENER) is None:
        return False
    _forget(fd)
    return True


# --- UDP --------------------------------------------------------------------------------


@net_builtin("net.udp.bind", "( ..a Int -- ..a Socket Int Bool )",
             "Bind a datagram socket to a port (0 = any); gives socket, real port, flag.",
             category="udp")
def udp_bind(port: int):
    if not 0 <= port <= 65535:
        return 0, 0, False
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.bind(("0.0.0.0", port))
        bound = sock.getsockname()[1]
    except OSError:
        sock.close()
        return 0, 0, False
    return _adopt(sock, DATAGRAM), bound, True


@net_builtin("net.udp.send-to", "( ..a String String Int Socket -- ..a Bool )",
             "Send bytes to host:port via a bound socket; false on failure.", category="udp")
def udp_send_to(data: bytes, host: bytes, port: int, fd: int):
    name = text_or_empty(host)
    if fd < 0 or not 0 <= port <= 65535 or _entry(fd, DATAGRAM) is None or not name:
        return False
    ips = yield from resolve_ips(name)
    for ip in ips:
        try:
            yield from _io(fd, lambda ip=ip: _socket(fd, DATAGRAM).sendto(data, (ip, port)),
                           POLLOUT)
            return True
        except OSError:
            continue
    return False


@net_builtin("net.udp.receive-from", "( ..a Socket -- ..a String String Int Bool )",
             "Wait for one datagram: bytes, sender host, sender port, flag.", category="udp")
def udp_receive_from(fd: int):
    if fd < 0 or _entry(fd, DATAGRAM) is None:
        return b"", b"", 0, False
    try:
        data, sender = yield from _io(
            fd, lambda: _socket(fd, DATAGRAM).recvfrom(UDP_MAX), POLLIN)
    except OSError:
        return b"", b"", 0, False
    return data, str(sender[0]).split("%")[0], sender[1], True


@net_builtin("net.udp.close", "( ..a Socket -- ..a Bool )",
             "Release a datagram socket; false on failure.", category="udp")
def udp_close(fd: int):
    if fd < 0 or _entry(fd, DATAGRAM) is None:
        return False
    _forget(fd)
    return True


# --- TLS --------------------------------------------------------------------------------

_TLS: list[ssl.SSLContext] = []


def tls_context() -> ssl.SSLContext:
    import ssl

    if not _TLS:
        _TLS.append(ssl.create_default_context())
    return _TLS[0]


def handshake(sock: socket.socket, hostname: str):
    """The socket wrapped in TLS for `hostname`, or None (and the socket is
    closed) if the handshake fails."""
    deadline = time.monotonic() + TLS_TIMEOUT
    try:
        wrapped = tls_context().wrap_socket(sock, server_hostname=hostname,
                                            do_handshake_on_connect=False)
    except (OSError, ValueError):
        sock.close()
        return None
    try:
        yield from _io(wrapped.fileno(), wrapped.do_handshake, POLLIN, deadline)
    except (OSError, ValueError, Timeout):
        wrapped.close()
        return None
    return wrapped


@net_builtin("net.tls.client", "( ..a Socket String -- ..a Socket Bool )",
             "Wrap a connected socket in TLS for a host name; false if the handshake fails.",
             category="tls")
def tls_client(fd: int, host: bytes):
    name = text_or_empty(host)
    entry = _entry(fd, STREAM)
    ssl = sys.modules.get("ssl")  # loaded by the first TLS socket
    if not name or entry is None or (ssl is not None and isinstance(entry.sock, ssl.SSLSocket)):
        return 0, False
    wrapped = yield from handshake(entry.sock, name)
    if wrapped is None:  # the socket is gone, as in the reference
        SOCKETS.pop(fd, None)
        return 0, False
    entry.sock = wrapped
    return fd, True


# --- HTTP -------------------------------------------------------------------------------


class HttpError(Exception):
    pass


def _os_error(what: str, error: OSError | Timeout) -> HttpError:
    if isinstance(error, Timeout):
        return HttpError(f"{what}: timed out")
    detail = os.strerror(error.errno) if error.errno else str(error)
    return HttpError(f"{what}: {detail}" + (f" (os error {error.errno})" if error.errno else ""))


# Targets the client refuses (SSRF protection). The reference's list (loopback,
# RFC 1918, link-local, broadcast, IPv6 loopback/link-local/unique-local) plus
# what reaches the same hosts by another spelling or routes only inside a site:
# unspecified and "this network" addresses (a connect to 0.0.0.0 or :: lands on
# this machine), carrier-grade NAT and the benchmarking range.
_BLOCKED_V4 = tuple(ipaddress.IPv4Network(net) for net in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
    "172.16.0.0/12", "192.168.0.0/16", "198.18.0.0/15", "255.255.255.255/32"))
_BLOCKED_V6 = tuple(ipaddress.IPv6Network(net) for net in (
    "::/128", "::1/128", "fe80::/10", "fec0::/10", "fc00::/7"))
# IPv6 prefixes whose low 32 bits are an IPv4 address the packet ends up at:
# IPv4-compatible (::a.b.c.d), IPv4-mapped (::ffff:a.b.c.d), SIIT-translated
# (::ffff:0:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d).
_EMBEDS_V4 = tuple(ipaddress.IPv6Network(net) for net in (
    "::/96", "::ffff:0:0/96", "::ffff:0:0:0/96", "64:ff9b::/96"))


def _dangerous(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address):
        if any(ip in net for net in _BLOCKED_V6):
            return True
        if any(ip in net for net in _EMBEDS_V4):
            return _dangerous(ipaddress.IPv4Address(int(ip) & 0xFFFF_FFFF))
        return False
    return any(ip in net for net in _BLOCKED_V4)


def _loopback_allowed() -> bool:
    """For tests of the client against a server strand: the reference
    refuses loopback and private targets (SSRF protection); this lifts it."""
    return os.environ.get("SEQJIT_HTTP_ALLOW_LOOPBACK") == "1"


@dataclass
class Target:
    https: bool
    host: str
    port: int
    ips: list[str]
    path: str


def validate(url: str):
    """Parse the URL and refuse what the reference refuses (as a generator:
    it resolves the host)."""
    if not url:
        raise HttpError("Invalid URL: relative URL without a base")
    try:
        parsed = urllib.parse.urlsplit(url)
        port = parsed.port
    except ValueError as error:
        raise HttpError(f"Invalid URL: {error}") from None
    scheme = parsed.scheme.lower()
    if not scheme:
        raise HttpError("Invalid URL: relative URL without a base")
    if scheme not in ("http", "https"):
        raise HttpError(f"Blocked scheme '{scheme}': only http/https allowed")
    host = parsed.hostname or ""
    if not host:
        raise HttpError("Invalid URL: empty host")
    lowered = host.lower()
    if not _loopback_allowed() and (lowered in ("localhost", "localhost.localdomain")
                                    or lowered.endswith(".localhost")):
        raise HttpError("Blocked: localhost access not allowed")
    https = scheme == "https"
    if port is None:
        port = 443 if https else 80
    ips = yield from resolve_ips(host)
    if not _loopback_allowed():
        for address in ips:
            if _dangerous(ipaddress.ip_address(address)):
                raise HttpError(f"Blocked: {host} resolves to private/internal IP {address}")
    path = parsed.path or "/"
    if parsed.query:
        path += "?" + parsed.query
    return Target(https, host, port, ips, path)


class Wire:
    """A connection being read with a buffer; every method is a generator."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()
        self.eof = False

    def deadline(self) -> float:
        return time.monotonic() + HTTP_TIMEOUT

    def send_all(self, data: bytes):
        view = memoryview(data)
        try:
            while view:
                sent = yield from _io(self.sock.fileno(), lambda v=view: self.sock.send(v), POLLOUT,
                                      self.deadline())
                view = view[sent:]
        except (OSError, Timeout) as error:
            raise _os_error("write request", error) from None

    def fill(self, what: str):
        try:
            chunk = yield from _io(self.sock.fileno(), lambda: self.sock.recv(65536), POLLIN,
                                   self.deadline())
        except (OSError, Timeout) as error:
            raise _os_error(what, error) from None
        if not chunk:
            self.eof = True
        self.buffer += chunk

    def line(self) -> Generator[Wait, None, str]:
        while b"\n" not in self.buffer and not self.eof:
            yield from self.fill("read line")
        at = self.buffer.find(b"\n")
        if at < 0:
            if not self.buffer:
                raise HttpError("unexpected EOF reading line")
            raw, self.buffer = bytes(self.buffer), bytearray()
        else:
            raw, self.buffer = bytes(self.buffer[:at + 1]), self.buffer[at + 1:]
        raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1] if raw.endswith(b"\n") else raw
        try:
            return raw.decode()
        except UnicodeDecodeError:
            raise HttpError("non-UTF8 in header line") from None

    def exact(self, n: int, what: str) -> Generator[Wait, None, bytes]:
        while len(self.buffer) < n:
            if self.eof:
                raise HttpError(f"{what}: failed to fill whole buffer")
            yield from self.fill(what)
        data, self.buffer = bytes(self.buffer[:n]), self.buffer[n:]
        return data

    def rest(self) -> Generator[Wait, None, bytes]:
        while not self.eof:
            yield from self.fill("read body")
            if len(self.buffer) > MAX_BODY:
                raise HttpError(f"Response body too large (>{MAX_BODY} bytes, EOF-framed)")
        data, self.buffer = bytes(self.buffer), bytearray()
        return data


def _content_length(value: str) -> int:
    parts = [p.strip() for p in value.split(",")]
    if not parts[0].isdigit():
        raise HttpError(f'invalid Content-Length: "{parts[0]}"')
    head = int(parts[0])
    for part in parts[1:]:
        if not part.isdigit():
            raise HttpError(f'invalid Content-Length: "{part}"')
        if int(part) != head:
            raise HttpError("smuggling guard: conflicting Content-Length list entries "
                            f"({head} vs {int(part)})")
    return head


def read_response(wire: Wire):
    status_line = yield from wire.line()
    parts = status_line.split(" ", 2)
    if not parts[0].startswith("HTTP/1."):
        raise HttpError(f"unsupported HTTP version: {parts[0]}")
    if len(parts) < 2:
        raise HttpError("missing status code")
    if not parts[1].isdigit() or int(parts[1]) > 65535:
        raise HttpError(f"invalid status code: {parts[1]}")
    status = int(parts[1])
    length: int | None = None
    chunked = False
    count = 0
    while True:
        line = yield from wire.line()
        if not line:
            break
        if ":" not in line:
            raise HttpError(f"malformed header: {line}")
        name, value = line.split(":", 1)
        name, value = name.strip().lower(), value.strip()
        count += 1
        if count > 256:
            raise HttpError("too many response headers (>256)")
        if name == "transfer-encoding" and any(
                t.strip().lower() == "chunked" for t in value.split(",")):
            chunked = True
        elif name == "content-length":
            parsed = _content_length(value)
            if length is not None and length != parsed:
                raise HttpError("smuggling guard: conflicting Content-Length values "
                                f"({length} vs {parsed})")
            length = parsed
    if chunked and length is not None:
        raise HttpError("smuggling guard: response declares both Transfer-Encoding: "
                        "chunked and Content-Length")
    if chunked:
        chunks = bytearray()
        while True:
            size_line = yield from wire.line()
            size_text = size_line.split(";")[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise HttpError(f"invalid chunk size: {size_text}") from None
            if size == 0:
                while (yield from wire.line()):
                    pass
                return status, bytes(chunks)
            if len(chunks) + size > MAX_BODY:
                raise HttpError(f"Response body too large (chunked, >{MAX_BODY} bytes)")
            chunks += yield from wire.exact(size, "read chunk")
            trailer = yield from wire.line()
            if trailer:
                raise HttpError(f"expected blank line after chunk, got: {trailer}")
    if length is not None:
        if length > MAX_BODY:
            raise HttpError(f"Response body too large ({length} bytes, max {MAX_BODY})")
        body = yield from wire.exact(length, "read body")
        return status, body
    body = yield from wire.rest()
    return status, body


USER_AGENT = f"seq/{LANGUAGE_VERSION}"


def request_bytes(method: str, target: Target, body: tuple[str, bytes] | None) -> bytes:
    default = 443 if target.https else 80
    host = target.host if target.port == default else f"{target.host}:{target.port}"
    if ":" in target.host and target.port == default:
        host = f"[{target.host}]"
    elif ":" in target.host:
        host = f"[{target.host}]:{target.port}"
    head = (f"{method} {target.path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: {USER_AGENT}\r\n"
            "Accept: */*\r\nAccept-Encoding: identity\r\nConnection: keep-alive\r\n")
    if body is None:
        return (head + "\r\n").encode()
    content_type, data = body
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in content_type):
        raise HttpError("write request: invalid byte in Content-Type "
                        "(control characters not allowed)")
    return (head + f"Content-Type: {content_type}\r\nContent-Length: {len(data)}\r\n\r\n"
            ).encode() + data


def _failure(message: str) -> dict:
    return {"status": 0, "body": b"", "ok": False, "error": message}


def perform(method: str, url: bytes, body: tuple[bytes, bytes] | None):
    """One request on a fresh connection (closed afterwards); the result map."""
    try:
        target = yield from validate(text_or_empty(url))
    except HttpError as error:
        return _failure(str(error))
    if not target.ips:
        return _failure(f"DNS resolution failed for {target.host}")
    sock = yield from connect(target.ips, target.port)
    if sock is None:
        return _failure(f"Connection error: all {len(target.ips)} addresses for "
                        f"{target.host} unreachable")
    if target.https:
        sock = yield from handshake(sock, target.host)
        if sock is None:
            return _failure("TLS handshake failed")
    payload = None if body is None else (text_or_empty(body[1]), body[0])
    try:
        wire = Wire(sock)
        yield from wire.send_all(request_bytes(method, target, payload))
        status, data = yield from read_response(wire)
    except HttpError as error:
        return _failure(f"Connection error: {error}")
    finally:
        sock.close()
    return {"status": status, "body": data, "ok": 200 <= status < 300}


@net_builtin("net.http.get", "( ..a String -- ..a M )",
             "HTTP GET a URL; result map holds status, body, ok and error.", category="http")
def http_get(url: bytes):
    return (yield from perform("GET", url, None))


@net_builtin("net.http.delete", "( ..a String -- ..a M )",
             "HTTP DELETE a URL; result map like net.http.get.", category="http")
def http_delete(url: bytes):
    return (yield from perform("DELETE", url, None))


@net_builtin("net.http.post", "( ..a String String String -- ..a M )",
             "HTTP POST (url body content-type); result map like net.http.get.", category="http")
def http_post(url: bytes, body: bytes, content_type: bytes):
    return (yield from perform("POST", url, (body, content_type)))


@net_builtin("net.http.put", "( ..a String String String -- ..a M )",
             "HTTP PUT (url body content-type); result map like net.http.get.", category="http")
def http_put(url: bytes, body: bytes, content_type: bytes):
    return (yield from perform("PUT", url, (body, content_type)))

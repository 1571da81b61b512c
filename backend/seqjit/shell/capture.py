"""What compiled Seq code writes to file descriptor 1, sent on as it happens.

Compiled code writes program output straight to fd 1 with write(2), below
Python's sys.stdout. The kernel points fd 1 at a pipe; a thread reads it and
hands the text to a sink (which publishes stream messages), at most every
`interval` seconds so a loop printing many lines sends few messages.

`sync()` makes sure that everything written so far has been handed on: it
writes a marker into the pipe and waits until the reader passes it. The pipe
keeps order, so the kernel calls it after a cell and before its result and
reply, and no output of a cell ever arrives after the cell is done.

(ipykernel can watch fds itself, but with no such barrier: its last bytes
could reach the client after the reply; and it turns itself off when the
kernel is started from pytest.)
"""

from __future__ import annotations

import codecs
import os
import select
import threading
import time
from collections.abc import Callable

READ_SIZE = 1 << 16
MAX_PENDING = 1 << 16  # send at once when this much text waits


class FdCapture:
    def __init__(self, fd: int, sink: Callable[[str], None], interval: float = 0.05) -> None:
        self.fd = fd
        self.sink = sink
        self.interval = interval
        self.marker = b"\0\x1bseqkernel-sync-" + os.urandom(8).hex().encode() + b"\0"
        self.lock = threading.Condition()
        self.requested = 0  # markers written
        self.passed = 0  # markers the reader has passed
        self.saved: int | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        read_end, write_end = os.pipe()
        self.read_end = read_end
        self.saved = os.dup(self.fd)
        os.dup2(write_end, self.fd)
        os.close(write_end)
        self.thread = threading.Thread(target=self._read, name="seq-output", daemon=True)
        self.thread.start()

    def sync(self, timeout: float = 5.0) -> bool:
        """Wait until all that was written to the fd before this call has been
        handed to the sink."""
        if self.thread is None or not self.thread.is_alive():
            return True
        with self.lock:
            self.requested += 1
            ticket = self.requested
        os.write(self.fd, self.marker)
        with self.lock:
            return self.lock.wait_for(lambda: self.passed >= ticket, timeout)

    def stop(self) -> None:
        """Hand on what is left and give the fd back."""
        if self.thread is None or self.saved is None:
            return
        self.sync(1.0)
        os.dup2(self.saved, self.fd)  # closes the pipe's last write end: the reader sees EOF
        os.close(self.saved)
        self.saved = None
        self.thread.join(1.0)
        self.thread = None

    # --- the reader thread -------------------------------------------------------------

    def _read(self) -> None:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        raw = bytearray()  # bytes read but not decoded yet (they may hold a marker)
        pending: list[str] = []
        size = 0
        deadline = 0.0
        marker = self.marker

        def send() -> None:
            nonlocal size
            if pending:
                text = "".join(pending)
                pending.clear()
                size = 0
                try:
                    if text:
                        self.sink(text)
                except Exception:  # a broken sink must not stop the reader
                    pass

        def take(data: bytes | bytearray) -> None:
            nonlocal size, deadline
            text = decoder.decode(bytes(data))
            if text:
                if not pending:
                    deadline = time.monotonic() + self.interval
                pending.append(text)
                size += len(text)

        while True:
            timeout = max(0.0, deadline - time.monotonic()) if pending else None
            ready, _, _ = select.select([self.read_end], [], [], timeout)
            if ready:
                chunk = os.read(self.read_end, READ_SIZE)
                if not chunk:
                    break
                raw += chunk
                while (at := raw.find(marker)) >= 0:
                    take(raw[:at])
                    del raw[: at + len(marker)]
                    send()
                    with self.lock:
                        self.passed += 1
                        self.lock.notify_all()
                keep = _marker_prefix(raw, marker)
                take(raw[: len(raw) - keep])
                del raw[: len(raw) - keep]
            if pending and (size >= MAX_PENDING or time.monotonic() >= deadline):
                send()
        take(raw)
        pending.append(decoder.decode(b"", final=True))
        send()
        os.close(self.read_end)


def _marker_prefix(data: bytearray, marker: bytes) -> int:
    """How many bytes at the end of `data` could start a marker."""
    for n in range(min(len(marker) - 1, len(data)), 0, -1):
        if data.endswith(marker[:n]):
            return n
    return 0

"""The kernel's fd-level output capture, on a file descriptor of its own."""

from __future__ import annotations

import os
import threading

from seqjit.shell.capture import FdCapture


def capture():
    fd = os.open(os.devnull, os.O_WRONLY)
    got: list[str] = []
    cap = FdCapture(fd, got.append, interval=0.01)
    cap.start()
    return fd, cap, got


def test_sync_hands_on_everything_written_before_it():
    fd, cap, got = capture()
    try:
        for i in range(100):
            os.write(fd, f"line {i}\n".encode())
        assert cap.sync()
        assert "".join(got) == "".join(f"line {i}\n" for i in range(100))
    finally:
        cap.stop()
        os.close(fd)


def test_utf8_split_across_writes_and_no_marker_leaks():
    fd, cap, got = capture()
    try:
        data = "héllo → wörld\n".encode()
        for b in data:
            os.write(fd, bytes([b]))
        cap.sync()
        os.write(fd, b"tail")
        cap.sync()
        assert "".join(got) == "héllo → wörld\ntail"
        assert "\0" not in "".join(got)
    finally:
        cap.stop()
        os.close(fd)


def test_many_writers_and_syncs():
    fd, cap, got = capture()
    try:
        def write(tag: str) -> None:
            for _ in range(200):
                os.write(fd, tag.encode())

        threads = [threading.Thread(target=write, args=(t,)) for t in "abc"]
        for t in threads:
            t.start()
        for _ in range(20):
            cap.sync()
        for t in threads:
            t.join(timeout=120)
            assert not t.is_alive()
        cap.sync()
        text = "".join(got)
        assert sorted(text) == sorted("a" * 200 + "b" * 200 + "c" * 200)
    finally:
        cap.stop()
        os.close(fd)


def test_stop_gives_the_fd_back():
    fd, cap, got = capture()
    os.write(fd, b"captured")
    cap.stop()
    os.write(fd, b"not captured")  # goes to /dev/null again
    assert "".join(got) == "captured"
    assert cap.sync()  # a stopped capture has nothing to wait for
    os.close(fd)

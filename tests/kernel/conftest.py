"""A real Seq kernel for the tests, started through jupyter_client from the
kernelspec that `python -m seqkernel install --prefix` writes (into a
temporary prefix that JUPYTER_PATH points at)."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import time
from dataclasses import dataclass, field

import pytest

pytest.importorskip("jupyter_client")
pytest.importorskip("ipykernel")

from jupyter_client.manager import KernelManager  # noqa: E402

STARTUP_TIMEOUT = 120
REPLY_TIMEOUT = 120  # seconds a request may take to be answered: generous, for loaded CI


@pytest.fixture(scope="session")
def jupyter_env(tmp_path_factory):
    """Install the kernelspec into a temporary prefix and point Jupyter at it;
    kernels keep their input history in a temporary file."""
    root = tmp_path_factory.mktemp("jupyter")
    prefix = root / "prefix"
    subprocess.run([sys.executable, "-m", "seqkernel", "install", "--prefix", str(prefix)],
                   check=True, capture_output=True, timeout=120)
    saved = {k: os.environ.get(k) for k in ("JUPYTER_PATH", "SEQKERNEL_HISTORY",
                                             "JUPYTER_RUNTIME_DIR", "JUPYTER_DATA_DIR")}
    os.environ["JUPYTER_PATH"] = str(prefix / "share" / "jupyter")
    os.environ["SEQKERNEL_HISTORY"] = str(root / "history.jsonl")
    os.environ["JUPYTER_RUNTIME_DIR"] = str(root / "runtime")
    os.environ["JUPYTER_DATA_DIR"] = str(root / "data")
    yield root
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@dataclass
class Run:
    reply: dict
    messages: list[dict] = field(default_factory=list)

    @property
    def status(self) -> str:
        return self.reply["content"]["status"]

    @property
    def stdout(self) -> str:
        return "".join(m["content"]["text"] for m in self.messages
                       if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")

    def of(self, kind: str) -> list[dict]:
        return [m["content"] for m in self.messages if m["msg_type"] == kind]

    @property
    def result(self) -> dict | None:
        results = self.of("execute_result")
        return results[-1]["data"] if results else None

    @property
    def error(self) -> dict | None:
        errors = self.of("error")
        return errors[-1] if errors else None


class Kernel:
    """A started kernel and a blocking client, with helpers that collect a
    request's IOPub messages up to its `idle`."""

    def __init__(self) -> None:
        self.km = KernelManager(kernel_name="seq")
        started = time.perf_counter()
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=STARTUP_TIMEOUT)
        self.startup_seconds = time.perf_counter() - started

    def collect(self, msg_id: str, timeout: float = REPLY_TIMEOUT) -> list[dict]:
        """IOPub messages for `msg_id` until its idle status, each stamped
        with the time it was read (`received`)."""
        messages = []
        deadline = time.monotonic() + timeout
        while True:
            try:
                msg = self.kc.get_iopub_msg(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no idle for {msg_id} in {timeout}s: {messages}") from None
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            msg["received"] = time.monotonic()
            if msg["msg_type"] == "status":
                if msg["content"]["execution_state"] == "idle":
                    return messages
                continue
            messages.append(msg)

    def shell_reply(self, msg_id: str, timeout: float = REPLY_TIMEOUT) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            reply = self.kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == msg_id:
                reply["received"] = time.monotonic()
                return reply

    def execute(self, code: str, timeout: float = REPLY_TIMEOUT, **kwargs) -> Run:
        msg_id = self.kc.execute(code, **kwargs)
        messages = self.collect(msg_id, timeout)
        return Run(self.shell_reply(msg_id, timeout), messages)

    def request(self, method: str, *args, **kwargs) -> dict:
        msg_id = getattr(self.kc, method)(*args, **kwargs)
        reply = self.shell_reply(msg_id)
        self.collect(msg_id)
        return reply["content"]

    def stop(self) -> None:
        self.kc.stop_channels()
        if self.km.has_kernel:
            self.km.shutdown_kernel(now=False)


@pytest.fixture(scope="module")
def kernel(jupyter_env):
    k = Kernel()
    yield k
    k.stop()


@pytest.fixture
def fresh_kernel(jupyter_env):
    k = Kernel()
    yield k
    k.stop()

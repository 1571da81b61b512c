"""The Seq kernel: ipykernel's Kernel base class around one seqjit Shell.

Each cell runs through `Shell.run_cell` (definitions and code mixed, run on
the engine thread while this thread waits; the `:commands` work in cells
too, one a line), and its events become Jupyter messages here. What the
program prints streams to the cell as it is written (the shell captures
fd 1, seqjit/shell/capture.py); the stack after the cell is its result; an
error comes back as an error reply with the message and caret, and the
world stays as it was before the cell. A strand failing in the background
says so in the cell running, or the last one run; `os.exit` ends the cell,
not the kernel; definitions are journaled for `:restore` (shell/journal.py).
"""

from __future__ import annotations

import codecs
import io
import json
import os
import signal
import subprocess
import sys

from ipykernel.kernelbase import Kernel

from seqjit import __version__, progress
from seqjit.diagnostics import SeqError
from seqjit.live.session import Session
from seqjit.shell import render as seqrender
from seqjit.shell.commands import SHARED
from seqjit.shell.completion import word_argument
from seqjit.shell.events import CommandOutput, Error, Event, Output, Stack, StrandFailed
from seqjit.shell.registry import Command, Registry, failure
from seqjit.shell.shell import Options, Shell
from seqjit.syntax.cell import is_complete

from .history import History, default_path
from .progress import NotebookProgress
from .pycell import TRACEBACK_FD
from .words import inspect_data, word_at

PYTHON_MAGIC = "%%python"
REFERENCE = "https://github.com/navicore/patch-seq/blob/main/docs"


def notebook_commands() -> Registry:
    """The shared commands, and answers for the REPL's own: in a notebook
    there is no editor to open and no editing keys to set."""
    edit = Command(
        "edit", "[WORD]", "edit a word (or a new entry) in $EDITOR, then run it",
        lambda shell, arg: failure(":edit opens $EDITOR, so it works in the terminal REPL "
                                   "(seqrepl); in a notebook, edit the cell"),
        ("e",), complete=word_argument)
    keys = Command("set", "vi|emacs", "the REPL's editing keys",
                   lambda shell, arg: failure(":set (vi or emacs keys) applies to the terminal "
                                              "REPL (seqrepl)"))
    return SHARED.extended(edit, keys, before="reset")


class SeqKernel(Kernel):
    implementation = "seqkernel"
    implementation_version = __version__
    language = "seq"
    language_version = "7.7.3"
    language_info = {
        "name": "seq",
        "version": "7.7.3",
        "mimetype": "text/x-seq",
        "file_extension": ".seq",
        "pygments_lexer": "seq",
    }
    banner = (
        f"Seq (patch-seq 7.7.3) — seqjit {__version__}: type-checked and JIT-compiled.\n"
        "Each cell runs against the stack the last one left; :help lists the commands."
    )
    help_links = [
        {"text": "Seq language guide", "url": f"{REFERENCE}/language-guide.md"},
        {"text": "Seq standard library", "url": f"{REFERENCE}/STDLIB_REFERENCE.md"},
        {"text": "Seq type system", "url": f"{REFERENCE}/TYPE_SYSTEM_GUIDE.md"},
        {"text": "Seq glossary", "url": f"{REFERENCE}/GLOSSARY.md"},
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.seq = Session()
        self.stream_parent: dict = {}  # the cell running now (or the last one run)
        self.last_parent: dict = {}  # the last cell run that shows output
        self.seqshell = Shell(self.seq, notebook_commands(),
                           Options(capture_output=True, journal=True), self._on_event)
        # Compiled code reads stdin from fd 0, which a kernel manager leaves
        # as a pipe nobody writes to: a read would wait forever, beyond the
        # reach of an interrupt. Reading in a cell finds the end of input.
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        self.history = History(default_path())
        progress.set_reporter(NotebookProgress(self))
        self.child: subprocess.Popen | None = None  # a %%python cell's process

    @property
    def kernel_info(self) -> dict:
        # Not the base class's: it imports debugpy (slow, and noisy on stderr)
        # to offer a debugger, which is for Python, not Seq.
        from ipykernel.kernelbase import kernel_protocol_version

        return {
            "protocol_version": kernel_protocol_version,
            "implementation": self.implementation,
            "implementation_version": self.implementation_version,
            "language_info": self.language_info,
            "banner": self.banner,
            "help_links": self.help_links,
            "supported_features": [],
        }

    # --- interrupts -------------------------------------------------------------------
    # ipykernel ignores SIGINT between requests and raises KeyboardInterrupt
    # during them; ours asks the running cell to stop instead (it polls a
    # flag), so no exception lands in the middle of sending a reply. One that
    # comes before the cell's code starts stops that code when it does.

    def pre_handler_hook(self) -> None:
        self.seq.forget_interrupt()  # one from before this request is not for it
        self.saved_sigint_handler = signal.signal(signal.SIGINT, self._on_sigint)

    def post_handler_hook(self) -> None:
        signal.signal(signal.SIGINT, self.saved_sigint_handler)

    def _on_sigint(self, signum, frame) -> None:
        self._interrupt()

    def _interrupt(self) -> None:
        self.seq.interrupt()
        child = self.child
        if child is not None and child.poll() is None:
            child.send_signal(signal.SIGINT)

    async def interrupt_request(self, stream, ident, parent) -> None:
        # interrupt_mode "message" (or a client asking on the control channel):
        # stop the cell directly instead of signalling the process group.
        self._interrupt()
        self._send(stream, "interrupt_reply", {"status": "ok"}, parent, ident)

    # --- output -----------------------------------------------------------------------

    def _send(
        self, stream, kind: str, content: dict, parent: dict, ident: bytes | list[bytes] | None
    ) -> None:
        # The kernel app gives the kernel its message session before any
        # message can arrive, so there is one whenever we answer or publish.
        assert self.session is not None
        self.session.send(stream, kind, content, parent=parent, ident=ident)

    def _on_event(self, event: Event) -> None:
        """Program output, as it is captured, to the cell that runs (the
        other events are rendered when the cell is done)."""
        if isinstance(event, Output):
            self._send(
                self.iopub_socket, "stream", {"name": "stdout", "text": event.text},
                self.stream_parent, self._topic("stream"),
            )
        elif isinstance(event, StrandFailed):
            # To the cell running now, or the last one run: a message with no
            # parent would appear in no cell.
            self._send(
                self.iopub_socket, "stream",
                {"name": "stderr", "text": f"error: {event.message}\n"},
                self.stream_parent or self.last_parent, self._topic("stream"),
            )

    def publish_progress(self, kind: str, content: dict) -> None:
        """A progress display (seqkernel/progress.py), in the cell running now."""
        if self.stream_parent:
            self._send(self.iopub_socket, kind, content, self.stream_parent, self._topic(kind))

    def _publish(self, kind: str, content: dict) -> None:
        self._send(
            self.iopub_socket, kind, content, self.get_parent("shell"), self._topic(kind))

    def _error(self, errors: list[SeqError], silent: bool) -> dict:
        first = errors[0]
        traceback: list[str] = []
        for err in errors:
            traceback.extend(seqrender.error(err).ansi.split("\n"))
        content = {"ename": first.kind, "evalue": first.message, "traceback": traceback}
        if not silent:
            self._publish("error", content)
        return {"status": "error", "execution_count": self.execution_count, **content}

    def _command_error(self, out: CommandOutput, silent: bool) -> dict:
        text = out.text.rstrip("\n")
        content = {"ename": "command error", "evalue": text.split("\n")[0],
                   "traceback": (out.ansi or text).rstrip("\n").split("\n")}
        if not silent:
            self._publish("error", content)
        return {"status": "error", "execution_count": self.execution_count, **content}

    # --- execute ----------------------------------------------------------------------

    async def do_execute(self, code, silent, store_history=True, user_expressions=None,
                         allow_stdin=False, *, cell_meta=None, cell_id=None) -> dict:
        if store_history and code.strip():
            self.history.add(code)
        self.seqshell.sync_output()  # what strands printed since the last cell goes with that cell
        self.stream_parent = self.get_parent("shell") if not silent else {}
        self.last_parent = self.stream_parent or self.last_parent
        try:
            if code.lstrip().startswith(PYTHON_MAGIC):
                return self._run_python(code.lstrip()[len(PYTHON_MAGIC):], silent)
            return self._execute(code, silent)
        except Exception as e:  # a bug of ours: say so briefly, keep the kernel alive
            self.log.exception("internal error running a cell")
            self.seqshell.sync_output()
            return self._error([SeqError("internal error", f"{type(e).__name__}: {e}")], silent)

    def _execute(self, code: str, silent: bool) -> dict:
        before = self.seq.world.stack()
        events = self.seqshell.run_cell(code, f"In[{self.execution_count}]")
        errors = [e.error for e in events if isinstance(e, Error)]
        payload: list[dict] = []
        for event in events:
            if not isinstance(event, CommandOutput):
                continue
            if not event.ok:
                return self._command_error(event, silent)
            if not silent and (event.text or event.html):
                data: dict[str, object] = {"text/plain": event.text.rstrip("\n")}
                if event.data:  # a chart or a display: its rich forms
                    data.update(event.data)
                elif event.html:
                    data["text/html"] = event.html
                self._publish("display_data", {"data": data, "metadata": {}})
            if event.quit:
                payload.append({"source": "ask_exit", "keepkernel": False})
        if errors:  # run_cell stopped at the code that failed
            return self._error(errors, silent)
        last = next((e for e in reversed(events) if isinstance(e, Stack | CommandOutput)), None)
        # The stack is the result of a cell that ends with code, when the cell
        # changed it (emptied, too).
        if isinstance(last, Stack) and last.ran_code and not silent:
            values = list(last.values)
            if values != before:
                self._publish("execute_result", {
                    "execution_count": self.execution_count,
                    "data": _stack_bundle(values),
                    "metadata": {},
                })
        return {"status": "ok", "execution_count": self.execution_count,
                "payload": payload, "user_expressions": {}}

    def _run_python(self, code: str, silent: bool) -> dict:
        """A `%%python` cell: the rest of the cell runs as a Python script in
        a process of its own (as IPython's `%%python` does), for comparing
        Seq with Python side by side (seqkernel/pycell.py). What it prints
        streams to the cell in order; an exception is the cell's error,
        its traceback shown once."""
        first, _, body = code.partition("\n")
        # Line 1 is the `%%python` line (or code after it): tracebacks count as the cell does.
        body = (first if first.strip() else "") + "\n" + body
        report_read, report_write = os.pipe()
        env = {**os.environ, "PYTHONUNBUFFERED": "1", TRACEBACK_FD: str(report_write)}
        self.child = child = subprocess.Popen(
            [sys.executable, "-m", "seqkernel.pycell", body], stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
            pass_fds=(report_write,))
        os.close(report_write)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        try:
            assert isinstance(child.stdout, io.BufferedReader)
            while chunk := child.stdout.read1(1 << 16):
                text = decoder.decode(chunk)
                if text and not silent:
                    self._publish("stream", {"name": "stdout", "text": text})
            status = child.wait()
            with os.fdopen(report_read) as report:
                failed = report.read()
        finally:
            self.child = None
        if status == 0:
            return {"status": "ok", "execution_count": self.execution_count,
                    "payload": [], "user_expressions": {}}
        if status == -signal.SIGINT or (failed and '"KeyboardInterrupt"' in failed):
            return self._error([SeqError("python error", "interrupted")], silent)
        error = json.loads(failed) if failed else {
            "ename": "python error", "evalue": f"exit status {status}", "traceback": []}
        if not silent:
            self._publish("error", error)
        return {"status": "error", "execution_count": self.execution_count, **error}

    # --- completion, inspection, is_complete, history -----------------------------------

    async def do_complete(self, code, cursor_pos) -> dict:
        cursor_pos = len(code) if cursor_pos is None else cursor_pos
        try:
            candidates = self.seqshell.complete(code, cursor_pos)
        except Exception:  # completion must never break the kernel
            self.log.exception("completion failed")
            candidates = []
        start = min((c.start for c in candidates), default=cursor_pos)
        matches, types = [], []
        for c in candidates:
            text = code[start:c.start] + c.text
            matches.append(text)
            types.append({"start": start, "end": cursor_pos, "text": text,
                          "type": "", "signature": c.meta or ""})
        return {"status": "ok", "matches": matches, "cursor_start": start,
                "cursor_end": cursor_pos,
                "metadata": {"_jupyter_types_experimental": types}}

    async def do_inspect(self, code, cursor_pos, detail_level=0, omit_sections=()) -> dict:
        cursor_pos = len(code) if cursor_pos is None else cursor_pos
        word = word_at(code, cursor_pos)
        try:
            entry = self.seqshell.inspect(word) if word else None
        except Exception:
            self.log.exception("inspection failed")
            entry = None
        if entry is None:
            return {"status": "ok", "found": False, "data": {}, "metadata": {}}
        return {"status": "ok", "found": True, "metadata": {}, "data": inspect_data(entry)}

    async def do_is_complete(self, code) -> dict:
        if is_complete(code):
            return {"status": "complete"}
        return {"status": "incomplete", "indent": "  "}

    async def do_history(self, hist_access_type, output, raw, session=None, start=None,
                         stop=None, n=None, pattern=None, unique=False) -> dict:
        if hist_access_type == "tail":
            entries = self.history.tail(n or 0)
        elif hist_access_type == "range":
            entries = self.history.range(session or 0, start or 0, stop)
        elif hist_access_type == "search":
            entries = self.history.search(pattern or "*", n, unique)
        else:
            entries = []
        if output:
            return {"status": "ok", "history": [(s, i, (text, None)) for s, i, text in entries]}
        return {"status": "ok", "history": [list(e) for e in entries]}

    async def do_shutdown(self, restart) -> dict:
        # A cell still running stops; then the process ends, and everything
        # in it (strands too) with it (app.py keeps that exit prompt).
        self._interrupt()
        self.seqshell.close()  # a clean end: the journal says so
        return {"status": "ok", "restart": restart}


def _stack_bundle(values) -> dict:
    typed = seqrender.block_html(seqrender.typed_stack(values))
    return {"text/plain": seqrender.stack(values).text, "text/html": typed.html}

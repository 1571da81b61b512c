"""How fast `seqrepl lsp` answers, as an editor sees it.

    python benchmarks/lsp_latency.py [FILE.seq] [--edits N]

Starts the server as a process, talks to it over stdio with pygls's client,
opens FILE (by default the largest .seq under a patch-seq checkout's
tests/, found at $PATCH_SEQ or /tmp/patch-seq) and measures, client side:
- diagnostics after an edit: from sending a didChange (one character
  typed in a word body) to receiving its publishDiagnostics;
- hover: a request at each word of the file, to its answer (the first
  after an edit includes the analysis; the rest reuse it).
Prints the median, 90th percentile and worst of each, in ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

SEQREPL = str(Path(sys.executable).parent / "seqrepl")


def largest_reference_test() -> Path:
    root = Path(os.environ.get("PATCH_SEQ", "/tmp/patch-seq")) / "tests"
    return max(root.rglob("*.seq"), key=lambda p: p.stat().st_size)


def summary(name: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p90 = ms[int(0.9 * (len(ms) - 1))]
    return (f"{name:<28} n={len(ms):<4} median {statistics.median(ms):6.1f} ms   "
            f"p90 {p90:6.1f} ms   max {ms[-1]:6.1f} ms")


async def measure(path: Path, edits: int) -> None:
    client = LanguageClient("latency", "1")
    published: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        published.put_nowait(params)

    await client.start_io(SEQREPL, "lsp")
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    text = path.read_text()
    uri = path.resolve().as_uri()
    began = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="seq", version=1, text=text)))
    first = await published.get()
    opened = (time.perf_counter() - began) * 1000
    lines = text.split("\n")
    # A place inside a word body to type at: the end of the first indented line.
    edit_line = next(i for i, ln in enumerate(lines) if ln.startswith("  ") and ln.strip()
                     and not ln.strip().startswith("#"))
    column = len(lines[edit_line])
    after_edit: list[float] = []
    for version in range(2, edits + 2):
        typed = " " if version % 2 == 0 else ""
        start = types.Position(edit_line, column)
        end = types.Position(edit_line, column + (0 if typed else 1))
        began = time.perf_counter()
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start, end), text=typed)]))
        while (await published.get()).version != version:
            pass
        after_edit.append((time.perf_counter() - began) * 1000)
    hovers: list[float] = []
    for i, line in enumerate(lines):
        for j, ch in enumerate(line):
            if ch.isalpha() and (j == 0 or line[j - 1] == " "):
                began = time.perf_counter()
                await client.text_document_hover_async(types.HoverParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    position=types.Position(i, j)))
                hovers.append((time.perf_counter() - began) * 1000)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    print(f"{path} ({len(text)} bytes, {len(lines)} lines, "
          f"{len(first.diagnostics)} diagnostics)")
    print(f"{'open to first diagnostics':<28} {opened:6.1f} ms")
    print(summary("diagnostics after an edit", after_edit))
    print(summary("hover", hovers))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--edits", type=int, default=100)
    args = parser.parse_args()
    asyncio.run(measure(args.file or largest_reference_test(), args.edits))


if __name__ == "__main__":
    main()

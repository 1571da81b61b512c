"""How a long REPL session scales: drive the non-terminal REPL (`seqrepl`
with piped stdin, the real front end) through N chained definitions and
time each entry from the outside, as a user waiting for the answer would.

    python benchmarks/session.py [--words 5000] [--json]

Each word calls the one before it (`: wI ( Int -- Int ) wI-1 1 i.+ ;`), so
the root `w0` has N-1 transitive callers. Reported:

- the median time of the first and of the last 100 definitions (an entry's
  cost should depend on what it touches, not on how many words exist);
- `1 2 i.+` in the big session against the same in an empty one;
- redefining the root with the same effect (callers need no new check and,
  with calls through slots, no new code), and words with a changed effect
  (`( T -- T )`: the direct callers are checked again, and every caller
  whose native signature goes with it is compiled again, so the cost
  should grow with those callers: a quarter of the chain, then the rest);
- the REPL process's peak RSS (VmHWM) and its RSS after the definitions.

Every entry must succeed; the runner stops with status 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPLY_TIMEOUT_S = 300


def find_seqrepl() -> str:
    beside = Path(sys.executable).with_name("seqrepl")
    found = str(beside) if beside.exists() else shutil.which("seqrepl")
    if found is None:
        raise SystemExit("seqrepl not found (make bench builds .venv)")
    return found


class Repl:
    """A `seqrepl` reading entries from a pipe; every entry here answers
    with exactly one line on stdout ("Defined.", "stack: ...")."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [find_seqrepl(), "--no-color"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=env, bufsize=0,
        )
        self.pending = b""

    def entry(self, text: str) -> tuple[float, str]:
        """Send one entry; its answer and the seconds until it came."""
        assert self.proc.stdin is not None
        start = time.perf_counter()
        self.proc.stdin.write(text.encode() + b"\n")
        line = self._line()
        return time.perf_counter() - start, line

    def expect(self, text: str, answer: str) -> float:
        seconds, line = self.entry(text)
        if not line.startswith(answer):
            self.fail(f"{text!r} answered {line!r}, not {answer!r}")
        return seconds

    def _line(self) -> str:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + REPLY_TIMEOUT_S
        while b"\n" not in self.pending:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(fd, 65536) if ready else b""
            if not chunk:
                self.fail("no answer (the REPL ended or timed out)")
            self.pending += chunk
        line, _, self.pending = self.pending.partition(b"\n")
        return line.decode()

    def status(self, field: str) -> float:
        """A /proc/PID/status figure of the REPL process, in MiB."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
        return 0.0

    def fail(self, why: str) -> None:
        self.proc.kill()
        _, err = self.proc.communicate()
        raise SystemExit(f"session benchmark failed: {why}\n{err.decode()[-2000:]}")

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def sums(repls: list[Repl], count: int) -> list[float]:
    """The median time of `1 2 i.+` in each of `repls` (the stack cleared
    between, untimed), taken in turn so that a change in the machine's load
    falls on all of them alike."""
    times: list[list[float]] = [[] for _ in repls]
    for _ in range(count):
        for repl, taken in zip(repls, times, strict=True):
            taken.append(repl.expect("1 2 i.+", "stack: 3"))
            repl.expect(":clear", "")
    return [statistics.median(taken) for taken in times]


def word(i: int) -> str:
    if i == 0:
        return ": w0 ( Int -- Int ) 1 i.+ ;"
    return f": w{i} ( Int -- Int ) w{i - 1} 1 i.+ ;"


def measure(words: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="seqjit-session-") as tmp:
        # A journal of its own (every definition is journalled, as a user's
        # would be) and an empty object cache: new code is compiled by LLVM,
        # as a user's new definitions are (the runtime's, once, by the first).
        env = {**os.environ, "XDG_DATA_HOME": tmp, "XDG_CACHE_HOME": tmp}
        empty = Repl(env)  # an empty session, to compare with at the end
        empty.expect("0 drop", "stack:")
        repl = Repl(env)
        repl.expect("0 drop", "stack:")
        times = [repl.expect(word(i), "Defined") for i in range(words)]
        figures: dict[str, float] = {}
        figures["first100_ms"] = statistics.median(times[:100]) * 1e3
        figures["last100_ms"] = statistics.median(times[-100:]) * 1e3
        figures["total_s"] = sum(times)
        figures["rss_after_defs_mb"] = repl.status("VmRSS")
        empty_sum, full_sum = sums([empty, repl], 15)
        empty.close()
        figures["empty_sum_ms"], figures["sum_ms"] = empty_sum * 1e3, full_sum * 1e3
        repl.expect(f"3 w{words - 1}", f"stack: {words + 3}")
        repl.expect(":clear", "")
        same = [repl.expect(": w0 ( Int -- Int ) 2 i.+ ;", "Redefined") for _ in range(3)]
        figures["redefine_same_ms"] = statistics.median(same) * 1e3
        repl.expect(f"3 w{words - 1}", f"stack: {words + 4}")
        repl.expect(":clear", "")
        # A changed effect: the direct callers are checked again, and every
        # caller whose native signature goes (w0 ( T -- T ) has none, so
        # neither have the words calling it) is compiled again. First a
        # quarter of the chain, then the rest: the times should follow.
        quarter = words - words // 4
        figures["changed_few_callers"] = words - quarter - 1
        figures["redefine_changed_few_ms"] = repl.expect(
            f": w{quarter} ( T -- T ) ;", "Redefined") * 1e3
        figures["changed_many_callers"] = quarter - 1
        figures["redefine_changed_many_ms"] = repl.expect(
            ": w0 ( T -- T ) ;", "Redefined") * 1e3
        repl.expect(f"3 w{words - 1}", f"stack: {3 + words - quarter - 1}")
        figures["peak_rss_mb"] = repl.status("VmHWM")
        repl.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    f = measure(args.words)
    if args.json:
        print(json.dumps(f))
        return 0
    n = args.words
    print(f"\nsession of {n} chained definitions through piped seqrepl "
          f"({f['total_s']:.1f} s of definitions)")
    rows = [
        ("definition, first 100 (median)", f["first100_ms"], ""),
        ("definition, last 100 (median)", f["last100_ms"],
         f"{f['last100_ms'] / f['first100_ms']:.2f}x the first"),
        ("1 2 i.+, empty session (median)", f["empty_sum_ms"], ""),
        (f"1 2 i.+, after {n} words (median)", f["sum_ms"],
         f"{f['sum_ms'] / f['empty_sum_ms']:.2f}x empty"),
        ("redefine root, same effect (median of 3)", f["redefine_same_ms"], ""),
        (f"redefine w{n - n // 4}, changed effect "
         f"({f['changed_few_callers']:.0f} callers recompiled)", f["redefine_changed_few_ms"], ""),
        (f"redefine root, changed effect ({f['changed_many_callers']:.0f} callers recompiled)",
         f["redefine_changed_many_ms"],
         f"{f['redefine_changed_many_ms'] / f['redefine_changed_few_ms']:.2f}x for "
         f"{f['changed_many_callers'] / f['changed_few_callers']:.2f}x the callers"),
    ]
    width = max(len(r[0]) for r in rows)
    for label, ms, note in rows:
        print(f"  {label:<{width}}  {ms:9.1f} ms  {note}")
    print(f"  RSS after the definitions {f['rss_after_defs_mb']:.0f} MB, "
          f"peak {f['peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

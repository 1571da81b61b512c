"""The at-exit report of script mode, chosen by `SEQ_REPORT` as the
reference's runtime reads it: `1` (human-readable, stderr), `json`
(stderr), `json:PATH` (a file), `words` (human-readable with every word's
call count; the program is compiled counting them). The figures come from
the strand console's records (live/observe.py): the reference's names, and
seqjit's own beside them (failed strands, channels, the stack pool) where
the reference has arenas seqjit does not.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..live.observe import Totals
from ..runtime.threads import WORKERS

WORDS = "words"
RULE = "=================="


@dataclass(frozen=True)
class Mode:
    json: bool = False
    path: Path | None = None  # json:PATH
    words: bool = False


def requested(environ: Mapping[str, str]) -> Mode | None:
    """The report `SEQ_REPORT` asks for (None: none); an unknown value is
    warned about, as the reference does."""
    value = environ.get("SEQ_REPORT", "")
    if value in ("", "0"):
        return None
    if value == "1":
        return Mode()
    if value == WORDS:
        return Mode(words=True)
    if value == "json":
        return Mode(json=True)
    if value.startswith("json:"):
        return Mode(json=True, path=Path(value[5:]))
    print(f"Warning: SEQ_REPORT='{value}' not recognized, ignoring", file=sys.stderr)
    return None


def wants_word_counts(mode: Mode | None) -> bool:
    """Whether the program must be compiled counting each word's calls."""
    return mode is not None and mode.words


@dataclass(frozen=True)
class ReportData:
    wall_clock_ms: int
    word_counts: list[tuple[str, int]] | None = None  # most called first
    totals: Totals | None = None  # the strands', channels' and memory figures

    def script_totals(self) -> Totals | None:
        """The totals with `main` among the strands, as the reference reports them."""
        return self.totals.counting_main() if self.totals is not None else None


def human(data: ReportData) -> str:
    """The reference's human-readable layout."""
    lines = ["=== SEQ REPORT ===", f"Wall clock:      {data.wall_clock_ms} ms"]
    t = data.script_totals()
    if t is not None:
        lines += [
            f"Strands spawned: {t.spawned}",
            f"Strands done:    {t.completed}",
            f"Strands failed:  {t.failed}",
            f"Peak strands:    {t.peak}",
            f"Worker threads:  {WORKERS}",
            f"Channels:        {t.channels}",
            f"Stack pool:      {t.pool_bytes} bytes",
            f"Messages sent:   {t.messages_sent}",
            f"Messages recv:   {t.messages_received}",
        ]
    if data.word_counts is not None:
        lines += ["", "--- Word Call Counts ---"]
        lines += [f"  {name:30} {count}" for name, count in data.word_counts]
    lines.append(RULE)
    return "\n".join(lines) + "\n"


def as_json(data: ReportData) -> str:
    """The reference's JSON keys, and seqjit's own figures beside them."""
    fields: dict[str, object] = {"wall_clock_ms": data.wall_clock_ms}
    t = data.script_totals()
    if t is not None:
        fields.update({
            "strands_spawned": t.spawned, "strands_completed": t.completed,
            "strands_failed": t.failed, "peak_strands": t.peak, "worker_threads": WORKERS,
            "channels": t.channels, "stack_pool_bytes": t.pool_bytes,
            "messages_sent": t.messages_sent, "messages_received": t.messages_received,
        })
    if data.word_counts is not None:
        fields["word_counts"] = dict(data.word_counts)
    return json.dumps(fields)


def emit(mode: Mode, data: ReportData) -> None:
    """Write the report where `mode` says (stderr when a file cannot be written)."""
    text = as_json(data) + "\n" if mode.json else human(data)
    if mode.path is not None:
        try:
            mode.path.write_text(text)
            return
        except OSError:
            print(f"Warning: could not write report to {mode.path}", file=sys.stderr)
    print(text, end="", file=sys.stderr)

"""The at-exit report of script mode, chosen by `SEQ_REPORT` as the
reference's runtime reads it. `words` (a report with every word's call
count) is what seqjit gives today; the reference's `1` and `json` reports
add their figures to `ReportData` and a formatter beside `human`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

WORDS = "words"
RULE = "=================="


def requested(environ: Mapping[str, str]) -> str | None:
    """The report `SEQ_REPORT` asks for, when seqjit makes it."""
    value = environ.get("SEQ_REPORT", "")
    return value if value == WORDS else None


def wants_word_counts(mode: str | None) -> bool:
    """Whether the program must be compiled counting each word's calls."""
    return mode == WORDS


@dataclass(frozen=True)
class ReportData:
    wall_clock_ms: int
    word_counts: list[tuple[str, int]] | None = None  # most called first


def human(data: ReportData) -> str:
    """The reference's human-readable layout."""
    lines = ["=== SEQ REPORT ===", f"Wall clock:      {data.wall_clock_ms} ms"]
    if data.word_counts is not None:
        lines += ["", "--- Word Call Counts ---"]
        lines += [f"  {name:30} {count}" for name, count in data.word_counts]
    lines.append(RULE)
    return "\n".join(lines) + "\n"

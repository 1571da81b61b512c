"""`:profile CODE` and the profile table that it, `seqrepl --profile` and
the notebook show: the words that took the most time, each with its calls
and its self and total time (live/profile.py measures them).
"""

from __future__ import annotations

from pathlib import Path

from ..live.profile import Profile, WordFigures
from . import present, render
from .completion import code_argument
from .events import CommandOutput, Error
from .registry import Command, failure
from .render import Out

TOP_ROWS = 20
HEADINGS = ("calls", "self", "self %", "total", "word", "defined at")


def short_duration(seconds: float) -> str:
    """Three significant figures in the unit that suits: `1.23 µs`, `845 ns`."""
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds * 1e9:.3g} ns"


def _cells(row: WordFigures, measured_ns: int) -> tuple[str, ...]:
    share = 100 * row.self_ns / measured_ns if measured_ns else 0.0
    return (str(row.calls), short_duration(row.self_ns / 1e9), f"{share:.1f}%",
            short_duration(row.total_ns / 1e9), row.name, row.where)


def table(profile: Profile, limit: int = TOP_ROWS) -> Out:
    """The `limit` words with the most self time, as text and as an HTML table."""
    ranked = profile.by_self_time()
    if not ranked:
        return render.styled("profile: no Seq word or quotation ran", render.DIM)
    measured = sum(r.self_ns for r in ranked)
    calls = sum(r.calls for r in ranked)
    title = (f"profile: {short_duration(measured / 1e9)} in Seq code "
             f"(the run: {short_duration(profile.run_ns / 1e9)}), {calls} "
             f"call{'s' if calls != 1 else ''}; by self time:")
    rows = [_cells(r, measured) for r in ranked[:limit]]
    text = _text(title, rows)
    out = render.table(HEADINGS, [[render.plain(c) for c in r] for r in rows], text=text,
                       numeric=range(4), caption=title, name="seq-profile")
    more = len(ranked) - limit
    if more > 0:
        out = render.join([out, render.styled(f"  ({more} more not shown)", render.DIM)])
    return out


def _text_lines(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in [HEADINGS, *rows]) for i in range(len(HEADINGS))]
    out = []
    for r in [HEADINGS, *rows]:
        numbers = "  ".join(r[i].rjust(widths[i]) for i in range(4))
        out.append(f"  {numbers}  {r[4].ljust(widths[4])}  {r[5]}".rstrip())
    return out


def _text(title: str, rows: list[tuple[str, ...]]) -> Out:
    """The title over the columns, the header bold."""
    head, *body = _text_lines(rows)
    return render.join([render.styled(title, render.DIM), render.styled(head, render.BOLD),
                        *(render.plain(line) for line in body)])


def _profile(shell, arg: str) -> CommandOutput:
    if not arg:
        return failure("usage: :profile CODE")
    profiles: list[Profile] = []

    def run(text: str, name: str | None, base_dir: Path | None):
        result, profile = shell.session.profile(text, name)
        profiles.append(profile)
        return result

    events = shell.run_code(arg, "<:profile>", run=run)
    ok = not any(isinstance(e, Error) for e in events)
    parts = [present.events(events)]
    if profiles and profiles[0].rows:
        parts.append(table(profiles[0]))
    return CommandOutput(render.join(parts), ok=ok)


PROFILE = Command(
    "profile", "CODE",
    "run code counting each word's calls and timing it (self and total); the top words. "
    "A tail call ends its caller's time", _profile, complete=code_argument)

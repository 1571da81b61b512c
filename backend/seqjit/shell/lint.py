"""Lints after an entry: a REPL entry or notebook cell that ran is linted
(seqjit.lint) and what it finds comes back as a `LintWarnings` event, which
changes nothing (the entry ran, its words are defined). `:lint off` turns
this off for the session, `:lint on` back on.

`LintWarnings` is a `CommandOutput` so both front ends show it as they show
any answer (the REPL as text, the kernel as display data); it comes before
the entry's stack, which stays the cell's result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..diagnostics import SeqError, Source, caret_lines
from ..syntax.cell import parse_cell
from . import render
from .events import CommandOutput
from .registry import Command, failure, say
from .render import Out

if TYPE_CHECKING:  # the linter (its rules, TOML) loads at the first entry, not before the prompt
    from ..lint import Finding

STYLES = {"error": render.ERROR, "warning": render.WARNING, "hint": render.INFO}


@dataclass(frozen=True)
class LintWarnings(CommandOutput):
    findings: tuple[Finding, ...] = ()


def lint_entry(shell, text: str, name: str | None) -> list[LintWarnings]:
    """The lints of an entry that has just run (none when lints are off)."""
    if not shell.options.lint:
        return []
    from ..lint import lint_checked

    try:
        cell = parse_cell(Source(name or "<entry>", text))
    except (SeqError, RecursionError):
        return []
    findings = lint_checked(cell.module, shell.session.world.program, code=cell.code,
                            whole=False)
    if not findings:
        return []
    return [LintWarnings(render.lines(finding_out(f) for f in findings), findings=tuple(findings))]


def finding_out(f: Finding) -> Out:
    """A finding as `seqrepl lint` prints it, coloured by severity."""
    style = STYLES[f.severity]
    head = (render.styled(f"{f.span.location}: ", render.BOLD)
            + render.styled(f"{f.severity}[{f.rule}]:", style) + render.plain(f" {f.message}"))
    source, caret = caret_lines(f.span)
    gutter, _, marks = caret.partition("^")
    parts = [head, render.plain(source), render.plain(gutter) + render.styled("^" + marks, style)]
    if f.fix is not None:
        parts.append(render.styled("  fix:", render.BOLD) + render.plain(f" {f.fix}"))
    return render.lines(parts)


def _lint(shell, arg: str) -> CommandOutput:
    choice = arg.strip().lower()
    if choice in ("on", "off"):
        shell.options.lint = choice == "on"
    elif choice:
        return failure(f"usage: :lint on|off (got '{arg.strip()}')")
    return say(f"lints after each entry are {'on' if shell.options.lint else 'off'}")


COMMAND = Command("lint", "[on|off]",
                  "lint warnings after each entry (the rules of `seqrepl lint`): on or off",
                  _lint)

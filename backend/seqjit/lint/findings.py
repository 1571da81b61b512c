"""What the linter reports: a rule id, a severity, a message and a span."""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Span, caret_lines

SEVERITIES = ("error", "warning", "hint")


@dataclass(frozen=True)
class Finding:
    rule: str  # a rule id, the reference linter's where it has one
    severity: str  # "error" | "warning" | "hint"
    message: str
    span: Span
    replacement: str | None = None  # text that fixes it in place of `span`, if any

    def render(self) -> str:
        """`file:line:col: severity[id]: message`, the line and a caret."""
        head = f"{self.span.location}: {self.severity}[{self.rule}]: {self.message}"
        lines = [head, *caret_lines(self.span)]
        if self.fix is not None:
            lines.append(f"  fix: {self.fix}")
        return "\n".join(lines)

    @property
    def fix(self) -> str | None:
        """The fix in words, when there is one."""
        if self.replacement is None:
            return None
        return f"write `{self.replacement}` instead" if self.replacement else "delete it"

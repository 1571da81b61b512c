"""Lints after an entry: a warning event that changes nothing, and `:lint off`."""

from __future__ import annotations

from seqjit.shell.lint import LintWarnings
from seqjit.shell.shell import Shell


def test_lint_warning_after_an_entry_that_still_runs(shell: Shell) -> None:
    events = shell.run_cell(": half ( Int -- Int ) 2 i./ drop ;\n9 half")
    warnings = [e for e in events if isinstance(e, LintWarnings)]
    assert [f.rule for w in warnings for f in w.findings] == ["unchecked-div"]
    assert warnings[0].ok and "<entry" in warnings[0].text and "^^^^" in warnings[0].text
    # Before the stack, which stays the cell's last word; the entry ran and defined `half`.
    assert events.index(warnings[0]) < next(i for i, e in enumerate(events)
                                            if type(e).__name__ == "Stack")
    assert [v.text for v in shell.session.world.stack()] == ["4"]
    assert "half" in shell.session.world.program.words


def test_lint_off_and_on(shell: Shell) -> None:
    assert "off" in shell.run_cell(":lint off")[0].text
    assert not any(isinstance(e, LintWarnings) for e in shell.run_cell("1 2 swap drop"))
    shell.run_cell(":lint on")
    assert any(isinstance(e, LintWarnings) for e in shell.run_cell("1 2 swap drop"))
    assert not shell.run_cell(":lint loud")[0].ok


def test_failed_entry_is_not_linted(shell: Shell) -> None:
    events = shell.run_cell('"a" 1 i.+ 1 2 swap drop')
    assert not any(isinstance(e, LintWarnings) for e in events)

"""Commands as a registry: a front end extends the shared one, and the
shared one never sees what it added."""

from __future__ import annotations

import pytest

from seqjit.shell import render
from seqjit.shell.commands import SHARED
from seqjit.shell.completion import Candidate
from seqjit.shell.events import CommandOutput
from seqjit.shell.registry import Command, Registry
from seqjit.shell.shell import Shell


def _greet(shell, arg: str) -> CommandOutput:
    return CommandOutput(render.plain(f"hello {arg or 'world'}"))


def _names(session, arg: str, offset: int, commands: Registry) -> list[Candidate]:
    return [Candidate(n, offset, "name") for n in ("ada", "alan") if n.startswith(arg)]


GREET = Command("greet", "[NAME]", "say hello", _greet, ("hi",), complete=_names)


def test_a_front_end_adds_a_command_the_shared_registry_cannot_see(session) -> None:
    own = SHARED.extended(GREET, before="reset")
    assert own.get("greet") is GREET and own.get("hi") is GREET
    assert SHARED.get("greet") is None and not SHARED.is_command(":greet")
    shell = Shell(session, own)
    assert shell.run_command(":hi ada").text == "hello ada"
    # Listed by :help, before :reset; the shared :help does not list it.
    help_text = shell.run_command(":help").text
    assert ":greet [NAME]" in help_text
    assert help_text.index(":greet") < help_text.index(":reset")
    assert ":greet" not in Shell(session).run_command(":help").text
    # Its argument completes with its own completer; its name completes too.
    assert [c.text for c in shell.complete(":greet a", 8)] == ["ada", "alan"]
    assert [c.text for c in shell.complete(":gr", 3)] == [":greet"]
    # Without it, `:greet` is a symbol: Seq code.
    assert [type(e).__name__ for e in Shell(session).run_cell(":greet")][-2:] == [
        "Stack", "Timing"]


def test_names_are_taken_once() -> None:
    with pytest.raises(ValueError):
        SHARED.extended(Command("q", "", "another quit", _greet))


def test_a_failing_handler_is_an_answer_not_an_exception(session) -> None:
    def broken(shell, arg: str) -> CommandOutput:
        raise RuntimeError("oops")

    shell = Shell(session, SHARED.extended(Command("broken", "", "fails", broken)))
    answer = shell.run_command(":broken")
    assert not answer.ok
    # The type names the bug for a report; Python's text and traceback stay out.
    assert "internal error in :broken (please report): RuntimeError" in answer.text
    assert "oops" not in answer.text and "Traceback" not in answer.text


def test_the_shared_registry_has_no_front_end_commands() -> None:
    for name in ("edit", "set"):
        assert SHARED.get(name) is None


def test_a_near_miss_is_a_mistyped_command_and_the_rest_symbols() -> None:
    assert SHARED.mistyped(":stak") == "stack"
    assert SHARED.mistyped(":chanels") == "channels"
    assert SHARED.mistyped(":relaod x.seq") == "reload"
    for symbol in (":ok", ":err", ":none", ":red", ":greet", ":north", ":sum"):
        assert SHARED.mistyped(symbol) is None, symbol
    assert SHARED.mistyped("1 :stak") is None  # not a line that is only `:name [args]`
    assert SHARED.mistyped(":stak\n1") is None  # nor an entry of several lines
    assert SHARED.claims(":stak") and SHARED.claims(":s") and not SHARED.claims(":ok")


def test_a_mistyped_command_is_an_error_naming_the_closest(session) -> None:
    [answer] = Shell(session).run_cell(":stak")
    assert isinstance(answer, CommandOutput) and not answer.ok
    assert answer.text.strip() == "unknown command :stak — did you mean :stack?"

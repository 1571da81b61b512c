"""Commands as a registry: each `:command` has a name, aliases, the usage
and help `:help` shows, a handler that answers with a `CommandOutput`, and
optionally a completer for its argument.

The shell's shared registry (shell/commands.py) holds the commands that
mean the same in every front end; a front end makes its own registry by
extending it (the REPL adds `:edit` and `:set`), and the shared one never
sees what was added.

A line is a command when it is `:name` (then arguments) with `name` known
to the registry; otherwise `:name` is a symbol, and `: name` starts a
definition. A line `:name [args]` whose name is one edit from a command's
(two for longer names) is taken for a mistyped command and answered with an
error naming it, never pushed as a Symbol: `:stak` is not what anyone meant.
Short names (`:ok`) and names far from every command stay Symbols, and
`"stack" string->symbol` pushes any Symbol.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..diagnostics import SeqError
from ..types.declared import edit_distance
from . import render
from .events import CommandOutput

_log = logging.getLogger(__name__)

# (shell, argument) -> the command's answer
Handler = Callable[[Any, str], CommandOutput]
# (session, argument so far, where the argument starts in the line, registry) -> candidates
Completer = Callable[[Any, str, int, "Registry"], list]


@dataclass(frozen=True)
class Command:
    name: str
    usage: str  # what follows the name, e.g. "WORD"
    help: str
    run: Handler
    aliases: tuple[str, ...] = ()
    complete: Completer | None = None


class Registry:
    def __init__(self, commands: tuple[Command, ...] = ()) -> None:
        self._commands: list[Command] = []
        self._by_name: dict[str, Command] = {}
        for command in commands:
            self.add(command)

    def add(self, command: Command, before: str | None = None) -> None:
        """Register `command` (last, or just before the command `before`,
        which places it in `:help`); its name and aliases must be new."""
        names = (command.name, *command.aliases)
        taken = [n for n in names if n in self._by_name]
        if taken:
            raise ValueError(f"command name already registered: :{taken[0]}")
        at = len(self._commands)
        if before is not None:
            at = next(i for i, c in enumerate(self._commands) if c.name == before)
        self._commands.insert(at, command)
        self._by_name.update(dict.fromkeys(names, command))

    def extended(self, *commands: Command, before: str | None = None) -> Registry:
        """A new registry with this one's commands and `commands`."""
        registry = Registry(tuple(self._commands))
        for command in commands:
            registry.add(command, before)
        return registry

    def replaced(self, command: Command) -> Registry:
        """A new registry with `command` in place of the one named as it is
        (a front end's own version of a shared command)."""
        registry = Registry()
        for c in self._commands:
            registry.add(command if c.name == command.name else c)
        return registry

    def __iter__(self) -> Iterator[Command]:
        return iter(self._commands)

    def get(self, name: str) -> Command | None:
        return self._by_name.get(name)

    def names(self) -> tuple[str, ...]:
        """Every name and alias, in the order `:help` lists the commands."""
        return tuple(n for c in self._commands for n in (c.name, *c.aliases))

    def is_command(self, line: str) -> bool:
        name, _ = split_command(line)
        return name is not None and name in self._by_name

    def mistyped(self, line: str) -> str | None:
        """The command `line` was probably meant to be, when its `:name` is
        no command but close to one (see the module's docstring)."""
        name, _ = split_command(line)
        if name is None or name in self._by_name or len(name) < 3 or "\n" in line.strip():
            return None
        # Aliases (:s, :q) are too short to be near a typo by chance only.
        names = [n for n in self._by_name if len(n) >= 3 and abs(len(n) - len(name)) <= 2]
        best = min(names, key=lambda n: edit_distance(name, n), default=None)
        if best is None:
            return None
        allowed = 1 if len(name) <= 5 else 2
        return best if edit_distance(name, best) <= allowed else None

    def claims(self, line: str) -> bool:
        """Whether `line` is for the registry: a command, or a mistyped one."""
        return self.is_command(line) or self.mistyped(line) is not None

    def run(self, shell, line: str) -> CommandOutput:
        """Run the command `line` in `shell`; an error is an answer that is
        not ok, never an exception."""
        name, arg = split_command(line)
        command = self._by_name.get(name or "")
        if command is None:
            guess = self.mistyped(line)
            hint = f" — did you mean :{guess}?" if guess else ""
            return failure(f"unknown command :{name}{hint}")
        try:
            return command.run(shell, arg)
        except SeqError as e:
            return CommandOutput(render.error(e), ok=False)
        except Exception as e:  # a bug of ours: never a traceback for the user
            # The exception's text is Python's, not for users; the details go
            # to the debug log (silent unless a front end or a developer
            # configures logging).
            _log.debug("internal error in :%s", command.name, exc_info=True)
            return failure(f"internal error in :{command.name} (please report): "
                           f"{type(e).__name__}")


def split_command(line: str) -> tuple[str | None, str]:
    """`:name rest` as (name, rest); (None, "") when it is no `:name`."""
    text = line.strip()
    if not text.startswith(":") or len(text) < 2 or text[1].isspace():
        return None, ""
    head, _, rest = text[1:].partition(" ")
    if "\n" in head:
        head, _, more = head.partition("\n")
        rest = more + " " + rest
    return head, rest.strip()


def failure(message: str) -> CommandOutput:
    """A command could not do what was asked."""
    return CommandOutput(render.failure(message), ok=False)


def say(message: str) -> CommandOutput:
    return CommandOutput(render.plain(message))

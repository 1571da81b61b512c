"""The `:commands` of the REPL and of notebook cells, shared by both front
ends: `is_command(line)` tells a command from Seq code (`:name` alone is a
symbol unless `name` is a command), `run_command(session, line)` runs one
and returns its output as plain text and HTML (and ANSI for terminals).

`run_entry` runs a piece of Seq code and shows what it did the same way:
errors with their caret, `Defined.` / `Redefined sq.`, then the stack.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import SeqError, Source, Span
from ..syntax import ast
from ..syntax.cell import parse_cell
from ..types.builtins import SPECS
from ..types.declared import did_you_mean
from ..types.program import check_code
from ..types.terms import EMPTY, Effect, stack_of, surface
from . import render
from .render import Out


@dataclass
class CommandOutput:
    text: str  # plain text, no ANSI
    html: str | None = None
    ok: bool = True
    quit: bool = False
    ansi: str | None = None  # the text coloured for a terminal (None: same as text)

    @classmethod
    def of(cls, out: Out, ok: bool = True, quit: bool = False) -> CommandOutput:
        return cls(out.text, render.block_html(out).html if out.text else None, ok, quit, out.ansi)


@dataclass(frozen=True)
class Command:
    name: str
    usage: str  # what follows the name, e.g. "WORD"
    help: str
    run: Callable[[object, str], CommandOutput]
    aliases: tuple[str, ...] = ()


@dataclass
class _State:
    """What commands remember per session: the last `:load`ed file and the
    files that load brought in (so `:reload` reads them all again)."""

    loaded: Path | None = None
    loaded_files: set[Path] = field(default_factory=set)


_STATES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _state(session) -> _State:
    state = _STATES.get(session)
    if state is None:
        state = _STATES[session] = _State()
    return state


# --- entries ------------------------------------------------------------------------


def run_entry(session, text: str, name: str | None = None, base_dir: Path | None = None):
    """Run Seq code in `session` and show what it did: `(ok, Out)`."""
    result = session.eval(text, name, base_dir)
    return result.ok, entry_out(session, result, has_code(text))


def entry_out(session, result, show_stack: bool) -> Out:
    """Errors (with their caret); or `Defined.` / `Redefined sq.` and, when
    the entry ran code, the stack."""
    if not result.ok:
        return render.join(render.error(e) for e in result.errors)
    parts = []
    if session.world.output_ended_midline():
        parts.append(render.plain(""))  # the program's output did not end its line
    if result.defined or result.redefined:
        parts.append(render.styled(defined_message(result), render.OK))
    if show_stack or not parts:
        parts.append(render.stack(session.world.stack()))
    return render.join(parts)


def defined_message(result) -> str:
    """`Defined.`, `Redefined sq.` or `Defined. Redefined sq, cube.`"""
    said = ["Defined."] if result.defined else []
    if result.redefined:
        said.append(f"Redefined {', '.join(result.redefined)}.")
    return " ".join(said)


def has_code(text: str) -> bool:
    """Whether an entry runs anything (rather than only defining words)."""
    try:
        return bool(parse_cell(Source("<entry>", text)).code)
    except SeqError:
        return True


# --- the command table ----------------------------------------------------------------


def is_command(line: str) -> bool:
    """A line that is `:name` (then arguments) with `name` a known command."""
    name, _ = _split(line)
    return name is not None and name in _BY_NAME


def run_command(session, line: str) -> CommandOutput:
    name, arg = _split(line)
    command = _BY_NAME.get(name or "")
    if command is None:
        return CommandOutput.of(render.failure(f"unknown command: {line.strip()}"), ok=False)
    try:
        return command.run(session, arg)
    except SeqError as e:
        return CommandOutput.of(render.error(e), ok=False)
    except Exception as e:  # a bug of ours: no traceback for the user (DESIGN 8)
        return _fail(f"internal error in :{command.name}: {type(e).__name__}: {e}")


def _split(line: str) -> tuple[str | None, str]:
    text = line.strip()
    if not text.startswith(":") or len(text) < 2 or text[1].isspace():
        return None, ""
    head, _, rest = text[1:].partition(" ")
    if "\n" in head:
        head, _, more = head.partition("\n")
        rest = more + " " + rest
    return head, rest.strip()


def _fail(message: str) -> CommandOutput:
    return CommandOutput.of(render.failure(message), ok=False)


def _say(message: str) -> CommandOutput:
    return CommandOutput.of(render.plain(message))


# --- :help ----------------------------------------------------------------------------


def _help(session, arg: str) -> CommandOutput:
    rows = []
    for c in COMMANDS:
        usage = f":{c.name}" + (f" {c.usage}" if c.usage else "")
        also = f" (also :{', :'.join(c.aliases)})" if c.aliases else ""
        rows.append(render.styled(f"  {usage:<18}", render.BOLD) + render.plain(c.help + also))
    intro = render.plain(
        "Type Seq code or definitions; an entry continues over lines while a definition,\n"
        "quotation, if or match is open. After each entry the stack is shown bottom to top.\n"
        "Commands:"
    )
    return CommandOutput.of(render.join([intro, *rows]))


# --- the stack ---------------------------------------------------------------------------


def _stack(session, arg: str) -> CommandOutput:
    return CommandOutput.of(render.typed_stack(session.world.stack()))


def _clear(session, arg: str) -> CommandOutput:
    session.world.clear()
    return CommandOutput.of(render.stack(session.world.stack()))


def _undo(session, arg: str) -> CommandOutput:
    if not session.world.undo():
        return _fail("nothing to undo")
    return CommandOutput.of(render.stack(session.world.stack()))


# --- words ---------------------------------------------------------------------------------


def origin(word) -> str:
    """Where a word comes from: `std:list`, a file name, `<entry 3>`, `union Shape`."""
    definition = word.definition
    if definition.generated_from:
        return f"union {definition.generated_from}"
    name = definition.span.source.name
    return name[1:-1] if name.startswith("<std:") else name


def is_user_word(word) -> bool:
    """Defined in this session (an entry or a loaded file), not by a std
    module, and not generated by a union."""
    definition = word.definition
    return not definition.generated_from and not definition.span.source.name.startswith("<std:")


def _words(session, arg: str) -> CommandOutput:
    program = session.world.program
    rows: list[Out] = []

    def row(name: str, effect: str, where: str) -> Out:
        return (render.styled(f"  {name}", render.BOLD) + render.plain(" ")
                + render.code(effect, "seq") + render.styled(f"  {where}", render.DIM))

    if not arg:
        words = sorted(program.words.items(), key=lambda kv: (not is_user_word(kv[1]), kv[0]))
        rows = [row(n, effect_text(w.effect), origin(w)) for n, w in words]
        note = render.styled(
            f"{len(SPECS)} builtins too: `:words PREFIX` lists every word starting with PREFIX",
            render.DIM)
        if not rows:
            return CommandOutput.of(render.join([render.plain("No words defined yet."), note]))
        return CommandOutput.of(render.join([*rows, note]))
    for name, w in sorted(program.words.items()):
        if name.startswith(arg):
            rows.append(row(name, effect_text(w.effect), origin(w)))
    for name, spec in sorted(SPECS.items()):
        if name.startswith(arg) and name not in program.words:
            rows.append(row(name, short_effect(spec.effect), f"builtin, {spec.category}"))
    from .completion import std_words

    for name, (module, effect) in sorted(std_words().items()):
        if name.startswith(arg) and name not in program.words and name not in SPECS:
            rows.append(row(name, short_effect(effect), f"include std:{module}"))
    if not rows:
        return _say(f"No word starts with '{arg}'.")
    return CommandOutput.of(render.join(rows))


def effect_text(effect) -> str:
    """A checked effect as people write it: `( Int -- Int )`."""
    return short_effect(surface(effect))


def short_effect(effect: str) -> str:
    """`( ..a Int -- ..a Bool )` written as `( Int -- Bool )`: a row
    variable shared by both sides is implied."""
    inner = effect.strip()[1:-1].split()
    if "--" not in inner:
        return effect
    cut = inner.index("--")
    ins, outs = inner[:cut], inner[cut + 1:]
    if ins and outs and ins[0].startswith("..") and ins[0] == outs[0]:
        ins, outs = ins[1:], outs[1:]
    return f"( {' '.join([*ins, '--', *outs])} )".replace("(  ", "( ")


def span_text(span: Span) -> str:
    """The source text a span covers."""
    lines = span.source.text.split("\n")[span.line - 1 : span.end_line]
    if not lines:
        return ""
    if len(lines) == 1:
        return lines[0][span.col - 1 : span.end_col - 1]
    lines[0] = lines[0][span.col - 1 :]
    lines[-1] = lines[-1][: span.end_col - 1]
    return "\n".join(lines)


def definition_text(definition: ast.WordDef) -> str:
    """A word's definition as written, with its `# seq:allow(...)` lines."""
    allows = "".join(f"# seq:allow({lint})\n" for lint in definition.allowed_lints)
    return allows + span_text(definition.span)


def _unknown(session, name: str) -> CommandOutput:
    known = [*session.world.program.words, *SPECS]
    guess = did_you_mean(name, known)
    hint = f"; did you mean '{guess}'?" if guess else ""
    return _fail(f"unknown word '{name}'{hint}")


def _see(session, arg: str) -> CommandOutput:
    name = arg.split()[0] if arg else ""
    if not name:
        return _fail("usage: :see WORD")
    program = session.world.program
    word = program.words.get(name)
    if word is not None:
        definition = word.definition
        head = (render.styled(name, render.BOLD) + render.plain(" ")
                + render.code(effect_text(word.effect), "seq")
                + render.styled(f"  {origin(word)}", render.DIM))
        if definition.generated_from:
            union = program.unions.get(definition.generated_from)
            body = render.code(span_text(union.span), "seq") if union else render.EMPTY
            return CommandOutput.of(render.join([head, body]))
        source = render.code(definition_text(definition), "seq")
        return CommandOutput.of(render.join([head, source]))
    if name in program.unions:
        return CommandOutput.of(render.code(span_text(program.unions[name].span), "seq"))
    spec = SPECS.get(name)
    if spec is not None:
        head = (render.styled(name, render.BOLD) + render.plain(" ")
                + render.code(spec.effect, "seq")
                + render.styled(f"  builtin ({spec.category})", render.DIM))
        return CommandOutput.of(render.join([head, render.plain(spec.doc)]))
    from .completion import std_words

    std = std_words().get(name)
    if std is not None:
        module, effect = std
        head = (render.styled(name, render.BOLD) + render.plain(" ") + render.code(effect, "seq")
                + render.styled(f"  in std:{module} (`include std:{module}` to use it)",
                                render.DIM))
        return CommandOutput.of(head)
    return _unknown(session, name)


# --- :type ---------------------------------------------------------------------------------


def _type(session, arg: str) -> CommandOutput:
    """The stack effect of code, checked without running it: against an
    open stack (any values below), or — when it needs the values there —
    against the current stack."""
    if not arg:
        return _fail("usage: :type CODE")
    cell = parse_cell(Source("<:type>", arg))
    if cell.module.words or cell.module.unions or cell.module.includes:
        return _fail(":type takes code to check, not definitions or includes")
    world = session.world
    code = cell.code
    span = code[0].span.to(code[-1].span) if code else None
    try:
        quotation = ast.Quotation(-1, code, span)  # its type is the open effect of `code`
        (quot,) = check_code(world.program, [quotation], [])
        effect, where = quot.effect, "on any stack"
    except SeqError as open_error:
        if not world.types:
            return CommandOutput.of(render.error(open_error), ok=False)
        try:
            after = check_code(world.program, parse_cell(Source("<:type>", arg)).code, world.types)
        except SeqError:
            return CommandOutput.of(render.error(open_error), ok=False)
        effect = Effect(stack_of(EMPTY, *world.types), stack_of(EMPTY, *after))
        where = "on the current stack (it needs the values there)"
    return CommandOutput.of(render.code(short_effect(surface(effect)), "seq")
                            + render.styled(f"  {where}", render.DIM))


# --- :ir and :asm ---------------------------------------------------------------------------


def word_ir(session, name: str) -> str:
    """The optimised LLVM IR of `name` as it is compiled in the session:
    the word is compiled again alone, under the symbols the world uses,
    and only its own functions are kept."""
    from ..codegen.program import ProgramCompiler

    world = session.world
    if name not in world.program.words:
        raise KeyError(name)
    compiler = ProgramCompiler(world.program, f"seq_ir_{name}", only=[name],
                               symbols=dict(world.suffixes))
    text = compiler.compile()
    if compiler.errors:
        raise compiler.errors[0]
    return world.engine.optimised_ir(text)


def _defined_functions(ir_text: str) -> str:
    """Only the `define`d functions of a module's IR (no declarations,
    globals or metadata)."""
    out: list[str] = []
    inside = False
    for line in ir_text.split("\n"):
        if line.startswith("define "):
            inside = True
        if inside:
            out.append(line)
            if line == "}":
                inside = False
                out.append("")
    return "\n".join(out).strip()


_ASM_NOISE = (".cfi_", ".p2align", ".section", ".file", ".text", ".type", ".size", ".ident",
              ".addrsig", ".globl", "# -- ", "// -- ", ".Lfunc_end", ".p2alignl")


def _assembly(text: str) -> str:
    """Assembly without the directives that only the assembler needs."""
    keep = [line for line in text.split("\n")
            if line.strip() and not line.strip().startswith(_ASM_NOISE)]
    return "\n".join(keep)


def _ir_or_asm(session, arg: str, asm: bool) -> CommandOutput:
    name = arg.split()[0] if arg else ""
    command = ":asm" if asm else ":ir"
    if not name:
        return _fail(f"usage: {command} WORD")
    if name in SPECS and name not in session.world.program.words:
        return _say(f"'{name}' is a builtin: it is emitted inline where it is used or lives in "
                    f"the runtime, so it has no code of its own; try {command} on a word that "
                    "uses it.")
    try:
        text = word_ir(session, name)
    except KeyError:
        return _unknown(session, name)
    if asm:
        listing = _assembly(session.world.engine.assembly(text))
        return CommandOutput.of(render.code(listing, "gas"))
    return CommandOutput.of(render.code(_defined_functions(text), "llvm"))


def _ir(session, arg: str) -> CommandOutput:
    return _ir_or_asm(session, arg, asm=False)


def _asm(session, arg: str) -> CommandOutput:
    return _ir_or_asm(session, arg, asm=True)


# --- :time ---------------------------------------------------------------------------------


def _time(session, arg: str) -> CommandOutput:
    if not arg:
        return _fail("usage: :time CODE")
    start = time.perf_counter()
    ok, out = run_entry(session, arg, "<:time>")
    elapsed = time.perf_counter() - start
    note = render.styled(f"time: {_duration(elapsed)} (wall, compiling included)", render.DIM)
    return CommandOutput.of(render.join([out, note]), ok=ok)


def _duration(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.3f} s"


# --- strands -----------------------------------------------------------------------------


def _strands(session, arg: str) -> CommandOutput:
    strands = session.strands()
    if not strands:
        return _say("No strands running (strand.spawn starts one; it lives on between entries).")
    rows = [render.styled("  id  state     waiting on", render.DIM)]
    for s in sorted(strands, key=lambda s: s.id):
        waiting = f"channel {s.waiting_on}" if s.waiting_on is not None else ""
        rows.append(render.plain(f"  {s.id:<3} {s.state:<9} {waiting}".rstrip()))
    return CommandOutput.of(render.join(rows))


def _channels(session, arg: str) -> CommandOutput:
    channels = session.channels()
    if not channels:
        return _say("No channels (chan.make makes one).")
    rows = [render.styled("  id  queued  receivers waiting  closed", render.DIM)]
    for c in sorted(channels, key=lambda c: c.id):
        waiters = ", ".join(f"strand {w}" for w in c.waiters) or "-"
        rows.append(render.plain(
            f"  {c.id:<3} {c.queued:<7} {waiters:<18} {'yes' if c.closed else 'no'}"))
    return CommandOutput.of(render.join(rows))


def _kill(session, arg: str) -> CommandOutput:
    ident = arg.split()[0] if arg else ""
    if not ident.isdigit():
        return _fail("usage: :kill ID (a strand's id, as :strands lists them)")
    if not session.kill(int(ident)):
        return _fail(f"no strand {ident} (:strands lists the live ones)")
    return _say(f"Killed strand {ident}.")


# --- files ---------------------------------------------------------------------------------


def _load(session, arg: str) -> CommandOutput:
    if not arg:
        return _fail("usage: :load FILE")
    path = Path(arg).expanduser()
    if not path.suffix and not path.exists() and path.with_suffix(".seq").exists():
        path = path.with_suffix(".seq")
    return _load_path(session, path)


def _reload(session, arg: str) -> CommandOutput:
    state = _state(session)
    if state.loaded is None:
        return _fail("nothing loaded yet: :load FILE first")
    # Includes are taken once per world; forget the ones this file brought
    # in so they are read again too.
    session.world.resolver.files -= state.loaded_files
    return _load_path(session, state.loaded)


def _load_path(session, path: Path) -> CommandOutput:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return _fail(f"cannot read {path}: {getattr(e, 'strerror', None) or e}")
    resolver = session.world.resolver
    before = set(resolver.files)
    result = session.eval(text, str(path), path.resolve().parent)
    if not result.ok:
        return CommandOutput.of(render.join(render.error(e) for e in result.errors), ok=False)
    resolver = session.world.resolver
    resolver.files.add(path.resolve())  # a later `include` of it adds nothing again
    state = _state(session)
    state.loaded = path
    state.loaded_files = (resolver.files - before) | {path.resolve()}
    words = session.world.program.words
    count = sum(is_user_word(words[n]) for n in [*result.defined, *result.redefined])
    parts = [render.styled(f"Loaded {path}: {count} word{'s' if count != 1 else ''}. "
                           + defined_message(result), render.OK)]
    if has_code(text):
        parts.append(render.stack(session.world.stack()))
    return CommandOutput.of(render.join(parts))


def saved_text(session) -> str:
    """The session's own unions and words as a Seq file, includes first."""
    world = session.world
    program = world.program
    out = ["# Saved from a seqjit session; `:load` it, or include it from a program.", ""]
    out += [f"include std:{name}" for name in sorted(world.resolver.std)]
    if world.resolver.std:
        out.append("")
    for union in program.unions.values():
        if not union.span.source.name.startswith("<std:"):
            out += [span_text(union.span), ""]
    for word in program.words.values():
        if is_user_word(word):
            out += [definition_text(word.definition), ""]
    return "\n".join(out)


def _save(session, arg: str) -> CommandOutput:
    if not arg:
        return _fail("usage: :save FILE")
    path = Path(arg).expanduser()
    if not path.suffix:
        path = path.with_suffix(".seq")
    text = saved_text(session)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        return _fail(f"cannot write {path}: {e.strerror}")
    count = sum(1 for w in session.world.program.words.values() if is_user_word(w))
    return _say(f"Saved {count} word{'s' if count != 1 else ''} to {path}.")


def edit_text(session, name: str) -> str:
    """What `:edit WORD` puts in the editor: the word's source (a union's
    for the words it generates); empty for a new entry."""
    if not name:
        return ""
    program = session.world.program
    word = program.words.get(name)
    if word is None:
        if name in program.unions:
            return span_text(program.unions[name].span) + "\n"
        raise KeyError(name)
    if word.definition.generated_from:
        return span_text(program.unions[word.definition.generated_from].span) + "\n"
    return definition_text(word.definition) + "\n"


def _edit(session, arg: str) -> CommandOutput:
    return _fail(":edit opens $EDITOR, so it works in the terminal REPL (seqrepl); "
                 "in a notebook, edit the cell")


def _set(session, arg: str) -> CommandOutput:
    return _fail(":set (vi or emacs keys) applies to the terminal REPL (seqrepl)")


# --- the session ---------------------------------------------------------------------------


def _reset(session, arg: str) -> CommandOutput:
    killed = [s.id for s in session.strands() if session.kill(s.id)]
    session.reset()
    _STATES.pop(session, None)
    ended = f" ({len(killed)} strand{'s' if len(killed) != 1 else ''} ended)" if killed else ""
    return _say(f"A fresh world: no words, an empty stack{ended}.")


def _quit(session, arg: str) -> CommandOutput:
    return CommandOutput("", None, True, True)


COMMANDS: tuple[Command, ...] = (
    Command("help", "", "this list", _help, ("h",)),
    Command("stack", "", "the stack with each value's type", _stack),
    Command("clear", "", "empty the stack", _clear),
    Command("undo", "", "put the stack back as it was before the last entry", _undo, ("pop",)),
    Command("words", "[PREFIX]", "the words defined; with PREFIX, every word starting so",
            _words),
    Command("see", "WORD", "a word's source and stack effect (builtins: effect and doc)", _see),
    Command("type", "CODE", "the stack effect of code, without running it", _type),
    Command("ir", "WORD", "a word's optimised LLVM IR", _ir),
    Command("asm", "WORD", "a word's machine code", _asm),
    Command("time", "CODE", "run code and report the wall time", _time),
    Command("strands", "", "the strands living on in the background, and their state", _strands),
    Command("channels", "", "the channels: queued values, receivers waiting", _channels),
    Command("kill", "ID", "end a strand (one that is not running right now)", _kill),
    Command("load", "FILE", "define the words of a Seq file", _load),
    Command("reload", "", "load the last loaded file again", _reload),
    Command("save", "FILE", "write this session's unions and words to a Seq file", _save),
    Command("edit", "[WORD]", "edit a word (or a new entry) in $EDITOR, then run it", _edit),
    Command("set", "vi|emacs", "the REPL's editing keys", _set),
    Command("reset", "", "start again: no words, an empty stack", _reset),
    Command("quit", "", "leave (Ctrl-D too)", _quit, ("q", "exit")),
)
_BY_NAME: dict[str, Command] = {
    alias: c for c in COMMANDS for alias in (c.name, *c.aliases)
}
COMMAND_NAMES = tuple(_BY_NAME)

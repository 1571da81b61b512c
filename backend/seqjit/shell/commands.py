"""The shared `:commands`: those that mean the same in the REPL and in a
notebook, as the registry `SHARED` (shell/registry.py) that each front end
extends with its own. Every handler takes the `Shell` it runs in and its
argument, and answers with a `CommandOutput`.
"""

from __future__ import annotations

from pathlib import Path

from .. import LANGUAGE_VERSION, __version__, progress
from ..diagnostics import SeqError, Source
from ..syntax.cell import parse_cell
from ..syntax.includes import read_source
from ..types.builtins import SPECS
from ..types.declared import did_you_mean
from ..types.program import check_code
from ..types.terms import surface
from . import catalog, journal, lint, present, render
from .catalog import UserWord, short_effect
from .completion import code_argument, file_argument, include_argument, word_argument
from .console import CONSOLE
from .displays import plot
from .events import CommandOutput, Defined, Error
from .ffi import FFI
from .preview import code_span, effect_on, open_effect
from .profiling import PROFILE
from .registry import Command, Registry, failure, say
from .sessionfile import include, is_user_word, saved_text, show
from .timing import TIME, TIMEIT
from .trace import STEP, TRACE

# --- :help ----------------------------------------------------------------------------


def _help(shell, arg: str) -> CommandOutput:
    rows = []
    for c in shell.commands:
        usage = f":{c.name}" + (f" {c.usage}" if c.usage else "")
        also = f" (also :{', :'.join(c.aliases)})" if c.aliases else ""
        rows.append(render.styled(f"  {usage:<18}", render.BOLD) + render.plain(c.help + also))
    intro = render.plain(
        "Type Seq code or definitions; an entry continues over lines while a definition,\n"
        "quotation, if or match is open. After each entry the stack is shown bottom to top.\n"
        "A line `:name` is a command (a near miss like :stak is an error, not a Symbol);\n"
        "to push a Symbol named like a command, write `\"stack\" string->symbol`.\n"
        "Commands:"
    )
    return CommandOutput(render.join([intro, *rows]))


# --- the session ---------------------------------------------------------------------------


def _version(shell, arg: str) -> CommandOutput:
    import llvmlite
    import llvmlite.binding as llvm


    llvm_version = ".".join(map(str, llvm.llvm_version_info))
    return CommandOutput(render.plain(
        f"seqjit {__version__} (Seq {LANGUAGE_VERSION}; llvmlite {llvmlite.__version__}, "
        f"LLVM {llvm_version})"))


# --- the stack ---------------------------------------------------------------------------


def _stack(shell, arg: str) -> CommandOutput:
    return CommandOutput(render.typed_stack(shell.session.world.stack()))


def _clear(shell, arg: str) -> CommandOutput:
    world = shell.session.world
    world.clear()
    return CommandOutput(render.stack(world.stack()))


def _undo(shell, arg: str) -> CommandOutput:
    world = shell.session.world
    if not world.undo():
        return failure("nothing to undo")
    return CommandOutput(render.stack(world.stack()))


# --- words ---------------------------------------------------------------------------------


def _words(shell, arg: str) -> CommandOutput:
    program = shell.session.world.program
    if not arg:
        user = [(w, w.origin) for w in catalog.entries(program) if isinstance(w.origin, UserWord)]
        user.sort(key=lambda pair: not pair[1].is_own)  # stable: by name within each part
        rows = [present.word_row(w) for w, _ in user]
        note = render.styled(
            f"{len(SPECS)} builtins too: `:words PREFIX` lists every word starting with PREFIX",
            render.DIM)
        if not rows:
            return CommandOutput(render.join([render.plain("No words defined yet."), note]))
        return CommandOutput(render.join([*rows, note]))
    rows = [present.word_row(w) for w in catalog.entries(program, arg)]
    if not rows:
        return say(f"No word starts with '{arg}'.")
    return CommandOutput(render.join(rows))


def _unknown(shell, name: str) -> CommandOutput:
    known = [*shell.session.world.program.words, *SPECS]
    guess = did_you_mean(name, known)
    hint = f"; did you mean '{guess}'?" if guess else ""
    return failure(f"unknown word '{name}'{hint}")


def _see(shell, arg: str) -> CommandOutput:
    name = arg.split()[0] if arg else ""
    if not name:
        return failure("usage: :see WORD")
    word = shell.inspect(name)
    if word is None:
        return _unknown(shell, name)
    return CommandOutput(present.word(word))


# --- :type ---------------------------------------------------------------------------------


def _type(shell, arg: str) -> CommandOutput:
    """The stack effect of code, checked without running it: against an
    open stack (any values below), or — when it needs the values there —
    against the current stack."""
    if not arg:
        return failure("usage: :type CODE")
    source = Source("<:type>", arg)
    cell = parse_cell(source)
    if cell.module.words or cell.module.unions or cell.module.includes:
        return failure(":type takes code to check, not definitions or includes")
    world = shell.session.world
    try:
        effect = open_effect(world.program, cell.code, code_span(source, cell.code))
        where = "on any stack"
    except SeqError as open_error:
        if not world.types:
            return CommandOutput(render.error(open_error), ok=False)
        try:
            after = check_code(world.program, parse_cell(Source("<:type>", arg)).code, world.types)
        except SeqError:
            return CommandOutput(render.error(open_error), ok=False)
        effect = effect_on(world.types, after)
        where = "on the current stack (it needs the values there)"
    return CommandOutput(render.code(short_effect(surface(effect)), "seq")
                         + render.styled(f"  {where}", render.DIM))


# --- :ir and :asm ---------------------------------------------------------------------------


def word_ir(session, name: str) -> str:
    """The optimised LLVM IR of `name` as it is compiled in the session:
    the word is compiled again alone, under the symbols the world uses,
    and only its own functions are kept."""
    from ..codegen.program import ProgramCompiler
    from ..live.world import optimisation

    world = session.world
    if name not in world.program.words:
        raise KeyError(name)
    compiler = ProgramCompiler(world.program, f"seq_ir_{name}", only=[name],
                               suffix=world.linked[name].unit, linked=world.linked,
                               natives=world.natives)
    text = compiler.compile()
    if compiler.errors:
        raise compiler.errors[0]
    return world.engine.optimised_ir(text, optimisation(world.program, [name], compiler))


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


def _ir_or_asm(shell, arg: str, asm: bool) -> CommandOutput:
    session = shell.session
    name = arg.split()[0] if arg else ""
    command = ":asm" if asm else ":ir"
    if not name:
        return failure(f"usage: {command} WORD")
    if name in SPECS and name not in session.world.program.words:
        return say(f"'{name}' is a builtin: it is emitted inline where it is used or lives in "
                    f"the runtime, so it has no code of its own; try {command} on a word that "
                    "uses it.")
    try:
        text = word_ir(session, name)
    except KeyError:
        return _unknown(shell, name)
    if asm:
        from ..live.engine import Optimise

        # `text` is optimised already, as the word was when it was compiled.
        listing = _assembly(session.world.engine.assembly(text, Optimise.NONE))
        return CommandOutput(render.code(listing, "gas"))
    return CommandOutput(render.code(_defined_functions(text), "llvm"))


def _ir(shell, arg: str) -> CommandOutput:
    return _ir_or_asm(shell, arg, asm=False)


def _asm(shell, arg: str) -> CommandOutput:
    return _ir_or_asm(shell, arg, asm=True)


# --- strands -----------------------------------------------------------------------------


def _kill(shell, arg: str) -> CommandOutput:
    ident = arg.split()[0] if arg else ""
    if not ident.isdigit():
        return failure("usage: :kill ID (a strand's id, as :strands lists them)")
    if not shell.session.kill(int(ident)):
        return failure(f"no strand {ident} (:strands lists the live ones)")
    return say(f"Killed strand {ident}.")


# --- files ---------------------------------------------------------------------------------


def _load(shell, arg: str) -> CommandOutput:
    if not arg:
        return failure("usage: :load FILE")
    path = Path(arg).expanduser()
    if not path.suffix and not path.exists() and path.with_suffix(".seq").exists():
        path = path.with_suffix(".seq")
    return _load_path(shell, path)


def _reload(shell, arg: str) -> CommandOutput:
    if shell.loaded is None:
        return failure("nothing loaded yet: :load FILE first")
    # Includes are taken once per world; forget the ones this file brought
    # in so they are read again too.
    shell.session.world.resolver.files -= shell.loaded_files
    return _load_path(shell, shell.loaded)


def _load_path(shell, path: Path) -> CommandOutput:
    try:
        text = read_source(path).text
    except SeqError as e:
        return failure(e.message)
    session = shell.session
    resolver = session.world.resolver
    before = set(resolver.files)
    # As a program's root file is (syntax/includes.py), the loaded file counts as
    # included before its includes are read: a cycle back to it adds nothing, and
    # a later `include` of it adds nothing again.
    resolver.files.add(path.resolve())
    with progress.task(f"loading {path}"):
        result = session.eval(text, str(path), path.resolve().parent)
    if not result.ok:
        resolver.files = before
        return CommandOutput(render.join(render.error(e) for e in result.errors), ok=False)
    shell.loaded = path
    shell.loaded_files = (resolver.files - before) | {path.resolve()}
    shell.accepted(text, path.resolve().parent)
    words = session.world.program.words
    count = sum(is_user_word(words[n]) for n in [*result.defined, *result.redefined])
    said = present.defined_message(Defined(tuple(result.defined), tuple(result.redefined)))
    parts = [render.styled(f"Loaded {path}: {count} word{'s' if count != 1 else ''}. " + said,
                           render.OK)]
    if has_code(text):
        parts.append(render.stack(session.world.stack()))
    return CommandOutput(render.join(parts))


def _save(shell, arg: str) -> CommandOutput:
    session = shell.session
    if not arg:
        return failure("usage: :save FILE")
    if "\0" in arg:
        return failure("cannot write: a file name cannot contain a NUL character")
    path = Path(arg).expanduser()
    if path.name in ("", ".."):  # "/", ".", "dir/..": a directory, and no name to add .seq to
        return failure(f"cannot write {arg}: it names a directory, not a file")
    if not path.suffix:
        path = path.with_suffix(".seq")
    text = saved_text(session)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        return failure(f"cannot write {path}: {e.strerror}")
    count = sum(1 for w in session.world.program.words.values() if is_user_word(w))
    return say(f"Saved {count} word{'s' if count != 1 else ''} to {path}.")


# --- the session ---------------------------------------------------------------------------


def _reset(shell, arg: str) -> CommandOutput:
    killed = shell.reset()
    ended = f" ({killed} strand{'s' if killed != 1 else ''} ended)" if killed else ""
    return say(f"A fresh world: no words, an empty stack{ended}.")


def _restore(shell, arg: str) -> CommandOutput:
    """Define again what a journal holds: FILE's, or by default the newest
    journal of another session (one that died, typically)."""
    own = shell.journal.path if shell.journal is not None else None
    if arg:
        try:
            found = journal.read(Path(arg).expanduser())
        except OSError as e:
            return failure(f"cannot read {arg}: {e.strerror}")
    else:
        newest = journal.journals(besides=own)
        if not newest:
            return failure(f"no journal to restore (sessions keep them in {journal.journal_dir()})")
        found = newest[0]
    errors: list[SeqError] = []
    for i, entry in enumerate(found.entries, 1):
        ran = shell.run_code(entry.definitions, f"<restored {i}>", entry.base_dir)
        errors += [e.error for e in ran if isinstance(e, Error)]
    journal.mark_restored(found.path)
    restored = len(found.entries) - len(errors)
    said = render.styled(f"Restored {restored} of {len(found.entries)} entries' definitions "
                         f"from {found.path}.", render.OK if not errors else render.ERROR)
    return CommandOutput(render.join([said, *(render.error(e) for e in errors)]))


def _quit(shell, arg: str) -> CommandOutput:
    return CommandOutput(render.EMPTY, quit=True)


SHARED = Registry((
    Command("help", "", "this list", _help, ("h",)),
    Command("version", "", "the versions of seqjit, of Seq it follows, and of LLVM", _version,
            ("v",)),
    Command("stack", "", "the stack with each value's type", _stack, ("s",)),
    Command("clear", "", "empty the stack", _clear),
    Command("undo", "", "put the stack back as it was before the last entry", _undo, ("pop",)),
    Command("words", "[PREFIX]", "the words defined; with PREFIX, every word starting so",
            _words),
    Command("see", "WORD", "a word's source and stack effect (builtins: effect and doc)", _see,
            complete=word_argument),
    Command("type", "CODE", "the stack effect of code, without running it", _type,
            complete=code_argument),
    Command("ir", "WORD", "a word's optimised LLVM IR", _ir, complete=word_argument),
    Command("asm", "WORD", "a word's machine code", _asm, complete=word_argument),
    TIME, TIMEIT, PROFILE,
    Command("plot", "[line|scatter|bar] [CODE]", "a chart of the List CODE leaves (or of the "
            "top of the stack): numbers, or pairs (x y)", plot, complete=code_argument),
    TRACE,
    STEP,
    *CONSOLE,
    Command("kill", "ID", "end a strand (one that is not running right now)", _kill),
    Command("load", "FILE", "define the words of a Seq file", _load, complete=file_argument),
    Command("reload", "", "load the last loaded file again", _reload),
    FFI,
    Command("include", "MODULE", "include a module (std:NAME, or \"file.seq\")", include,
            complete=include_argument),
    Command("show", "", "this session as a Seq file (what :save writes)", show),
    Command("save", "FILE", "write this session's unions and words to a Seq file", _save,
            complete=file_argument),
    lint.COMMAND,
    Command("reset", "", "start again: no words, an empty stack", _reset),
    Command("restore", "[FILE]", "define again the words of a session that died (its journal; "
            "default: the newest)", _restore, complete=file_argument),
    Command("quit", "", "leave (Ctrl-D too)", _quit, ("q", "exit")),
))
"""The commands every front end has; a front end's own go before `:reset`
(`SHARED.extended(..., before="reset")`), where `:help` has always listed them."""


def has_code(text: str) -> bool:
    """Whether an entry runs anything (rather than only defining words)."""
    try:
        return bool(parse_cell(Source("<entry>", text)).code)
    except SeqError:
        return True

"""Running code one word at a time on the live stack: the machine under
`:step` and `:trace`.

The code is checked as an entry would be; then each statement runs as
compiled code of its own (one small entry, cached by what it compiles to)
on a copy of the current stack, exactly as it would run inside a word. To
step *into* a statement the machine follows the checked syntax tree
instead: a user word's body, an `if`'s chosen branch, a `match`'s arm
(its fields pushed), and the quotation a combinator runs (`call`, `dip`,
`keep`, `bi`, `if`, `list.each`, `list.map`, `list.filter`, `list.fold`),
whose moves around the quotation (setting a value aside, putting it back,
one element after another) are done here. A quotation can be stepped into
when the stepper made it (its code is known); one made inside code that
ran as a whole runs as a whole.

Every `State` is a snapshot: it owns a reference to each value on its
stack and in its frames (values set aside, the aux stack), so an earlier
state stays whole while later ones run (a value shared with a snapshot is
copied before a builtin changes it) and stepping back is taking it again.
Side effects (output, sends, files) are not undone. Nothing reaches the
world's stack until the code has run to its end (`finish`).

Everything here runs on the engine thread (Session.run_job).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ..codegen.program import ProgramCompiler
from ..diagnostics import SeqError, Source, Span
from ..live.engine import Optimise
from ..live.values import Shown, render, show, type_of, word_at
from ..live.world import INTERRUPTED, Entry, EntryInterrupted, World
from ..runtime.layout import CLOSURE, CLOSURE_OBJ, OBJECT, TRUE, VARIANT, VARIANT_OBJ
from ..syntax import ast
from ..syntax.cell import parse_cell
from ..types.builtins import SPECS, builtin_effect
from ..types.checker import Checker
from ..types.facts import PROBE, Typing
from ..types.program import CheckedCode, check_entry, word_checker
from ..types.terms import EMPTY, Closure, Empty, Type, items, pretty, stack_of, surface
from .catalog import span_text

_symbols = itertools.count(1)  # step entries' symbols: unique in the process, so per engine
LIST_WORDS = ("list.each", "list.map", "list.filter", "list.fold")
COMBINATORS = ("call", "dip", "keep", "bi", "if", *LIST_WORDS)


class StepFailed(Exception):
    """A step could not run (a runtime error, an interrupt): the state
    before it is still the current one."""

    def __init__(self, error: SeqError) -> None:
        super().__init__(error.message)
        self.error = error


# --- states -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Held:
    """A value kept off the stack while a body runs, with its type."""

    value: int
    type: Type


@dataclass(frozen=True)
class PutBack:
    """When the body ends, push `held` (`dip`, `keep`)."""

    held: Held


@dataclass(frozen=True)
class ThenRun:
    """When the first quotation of `bi` ends: push `held`, run `quotation`."""

    held: Held
    quotation: Held


@dataclass(frozen=True)
class EachItem:
    """The body is a list combinator's quotation run on element `index` of
    `source`; `acc` is the list being made (map, filter), `item` the
    element under test (filter)."""

    word: str
    source: Held
    index: int
    quotation: Held
    acc: Held | None = None
    item: Held | None = None


Finish = PutBack | ThenRun | EachItem | None


@dataclass(frozen=True)
class Frame:
    """A body being stepped: its statements, the facts the checker learnt
    about them, what runs it (a word's name, a combinator) and where it is."""

    body: tuple[ast.Statement, ...]
    typing: Typing
    label: str
    at: int = 0
    aux: tuple[Held, ...] = ()
    finish: Finish = None

    def held(self) -> Iterator[int]:
        """The values this frame keeps a reference to."""
        yield from (h.value for h in self.aux)
        finish = self.finish
        if isinstance(finish, PutBack | ThenRun):
            yield finish.held.value
        if isinstance(finish, ThenRun):
            yield finish.quotation.value
        if isinstance(finish, EachItem):
            yield finish.source.value
            yield finish.quotation.value
            yield from (h.value for h in (finish.acc, finish.item) if h is not None)


@dataclass(frozen=True)
class State:
    """The stack (bottom first, with static types) and the bodies being run,
    innermost last; it owns a reference to every value it holds."""

    values: tuple[int, ...]
    types: tuple[Type, ...]
    frames: tuple[Frame, ...]

    def owned(self) -> Iterator[int]:
        yield from self.values
        for frame in self.frames:
            yield from frame.held()

    @property
    def depth(self) -> int:
        """How deep the next statement runs (0: the code itself)."""
        return max(0, len(self.frames) - 1)

    def shown(self) -> list[Shown]:
        return [show(v, t) for v, t in zip(self.values, self.types, strict=True)]


@dataclass(frozen=True)
class Step:
    """One move of the machine, as shown to people."""

    text: str  # the word (or what happened: "end of sq")
    span: Span | None
    effect: str  # e.g. "( Int -- Int Int )"
    depth: int
    kind: str  # "run" (ran as a whole), "enter" (into a body), "leave" (a body ended)
    stack: tuple[Shown, ...]  # after it
    changed: frozenset[int]  # slots (from the bottom) it changed

    @property
    def location(self) -> str:
        return self.span.location if self.span is not None else ""


def unchanged_below(before: State, after: State) -> int:
    """How many slots from the bottom a step left as they were."""
    same = 0
    for v1, t1, v2, t2 in zip(before.values, before.types, after.values, after.types,
                              strict=False):
        if v1 != v2 or t1 != t2:
            break
        same += 1
    return same


def changed_slots(before: State, after: State) -> frozenset[int]:
    """The slots of `after` that differ from `before`: all from the lowest
    one that changed."""
    return frozenset(range(unchanged_below(before, after), len(after.values)))


# --- compiled steps -----------------------------------------------------------------------


@dataclass
class StepCache:
    """A world's compiled steps (key -> code address) and the quotations
    they made (code address -> the quotation and its body's facts). The
    nodes keyed by identity are kept alive here."""

    code: dict[tuple, int] = field(default_factory=dict)
    quotations: dict[int, tuple[ast.Quotation, Typing]] = field(default_factory=dict)
    kept: list[object] = field(default_factory=list)


def step_key(stmts: tuple[ast.Statement, ...], typing: Typing, world: World) -> tuple:
    """What a step compiles to: a word by name (and the slots it is called
    through now), a literal by value; anything else by node."""
    if len(stmts) == 1 and isinstance(stmts[0], ast.WordCall):
        name = typing.resolved(stmts[0])
        if name not in ("pick", "roll", "cond", PROBE):  # these compile by where they are
            linked = world.linked.get(name)
            return ("call", name, linked and (linked.general_slot, linked.native_slot))
    if len(stmts) == 1 and isinstance(stmts[0], ast.IntLit | ast.BoolLit | ast.FloatLit
                                      | ast.StringLit):
        literal = stmts[0]
        return ("literal", type(literal).__name__, literal.value)
    if len(stmts) == 1 and isinstance(stmts[0], ast.SymbolLit):
        return ("symbol", stmts[0].name)
    return ("nodes", id(typing), *(id(s) for s in stmts))


# --- the machine --------------------------------------------------------------------------


class Stepper:
    """Runs checked code on a snapshot of the world's stack, a step at a
    time; `finish` hands the stack it leaves to the world."""

    def __init__(self, world: World, checked: CheckedCode, cache: StepCache, entry: Entry,
                 keep: int = 0) -> None:
        self.world = world
        self.keep = keep  # how many earlier states back() can return to
        self.cache = cache
        self.entry = entry
        self.program = world.program
        self.checker: Checker | None = None  # made when first needed
        for value in world.values:
            world.incref(value)
        top = Frame(tuple(checked.code), checked.typing, "")
        self.state = State(tuple(world.values), tuple(world.types), (top,))
        self.history: list[State] = []  # earlier states, for back()
        self._made: list[int] = []  # values made for the state being derived (_derive)
        self.final_types = checked.types

    # --- moves --------------------------------------------------------------------------

    @property
    def done(self) -> bool:
        """Whether the code has run to its end."""
        frames = self.state.frames
        return not frames or (len(frames) == 1 and frames[0].at >= len(frames[0].body))

    def step(self, into: bool) -> Step:
        """One move: the next statement of the innermost body (entered when
        `into` and it can be), or the end of that body. StepFailed leaves
        the state as it was."""
        before = self.state
        try:
            after, step = self._step(before, into)
        except BaseException:
            for value in self._made:
                self.world.decref(value)
            self._made = []
            raise
        self.history.append(before)
        while len(self.history) > self.keep:
            self._release(self.history.pop(0))
        self.state = after
        return step

    def upcoming(self) -> tuple[str, Span | None]:
        """What the next step runs (or which body it ends), and where."""
        frame = self.state.frames[-1]
        if frame.at >= len(frame.body):
            return _end_label(frame), None
        stmts = _next_statements(frame)
        span = stmts[0].span.to(stmts[-1].span)
        return _one_line(span), span

    def run(self, max_depth: int) -> Iterator[Step]:
        """Steps to the end, entering bodies down to `max_depth` levels."""
        while not self.done:
            self.check_interrupt()
            yield self.step(into=self.state.depth < max_depth)

    def out(self) -> list[Step]:
        """Run the rest of the innermost body, and leave it."""
        level = len(self.state.frames)
        steps = []
        while not self.done and len(self.state.frames) >= level:
            self.check_interrupt()
            steps.append(self.step(into=False))
        return steps

    def check_interrupt(self) -> None:
        if self.entry.interrupted:
            raise StepFailed(SeqError("runtime error", INTERRUPTED))

    def _step(self, before: State, into: bool) -> tuple[State, Step]:
        frame = before.frames[-1]
        if frame.at >= len(frame.body):
            after = self._leave(before)
            return after, Step(_end_label(frame), None, "", before.depth, "leave",
                               tuple(after.shown()), changed_slots(before, after))
        stmts = _next_statements(frame)
        span = stmts[0].span.to(stmts[-1].span)
        moved = replace(frame, at=frame.at + len(stmts))
        base = replace(before, frames=(*before.frames[:-1], moved))
        kind = "run"
        found = self._moved(base, stmts[0]) if len(stmts) == 1 else None
        if found is None and into and len(stmts) == 1:
            found = self._enter(base, stmts[0], frame)
            kind = "enter" if found is not None else kind
        after = found if found is not None else self._run(base, stmts, frame.typing)
        return after, Step(_one_line(span), span, self._effect(stmts, frame.typing, before, after),
                           before.depth, kind, tuple(after.shown()), changed_slots(before, after))

    def back(self) -> bool:
        """Take the state before the last step again."""
        if not self.history:
            return False
        self._release(self.state)
        self.state = self.history.pop()
        return True

    def forget_history(self) -> None:
        """Drop the snapshots kept for back() (a trace keeps none)."""
        for state in self.history:
            self._release(state)
        self.history = []

    def finish(self) -> None:
        """The code ran to its end: its stack becomes the world's."""
        assert self.done
        for value in self.state.values:
            self.world.incref(value)
        types = list(self.state.types)
        if self.final_types is not None and len(self.final_types) == len(types):
            types = list(self.final_types)
        self.world.adopt(list(self.state.values), types)
        self.close()

    def close(self) -> None:
        """Let go of every snapshot (the world's stack is as it was, unless
        finish() handed it the result)."""
        self.forget_history()
        self._release(self.state)
        self.state = State((), (), ())

    # --- entering bodies ----------------------------------------------------------------

    def _enter(self, state: State, stmt: ast.Statement, frame: Frame) -> State | None:
        """`state` (the statement taken) with the statement's body entered;
        None when it has none to step into (then it runs as a whole)."""
        if isinstance(stmt, ast.If):
            values, types, flag = _pop(state)
            branch = stmt.then_body if flag.value == TRUE else (stmt.else_body or [])
            label = "if (then)" if flag.value == TRUE else "if (else)"
            return self._derive(values, types, (*state.frames, Frame(tuple(branch), frame.typing,
                                                                     label)))
        if isinstance(stmt, ast.Match):
            return self._match(state, stmt, frame.typing)
        if not isinstance(stmt, ast.WordCall):
            return None
        name = frame.typing.resolved(stmt)
        word = self.program.words.get(name)
        if word is not None and name not in SPECS:
            body = Frame(tuple(word.definition.body), word.typing, name)
            return self._derive(list(state.values), list(state.types), (*state.frames, body))
        if name in COMBINATORS:
            return self._combinator(state, name)
        return None

    def _match(self, state: State, stmt: ast.Match, typing: Typing) -> State | None:
        """Enter the arm of `stmt` the variant on top matches, its fields
        pushed; None (it runs whole, and fails there) for a variant it
        cannot take."""
        values, types, variant = _pop(state)
        if not _is_variant(variant.value):
            return None
        tag, _ = render(VARIANT_OBJ.read(variant.value, "tag"), None, 0)
        arm = next((a for a in stmt.arms if f":{a.variant}" == tag), None)
        info = self.program.variants.get(arm.variant) if arm is not None else None
        if arm is None or info is None:
            return None
        names = [name for name, _ in info.fields]
        if VARIANT_OBJ.read(variant.value, "count") < len(names):
            return None
        for name in names if arm.bindings is None else arm.bindings:
            i = names.index(name)
            values.append(word_at(VARIANT_OBJ.item_address(variant.value, i)))
            types.append(info.fields[i][1])
        arm_frame = Frame(tuple(arm.body), typing, f"match {arm.variant}")
        return self._derive(values, types, (*state.frames, arm_frame))

    def _moved(self, state: State, stmt: ast.Statement) -> State | None:
        """`>aux` and `aux>`: a value moved between the stack and the body's
        aux stack (never compiled alone: the pair belongs to one body)."""
        if not isinstance(stmt, ast.WordCall) or stmt.name not in (">aux", "aux>"):
            return None
        values, types = list(state.values), list(state.types)
        inner = state.frames[-1]
        if stmt.name == ">aux":
            values, types, top = _pop(state)
            inner = replace(inner, aux=(*inner.aux, top))
        else:
            top = inner.aux[-1]
            values.append(top.value)
            types.append(top.type)
            inner = replace(inner, aux=inner.aux[:-1])
        return self._derive(values, types, (*state.frames[:-1], inner))

    def _combinator(self, state: State, name: str) -> State | None:
        values, types, quotation = _pop(state)
        body = self._body_of(quotation)
        if body is None:
            return None
        if name == "call":
            return self._call(values, types, state.frames, quotation, None, "call")
        if name == "dip":
            below = _pop_from(values, types)
            return self._call(values, types, state.frames, quotation, PutBack(below), "dip")
        if name == "keep":
            kept = Held(values[-1], types[-1])
            return self._call(values, types, state.frames, quotation, PutBack(kept), "keep")
        if name == "bi":
            first = _pop_from(values, types)
            if self._body_of(first) is None:
                return None
            kept = Held(values[-1], types[-1])
            return self._call(values, types, state.frames, first, ThenRun(kept, quotation),
                              "bi (first)")
        if name == "if":
            then_q = _pop_from(values, types)
            flag = _pop_from(values, types)
            chosen = then_q if flag.value == TRUE else quotation
            if self._body_of(chosen) is None:
                return None
            label = "if (then)" if flag.value == TRUE else "if (else)"
            return self._call(values, types, state.frames, chosen, None, label)
        return self._list_start(values, types, state.frames, quotation, name)

    def _call(self, values: list[int], types: list[Type], frames: tuple[Frame, ...],
              quotation: Held, finish: Finish, label: str) -> State:
        """Enter `quotation`'s body: its captured values pushed first, as
        calling a closure does."""
        found = self._body_of(quotation)
        assert found is not None
        quot, typing = found
        count = CLOSURE_OBJ.read(quotation.value, "count")
        captured = [word_at(CLOSURE_OBJ.item_address(quotation.value, i)) for i in range(count)]
        static = quotation.type.captures if isinstance(quotation.type, Closure) else ()
        for i, value in enumerate(captured):
            values.append(value)
            types.append(static[i] if len(static) == count else type_of(value))
        frame = Frame(tuple(quot.body), typing, label, finish=finish)
        return self._derive(values, types, (*frames, frame))

    def _body_of(self, quotation: Held) -> tuple[ast.Quotation, Typing] | None:
        """The quotation the stepper made that `quotation` runs, if it is one."""
        value = quotation.value
        if value & 1 or value in (0, TRUE) or OBJECT.read(value, "kind") != CLOSURE:
            return None
        return self.cache.quotations.get(CLOSURE_OBJ.read(value, "code"))

    # --- list combinators ---------------------------------------------------------------

    def _list_start(self, values: list[int], types: list[Type], frames: tuple[Frame, ...],
                    quotation: Held, word: str) -> State | None:
        index = -2 if word == "list.fold" else -1  # fold: the list is below the accumulator
        if len(values) < -index or not _is_variant(values[index]):
            return None
        source = Held(values.pop(index), types.pop(index))
        acc = None
        if word in ("list.map", "list.filter"):
            made = self._run_words(("list.make",), [])
            acc = Held(made[0], type_of(made[0]))
            self._made.append(made[0])
        each = EachItem(word, source, 0, quotation, acc)
        return self._next_item(values, types, frames, each)

    def _next_item(self, values: list[int], types: list[Type], frames: tuple[Frame, ...],
                   each: EachItem) -> State:
        """Run the quotation on element `each.index`, or end the combinator."""
        count = VARIANT_OBJ.read(each.source.value, "count")
        if each.index >= count:
            if each.acc is not None:
                values.append(each.acc.value)
                types.append(each.source.type)
            return self._derive(values, types, frames)
        item = word_at(VARIANT_OBJ.item_address(each.source.value, each.index))
        values.append(item)
        types.append(type_of(item))
        kept = Held(item, type_of(item)) if each.word == "list.filter" else None
        label = f"{each.word} [{each.index}]"
        return self._call(values, types, frames, each.quotation, replace(each, item=kept), label)

    def _list_step(self, values: list[int], types: list[Type], frames: tuple[Frame, ...],
                   each: EachItem) -> State:
        """An element's quotation ended: keep its result, go to the next."""
        acc = each.acc
        if each.word == "list.map":
            result = _pop_from(values, types)
            acc = self._pushed(acc, result.value)
        elif each.word == "list.filter":
            flag = _pop_from(values, types)
            if flag.value == TRUE and each.item is not None:
                acc = self._pushed(acc, each.item.value)
        return self._next_item(values, types, frames,
                               replace(each, index=each.index + 1, acc=acc, item=None))

    def _pushed(self, acc: Held | None, value: int) -> Held:
        assert acc is not None
        made = self._run_words(("list.push",), [acc.value, value])
        self._made.append(made[0])
        return Held(made[0], acc.type)

    # --- leaving bodies -----------------------------------------------------------------

    def _leave(self, state: State) -> State:
        frame = state.frames[-1]
        frames = state.frames[:-1]
        values, types = list(state.values), list(state.types)
        finish = frame.finish
        if isinstance(finish, PutBack):
            values.append(finish.held.value)
            types.append(finish.held.type)
        elif isinstance(finish, ThenRun):
            values.append(finish.held.value)
            types.append(finish.held.type)
            return self._call(values, types, frames, finish.quotation, None, "bi (second)")
        elif isinstance(finish, EachItem):
            return self._list_step(values, types, frames, finish)
        return self._derive(values, types, frames)

    # --- states and references ----------------------------------------------------------

    def _derive(self, values: list[int], types: list[Type], frames: tuple[Frame, ...]) -> State:
        """A new state made by moving values: it takes a reference of its
        own to each (the state it came from keeps its own). Values made for
        it (`_made`: their reference already taken) are not counted twice."""
        state = State(tuple(values), tuple(types), frames)
        for value in state.owned():
            self.world.incref(value)
        for value in self._made:
            self.world.decref(value)
        self._made = []
        return state

    def _release(self, state: State) -> None:
        for value in state.owned():
            self.world.decref(value)

    # --- running compiled steps ---------------------------------------------------------

    def _run(self, state: State, stmts: tuple[ast.Statement, ...], typing: Typing) -> State:
        """`state` after `stmts` ran as compiled code on its stack."""
        code = self._compiled(stmts, typing)
        outcome = self.world.run_on(code, list(state.values), self.entry)
        if isinstance(outcome, SeqError):
            if outcome.span is None:
                outcome = SeqError(outcome.kind, outcome.message, stmts[0].span)
            raise StepFailed(outcome)
        if len(stmts) == 1 and isinstance(stmts[0], ast.Quotation) and outcome:
            made = outcome[-1]
            if not made & 1 and made not in (0, TRUE) and OBJECT.read(made, "kind") == CLOSURE:
                self.cache.quotations[CLOSURE_OBJ.read(made, "code")] = (stmts[0], typing)
        types = self._types_after(stmts, typing, list(state.types), outcome)
        after = State(tuple(outcome), tuple(types), state.frames)
        for frame in after.frames:  # the stack's references came with the outcome
            for value in frame.held():
                self.world.incref(value)
        return after

    def _run_words(self, names: tuple[str, ...], values: list[int]) -> list[int]:
        """Builtins run on a stack of their own (a list combinator's helpers)."""
        span = Span(Source("<step>", ""), 1, 1, 1, 1)
        code = self._compiled(tuple(ast.WordCall(n, span) for n in names), Typing())
        outcome = self.world.run_on(code, values, self.entry)
        if isinstance(outcome, SeqError):
            raise StepFailed(outcome)
        return outcome

    def _compiled(self, stmts: tuple[ast.Statement, ...], typing: Typing) -> int:
        key = step_key(stmts, typing, self.world)
        code = self.cache.code.get(key)
        if code is not None:
            return code
        symbol = f"seq.step.{next(_symbols)}"
        try:
            with self.entry:
                compiler = ProgramCompiler(self.program, symbol.replace(".", "_"), only=[],
                                           linked=self.world.linked, natives=self.world.natives)
                compiler.compile_entry(symbol, list(stmts), typing)
                text = compiler.finish()
        except EntryInterrupted:
            raise StepFailed(SeqError("runtime error", INTERRUPTED)) from None
        if compiler.errors:
            raise StepFailed(compiler.errors[0])
        self.world.scheduler.code.load(self.world.engine, text, compiler.debug.sites,
                                       Optimise.NONE)
        code = self.world.engine.address(symbol)
        self.cache.code[key] = code
        self.cache.kept.append((stmts, typing))
        return code

    # --- types and effects --------------------------------------------------------------

    def _types_after(self, stmts: tuple[ast.Statement, ...], typing: Typing,
                     before: list[Type], values: list[int]) -> list[Type]:
        """The static types of the stack a compiled step left: inferred from
        the types before it; from the values where inference cannot say."""
        found: list[Type] | None = None
        if len(stmts) == 1 and isinstance(stmts[0], ast.Quotation):
            qtype = typing.quotation_type(stmts[0])
            captured = len(qtype.captures) if isinstance(qtype, Closure) else 0
            found = [*before[:len(before) - captured], qtype]
        else:
            checker = self.checker = self.checker or word_checker(self.program)
            checker.typing, checker.aux, checker.word, checker.expected = Typing(), EMPTY, "", None
            try:
                stack, _, _ = checker.infer_body(list(stmts), stack_of(EMPTY, *before))
                types, base = items(stack)
                found = types if isinstance(base, Empty) else None
            except (SeqError, RecursionError):
                found = None
        if found is None or len(found) != len(values):
            return [type_of(v) for v in values]
        return found

    def _effect(self, stmts: tuple[ast.Statement, ...], typing: Typing, before: State,
                after: State) -> str:
        """A word's declared effect; for anything else what it did here."""
        if len(stmts) == 1 and isinstance(stmts[0], ast.WordCall):
            name = typing.resolved(stmts[0])
            word = self.program.words.get(name)
            if name in SPECS:
                effect = builtin_effect(name)
                return surface(effect) if effect is not None else ""
            if word is not None:
                return surface(word.effect)
        same = unchanged_below(before, after)
        consumed = [pretty(t) for t in before.types[same:]]
        produced = [pretty(t) for t in after.types[same:]]
        return surface_of(consumed, produced)


def surface_of(consumed: list[str], produced: list[str]) -> str:
    return f"( {' '.join([*consumed, '--', *produced])} )".replace("(  ", "( ")


def _next_statements(frame: Frame) -> tuple[ast.Statement, ...]:
    """The next step's statements: one, or a literal with the `pick`,
    `roll` or `cond` that takes it (they compile as one)."""
    stmt = frame.body[frame.at]
    nxt = frame.body[frame.at + 1] if frame.at + 1 < len(frame.body) else None
    if isinstance(stmt, ast.IntLit) and isinstance(nxt, ast.WordCall) \
            and nxt.name in ("pick", "roll", "cond"):
        return (stmt, nxt)
    return (stmt,)


def _one_line(span: Span) -> str:
    return " ".join(line.strip() for line in span_text(span).split("\n"))


def _end_label(frame: Frame) -> str:
    if not frame.label:
        return "end"
    if frame.label in SPECS or frame.label.startswith(("if", "call", "dip", "keep", "bi", "list.",
                                                       "match")):
        return f"end of {frame.label}"
    return f"end of {frame.label} ;"


def _pop(state: State) -> tuple[list[int], list[Type], Held]:
    values, types = list(state.values), list(state.types)
    return values, types, _pop_from(values, types)


def _pop_from(values: list[int], types: list[Type]) -> Held:
    return Held(values.pop(), types.pop())


def _is_variant(value: int) -> bool:
    return not value & 1 and value not in (0, TRUE) and OBJECT.read(value, "kind") == VARIANT


def checked_code(world: World, text: str, name: str) -> CheckedCode:
    """`text` (code only: no definitions) checked against the world's stack."""
    cell = parse_cell(Source(name, text))
    module = cell.module
    if module.words or module.unions or module.includes:
        raise SeqError("error", "steps and traces run code, not definitions: define the words "
                       "first, then step through code that uses them")
    return check_entry(world.program, cell.code, world.types)


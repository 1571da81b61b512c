"""The static checker: infers each word body's stack and checks it against
the declared effect, with the reference's rules.

Row polymorphism and unification come from `terms`. Special forms are typed
here: `>aux`/`aux>`, `call`, `dip`, `keep`, `bi`, the `if` combinator, the
classic `if`, `match`, quotations (deciding Quotation vs Closure and what a
closure captures), literal-driven `pick`/`roll` and arithmetic sugar.

The checker never changes the syntax tree: what code generation needs (a
sugar call's builtin, a quotation's type) goes into the `Typing` of the body
being checked (`typing`).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ..diagnostics import SeqError, Span
from ..syntax import ast
from .builtins import builtin_effect
from .declared import IMPLICIT_ROW, std_hint
from .facts import PROBE, Typing
from .terms import (
    BOOL,
    EMPTY,
    EMPTY_SUBST,
    FLOAT,
    INT,
    STRING,
    SYMBOL,
    Closure,
    Cons,
    Effect,
    Empty,
    Quot,
    Row,
    Stack,
    Subst,
    Type,
    UnifyError,
    UnionT,
    Var,
    depth,
    items,
    pretty,
    unify_stacks,
    unify_types,
)

RIGID_NOTE = (
    "the stack effect of '{word}' lists every value it may take; the body cannot "
    "reach below them"
)
SUGAR_OPS = frozenset(("+", "-", "*", "/", "%", "=", "<", ">", "<=", ">=", "<>"))
INPUT_ROW = "input"  # the open row a quotation body is inferred from


@dataclass(frozen=True, slots=True)
class VariantInfo:
    name: str
    union: str
    fields: tuple[tuple[str, Type], ...]


class Fail(Exception):
    """A type error not yet tied to a statement; `infer_statement` adds the span."""

    def __init__(
        self,
        message: str,
        expected: object | None = None,
        actual: object | None = None,
        notes: Iterable[str] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.expected = None if expected is None else pretty(expected)
        self.actual = None if actual is None else pretty(actual)
        self.notes = list(notes)


Result = tuple[Stack, Subst, list[Type]]  # stack after, substitution, Yield types


def _singleton(t: Type) -> Stack:
    return Cons(EMPTY, t)


def _merge(into: list[Type], more: Iterable[Type]) -> list[Type]:
    for t in more:
        if t not in into:
            into.append(t)
    return into


class Checker:
    """Checks word bodies against a world of declared effects and unions."""

    def __init__(
        self,
        words: Mapping[str, Effect],
        variants: dict[str, VariantInfo],
        union_variants: dict[str, list[str]],
        same_cycle: Callable[[str, str], bool],
    ) -> None:
        self.words = words
        self.variants = variants
        self.union_variants = union_variants
        self.same_cycle = same_cycle
        self.counter = 0
        self.word = ""
        self.aux: Stack = EMPTY
        self.expected: Type | None = None
        self.typing = Typing()  # the facts of the body being checked
        # Only a quotation body's accumulated substitution is ever read (to resolve
        # its open input row); a word body's is not, so it is not built: composing
        # it statement by statement would make long words quadratic.
        self.track_subst = False

    @property
    def where(self) -> str:
        """How messages name the code being checked ('' for a REPL entry)."""
        return f"in word '{self.word}': " if self.word else ""

    # --- words ------------------------------------------------------------------

    def lookup(self, name: str) -> Effect | None:
        effect = builtin_effect(name)
        return effect if effect is not None else self.words.get(name)

    def check_word(self, word: ast.WordDef, declared: Effect) -> Typing:
        """Check `word`'s body against `declared`; the facts learnt about it."""
        self.word = word.name
        self.aux = EMPTY
        self.typing = Typing()
        outs = declared.outputs
        top = outs.top if isinstance(outs, Cons) else None
        self.expected = top if isinstance(top, Quot | Closure) else None
        try:
            result, _, yields = self.infer_body(word.body, declared.inputs)
        finally:
            self.expected = None
        end = _closing_span(word.span)
        try:
            unify_stacks(declared.outputs, result)
        except UnifyError as e:
            raise SeqError(
                "type error",
                f"word '{word.name}' ends with a stack that does not match its declared output",
                end,
                expected=pretty(declared.outputs),
                actual=pretty(result),
                notes=[count_note(declared.outputs, result, "the body", "declared") or str(e)],
            ) from None
        if yields and declared.yields is None:
            raise SeqError(
                "type error",
                f"word '{word.name}' yields ({pretty(yields[0])}) but declares no Yield effect",
                word.name_span,
                notes=["add '| Yield T' to its stack effect, or run the yielding code "
                       "with strand.weave"],
            )
        if declared.yields is not None and not yields:
            raise SeqError(
                "type error",
                f"word '{word.name}' declares 'Yield {pretty(declared.yields)}' "
                "but its body never yields",
                word.name_span,
            )
        if self.aux != EMPTY:
            raise SeqError(
                "type error",
                f"word '{word.name}' returns with values left on the aux stack: "
                f"{pretty(self.aux)}; every >aux needs a matching aux>",
                end,
            )
        return self.typing

    # --- statement sequences --------------------------------------------------------

    def infer_body(self, body: list[ast.Statement], start: Stack) -> Result:
        stack, subst = start, EMPTY_SUBST
        yields: list[Type] = []
        i, n = 0, len(body)
        while i < n:
            stmt = body[i]
            nxt = body[i + 1] if i + 1 < n else None
            if (
                isinstance(stmt, ast.IntLit)
                and isinstance(nxt, ast.WordCall)
                and nxt.name in ("pick", "roll")
            ):
                try:
                    after = self.literal_pick_roll(nxt.name, stmt.value, stack)
                except Fail as f:
                    raise self.located(f, nxt.span) from None
                self.typing.record_stacks(stmt, stack, stack.push(INT))
                self.typing.record_stacks(nxt, stack.push(INT), after)
                stack = after
                i += 2
                continue
            if isinstance(stmt, ast.IntLit) and isinstance(nxt, ast.WordCall) \
                    and nxt.name == "cond":
                try:
                    typed = self.literal_cond(stmt.value, stack)
                except Fail as f:
                    raise self.located(f, nxt.span) from None
                if typed is not None:
                    self.typing.record_stacks(stmt, stack, stack.push(INT))
                    self.typing.record_stacks(nxt, stack.push(INT), typed[0])
                    stack, s, _ = typed
                    if self.track_subst:
                        subst = subst.compose(s)
                    i += 2
                    continue
            restore = False
            saved = self.expected
            if isinstance(stmt, ast.Quotation):
                restore = True
                if isinstance(nxt, ast.WordCall):
                    eff = self.lookup(nxt.name)
                    if eff is not None and isinstance(eff.inputs, Cons):
                        if isinstance(eff.inputs.top, Quot):
                            self.expected = eff.inputs.top
            before = stack
            stack, s, more = self.infer_statement(stmt, stack)
            self.typing.record_stacks(stmt, before, stack)
            if self.track_subst:
                subst = subst.compose(s)
            _merge(yields, more)
            if restore:
                self.expected = saved
            i += 1
        return stack, subst, yields

    def infer_open(self, body: list[ast.Statement]) -> Effect:
        """The effect of a body inferred from an open stack (a quotation's)."""
        start = Row(INPUT_ROW)
        result, subst, yields = self.infer_body(body, start)
        return Effect(subst.apply_stack(start), subst.apply_stack(result), _first(yields))

    def located(self, f: Fail, span: Span) -> SeqError:
        return SeqError(
            "type error",
            f"{self.where}{f.message}",
            span,
            expected=f.expected,
            actual=f.actual,
            notes=f.notes,
        )

    def infer_statement(self, stmt: ast.Statement, stack: Stack) -> Result:
        match stmt:
            case ast.IntLit():
                return stack.push(INT), EMPTY_SUBST, []
            case ast.FloatLit():
                return stack.push(FLOAT), EMPTY_SUBST, []
            case ast.BoolLit():
                return stack.push(BOOL), EMPTY_SUBST, []
            case ast.StringLit():
                return stack.push(STRING), EMPTY_SUBST, []
            case ast.SymbolLit():
                return stack.push(SYMBOL), EMPTY_SUBST, []
        try:
            if isinstance(stmt, ast.WordCall):
                return self.infer_call_word(stmt, stmt.name, stack)
            if isinstance(stmt, ast.Quotation):
                return self.infer_quotation(stmt, stack)
            if isinstance(stmt, ast.If):
                return self.infer_if(stmt, stack)
            assert isinstance(stmt, ast.Match)
            return self.infer_match(stmt, stack)
        except Fail as f:
            raise self.located(f, stmt.span) from None

    # --- word calls ---------------------------------------------------------------

    def infer_call_word(self, call: ast.WordCall, name: str, stack: Stack) -> Result:
        if name in SUGAR_OPS:
            resolved = resolve_sugar(name, stack)
            if resolved is None:
                raise sugar_failure(name, stack)
            self.typing.record_sugar(call, resolved)
            return self.infer_call_word(call, resolved, stack)
        if name == PROBE:  # ( ..a -- ..a ); what it will show is known here
            self.typing.record_probe(call, self.word, tuple(pretty(t) for t in items(stack)[0]))
            return stack, EMPTY_SUBST, []
        special = self.SPECIAL.get(name)
        if special is not None:
            return special(self, stack)
        effect = self.lookup(name)
        if effect is None:
            raise Fail(f"unknown word '{name}'{std_hint(name)}")
        fresh = self.freshen(effect)
        if name == "strand.spawn":
            stack = self.adjust_for_spawn(stack, fresh)
        result, subst = self.apply_effect(fresh, stack, name)
        return result, subst, [fresh.yields] if fresh.yields is not None else []

    def apply_effect(self, effect: Effect, stack: Stack, op: str) -> tuple[Stack, Subst]:
        base = _base(stack)
        if isinstance(base, Row) and base.name == IMPLICIT_ROW:
            needed, have = depth(effect.inputs), depth(stack)
            if needed > have:
                raise Fail(
                    f"{op}: stack underflow - it needs {needed} value(s) but only {have} "
                    f"{'is' if have == 1 else 'are'} on the stack here",
                    expected=effect.inputs,
                    actual=stack,
                    notes=[RIGID_NOTE.format(word=self.word)],
                )
        try:
            subst = unify_stacks(effect.inputs, stack)
        except UnifyError as e:
            raise Fail(f"{op}: stack type mismatch ({e})", effect.inputs, stack) from None
        return subst.apply_stack(effect.outputs), subst

    def to_aux(self, stack: Stack) -> Result:
        rest, top = self.pop(stack, ">aux")
        self.aux = self.aux.push(top)
        return rest, EMPTY_SUBST, []

    def from_aux(self, stack: Stack) -> Result:
        if not isinstance(self.aux, Cons):
            raise Fail("aux>: the aux stack is empty; every aux> needs an earlier >aux")
        top, self.aux = self.aux.top, self.aux.rest
        return stack.push(top), EMPTY_SUBST, []

    def call(self, stack: Stack) -> Result:
        if not isinstance(stack, Cons):
            raise Fail("call: stack underflow - expected a quotation on the stack", actual=stack)
        rest, qtype = stack.rest, stack.top
        if isinstance(qtype, Var):
            return self.fallback("call", stack)
        if not isinstance(qtype, Quot | Closure):
            raise Fail(f"call: expected a quotation or closure on the stack, got {pretty(qtype)}")
        if qtype.effect.yields is not None:
            raise Fail(
                "call: this quotation yields; run it with strand.weave instead of call",
            )
        fresh = self.freshen(qtype.effect)
        result, subst = self.apply_effect(fresh, rest, "call")
        return result, subst, []

    def fallback(self, word: str, stack: Stack) -> Result:
        """A combinator whose quotation type is still a variable gets its
        placeholder builtin signature, as the reference does."""
        effect = builtin_effect(word)
        assert effect is not None
        result, subst = self.apply_effect(self.freshen(effect), stack, word)
        return result, subst, []

    def quotation_effect(self, qtype: Type, word: str, slot: str) -> Effect | None:
        """The effect of a combinator's quotation, or None for the fallback."""
        if isinstance(qtype, Quot | Closure):
            return qtype.effect
        if isinstance(qtype, Var):
            return None
        raise Fail(f"{word}: expected a quotation or closure {slot}, got {pretty(qtype)}")

    def pop_two(self, stack: Stack, word: str, what: tuple[str, str]) -> tuple[Stack, Type, Type]:
        if not isinstance(stack, Cons):
            raise Fail(f"{word}: stack underflow - expected {what[0]} on the stack", actual=stack)
        if not isinstance(stack.rest, Cons):
            raise Fail(f"{word}: stack underflow - expected {what[1]}", actual=stack)
        return stack.rest.rest, stack.rest.top, stack.top

    def dip_or_keep(self, stack: Stack, word: str) -> Result:
        if not isinstance(stack, Cons):
            raise Fail(f"{word}: stack underflow - expected a quotation on the stack")
        below, qtype = stack.rest, stack.top
        effect = self.quotation_effect(qtype, word, "on top of the stack")
        if effect is None:
            return self.fallback(word, stack)
        if effect.yields is not None:
            raise Fail(f"{word}: the quotation must not yield; use strand.weave")
        rest, kept, pop_subst = self.polymorphic_pop(
            below, f"{word}: expected a value below the quotation"
        )
        fresh = self.freshen(effect)
        runs_on = rest if word == "dip" else pop_subst.apply_stack(below)
        result, apply_subst = self.apply_effect(fresh, runs_on, f"{word} (quotation)")
        subst = pop_subst.compose(apply_subst)
        return result.push(subst.apply_type(kept)), subst, _yields(fresh)

    def dip(self, stack: Stack) -> Result:
        return self.dip_or_keep(stack, "dip")

    def keep(self, stack: Stack) -> Result:
        return self.dip_or_keep(stack, "keep")

    def bi(self, stack: Stack) -> Result:
        below, q1, q2 = self.pop_two(
            stack, "bi", ("a second quotation", "a first quotation below the second")
        )
        e1 = self.quotation_effect(q1, "bi", "as first quotation")
        if e1 is None:
            return self.fallback("bi", stack)
        e2 = self.quotation_effect(q2, "bi", "as second quotation")
        if e2 is None:
            return self.fallback("bi", stack)
        if e1.yields is not None or e2.yields is not None:
            raise Fail("bi: the quotations must not yield; use strand.weave")
        _, kept, peek = self.polymorphic_pop(below, "bi: expected a value below the quotations")
        f1 = self.freshen(e1)
        after1, s1 = self.apply_effect(f1, peek.apply_stack(below), "bi (first quotation)")
        s1 = peek.compose(s1)
        f2 = self.freshen(e2)
        second_input = after1.push(s1.apply_type(kept))
        result, s2 = self.apply_effect(f2, second_input, "bi (second quotation)")
        return result, s1.compose(s2), _merge(_yields(f1), _yields(f2))

    def if_combinator(self, stack: Stack) -> Result:
        below, then_q, else_q = self.pop_two(
            stack, "if", ("an else-quotation", "a then-quotation below the else-quotation")
        )
        after, cond_subst = self.pop_condition(
            below, "if: expected a Bool below the two quotations"
        )
        then_e = self.quotation_effect(then_q, "if", "as then-branch")
        if then_e is None:
            return self.fallback("if", stack)
        else_e = self.quotation_effect(else_q, "if", "as else-branch")
        if else_e is None:
            return self.fallback("if", stack)
        f_then = self.freshen(then_e)
        then_result, then_subst = self.apply_effect(f_then, after, "if (then branch)")
        f_else = self.freshen(else_e)
        else_result, else_subst = self.apply_effect(
            f_else, then_subst.apply_stack(after), "if (else branch)"
        )
        then_result = else_subst.apply_stack(then_result)
        merge = self.unify_branches(then_result, else_result, combinator=True, has_else=True)
        subst = cond_subst.compose(then_subst).compose(else_subst).compose(merge)
        return merge.apply_stack(else_result), subst, _merge(_yields(f_then), _yields(f_else))

    SPECIAL: dict[str, Callable[[Checker, Stack], Result]] = {
        ">aux": to_aux,
        "aux>": from_aux,
        "call": call,
        "dip": dip,
        "keep": keep,
        "bi": bi,
        "if": if_combinator,
    }

    # --- conditionals and match ---------------------------------------------------------

    def pop_condition(self, stack: Stack, context: str) -> tuple[Stack, Subst]:
        rest, cond, pop_subst = self.polymorphic_pop(stack, context)
        try:
            cond_subst = pop_subst.compose(unify_stacks(_singleton(BOOL), _singleton(cond)))
        except UnifyError:
            raise Fail(f"the condition must be Bool, got {pretty(cond)}", "Bool", cond) from None
        return cond_subst.apply_stack(rest), cond_subst

    def unify_branches(
        self, first: Stack, second: Stack, *, combinator: bool, has_else: bool
    ) -> Subst:
        try:
            return unify_stacks(first, second)
        except UnifyError as e:
            if not has_else:
                message = "if without else must leave the stack as it found it"
                note = count_note(second, first, "the then branch", "it found")
            else:
                what = "the quotations of if" if combinator else "the branches of if/else"
                message = f"{what} leave different stacks; both must leave the same shape"
                note = count_note(first, second, "the else branch", "the then branch")
            raise Fail(message, expected=first, actual=second, notes=[note or str(e)]) from None

    def diverges(self, body: list[ast.Statement] | None) -> bool:
        """A branch ending in a (mutually) recursive tail call never returns here."""
        if not body or not isinstance(body[-1], ast.WordCall):
            return False
        name = body[-1].name
        return name == self.word or self.same_cycle(self.word, name)

    def infer_if(self, stmt: ast.If, stack: Stack) -> Result:
        after, cond_subst = self.pop_condition(stack, "if: expected a Bool condition")
        then_div, else_div = self.diverges(stmt.then_body), self.diverges(stmt.else_body)
        aux_before = self.aux
        then_result, then_subst, then_yields = self.infer_body(stmt.then_body, after)
        aux_then, self.aux = self.aux, aux_before
        if stmt.else_body is not None:
            else_result, else_subst, else_yields = self.infer_body(stmt.else_body, after)
        else:
            else_result, else_subst, else_yields = after, EMPTY_SUBST, []
        aux_else = self.aux
        if not then_div and not else_div and aux_then != aux_else:
            raise Fail(
                "the branches of if leave the aux stack differently: "
                f"{pretty(aux_then)} vs {pretty(aux_else)}"
            )
        self.aux = aux_else if then_div and not else_div else aux_then
        yields = _merge(then_yields, else_yields)
        if then_div and not else_div:
            result, branch_subst = else_result, EMPTY_SUBST
        elif else_div and not then_div:
            result, branch_subst = then_result, EMPTY_SUBST
        else:
            branch_subst = self.unify_branches(
                then_result,
                else_result,
                combinator=stmt.combinator,
                has_else=stmt.else_body is not None,
            )
            result = branch_subst.apply_stack(then_result)
        total = cond_subst.compose(then_subst).compose(else_subst).compose(branch_subst)
        return result, total, yields

    def infer_match(self, stmt: ast.Match, stack: Stack) -> Result:
        rest, matched = self.pop(stack, "match")
        for arm in stmt.arms:
            # Unknown variants first: a misspelt arm also makes the match look non-exhaustive.
            if arm.variant not in self.variants:
                raise SeqError(
                    "type error", f"unknown variant '{arm.variant}' in match pattern", arm.span,
                    notes=_hint(arm.variant, list(self.variants)),
                )
        first = self.variants.get(stmt.arms[0].variant)
        if first is not None:
            self.check_matched_type(matched, first.union)
            self.check_exhaustive(stmt, first.union)
        aux_before = self.aux
        results: list[Stack] = []
        auxes: list[Stack] = []
        subst = EMPTY_SUBST
        yields: list[Type] = []
        for arm in stmt.arms:
            self.aux = aux_before
            info = self.variants[arm.variant]
            arm_stack = self.push_fields(rest, arm, info)
            result, s, more = self.infer_body(arm.body, arm_stack)
            subst = subst.compose(s)
            results.append(result)
            auxes.append(self.aux)
            _merge(yields, more)
        for i, aux in enumerate(auxes[1:], 1):
            if aux != auxes[0]:
                raise Fail(
                    f"match arms leave the aux stack differently: arm '{stmt.arms[0].variant}' "
                    f"leaves {pretty(auxes[0])}, arm '{stmt.arms[i].variant}' leaves {pretty(aux)}"
                )
        self.aux = auxes[0]
        final = results[0]
        for i, result in enumerate(results[1:], 1):
            try:
                s = unify_stacks(final, result)
            except UnifyError as e:
                raise SeqError(
                    "type error",
                    f"{self.where}match arms leave different stacks: arm "
                    f"'{stmt.arms[0].variant}' and arm '{stmt.arms[i].variant}' must leave "
                    "the same shape",
                    stmt.arms[i].span,
                    expected=pretty(final),
                    actual=pretty(result),
                    notes=[
                        count_note(final, result, f"arm '{stmt.arms[i].variant}'",
                                   f"arm '{stmt.arms[0].variant}'") or str(e)
                    ],
                ) from None
            subst = subst.compose(s)
            final = s.apply_stack(final)
        return final, subst, yields

    def check_matched_type(self, matched: Type, union: str) -> None:
        try:
            unify_types(UnionT(union), matched)
        except UnifyError:
            raise Fail(
                f"match on {union} variants, but the value on top is {pretty(matched)}",
                union,
                matched,
            ) from None

    def check_exhaustive(self, stmt: ast.Match, union: str) -> None:
        covered = {arm.variant for arm in stmt.arms}
        missing = [v for v in self.union_variants[union] if v not in covered]
        if missing:
            raise Fail(
                f"non-exhaustive match on union '{union}': missing "
                + ", ".join(f"'{v}'" for v in missing)
            )

    def push_fields(self, stack: Stack, arm: ast.MatchArm, info: VariantInfo) -> Stack:
        if arm.bindings is None:
            for _, t in info.fields:
                stack = stack.push(t)
            return stack
        by_name = dict(info.fields)
        for binding in arm.bindings:
            if binding not in by_name:
                available = ", ".join(n for n, _ in info.fields) or "none"
                raise SeqError(
                    "type error",
                    f"variant '{info.name}' has no field '{binding}' (fields: {available})",
                    arm.span,
                    notes=_hint(binding, list(by_name)),
                )
            stack = stack.push(by_name[binding])
        return stack

    # --- quotations ---------------------------------------------------------------

    def infer_quotation(self, quot: ast.Quotation, stack: Stack) -> Result:
        expected, self.expected = self.expected, None
        saved_aux, self.aux = self.aux, EMPTY
        saved_track, self.track_subst = self.track_subst, True
        try:
            if isinstance(expected, Quot | Closure):
                fresh = self.freshen(expected.effect)
                result, s, yields = self.infer_body(quot.body, fresh.inputs)
                body = Effect(s.apply_stack(fresh.inputs), s.apply_stack(result), _first(yields))
            else:
                body = self.infer_open(quot.body)
            if self.aux != EMPTY:
                raise Fail(
                    f"quotation ends with values left on the aux stack: {pretty(self.aux)}; "
                    "every >aux inside a quotation needs a matching aux> inside it"
                )
        finally:
            self.aux = saved_aux
            self.expected = expected
            self.track_subst = saved_track
        qtype = self.captures_of(body, expected)
        if isinstance(qtype, Closure):
            stack, captured = self.pop_captures(len(qtype.captures), stack)
            qtype = Closure(qtype.effect, captured)
        self.typing.record_quotation(quot, qtype)
        return stack.push(qtype), EMPTY_SUBST, []

    def captures_of(self, body: Effect, expected: Type | None) -> Quot | Closure:
        """Quotation or Closure, and what a closure captures, from the type the
        context expects (the combinator's or the word's declared output)."""
        if isinstance(expected, Closure):
            return Closure(expected.effect, tuple(calculate_captures(body, expected.effect)))
        if isinstance(expected, Quot):
            want = expected.effect
            body_ins, _ = items(body.inputs)
            want_ins, _ = items(want.inputs)
            if isinstance(want.inputs, Empty):
                capture = bool(body_ins)
            else:
                capture = bool(want_ins) and len(body_ins) > len(want_ins)
            if capture:
                return Closure(want, tuple(calculate_captures(body, want)))
            try:
                unify_types(Quot(body), Quot(want))
            except UnifyError as e:
                raise Fail(
                    "quotation effect mismatch", f"[{want}]", f"[{body}]", notes=[str(e)]
                ) from None
            return Quot(want)
        return Quot(body)

    def pop_captures(self, count: int, stack: Stack) -> tuple[Stack, tuple[Type, ...]]:
        captured: list[Type] = []
        for _ in range(count):
            stack, t = self.pop(stack, "closure capture")
            captured.append(t)
        return stack, tuple(reversed(captured))

    def adjust_for_spawn(self, stack: Stack, spawn: Effect) -> Stack:
        """strand.spawn takes a ( -- ) quotation; one needing inputs becomes a
        closure capturing them from below it."""
        want = spawn.inputs.top if isinstance(spawn.inputs, Cons) else None
        if not isinstance(want, Quot) or not isinstance(stack, Cons):
            return stack
        actual = stack.top
        if not isinstance(actual, Quot) or isinstance(actual.effect.inputs, Empty):
            return stack
        captures = calculate_captures(actual.effect, want.effect)
        rest = stack.rest
        for _ in captures:
            if not isinstance(rest, Cons):
                raise Fail(
                    f"strand.spawn: the quotation needs {len(captures)} value(s) captured "
                    "from below it, but the stack holds fewer"
                )
            rest = rest.rest
        return rest.push(Closure(want.effect, tuple(captures)))

    # --- stack helpers ---------------------------------------------------------------

    def pop(self, stack: Stack, context: str) -> tuple[Stack, Type]:
        if isinstance(stack, Cons):
            return stack.rest, stack.top
        if isinstance(stack, Row) and stack.name == IMPLICIT_ROW:
            raise Fail(
                f"{context}: stack underflow - no value on the stack here",
                actual=stack,
                notes=[RIGID_NOTE.format(word=self.word)],
            )
        if isinstance(stack, Row):
            raise Fail(
                f"{context}: cannot take a value from a stack of unknown shape "
                "(inside a quotation, before anything says what it receives)",
                actual=stack,
            )
        raise Fail(f"{context}: stack underflow - the stack is empty", actual=stack)

    def polymorphic_pop(self, stack: Stack, context: str) -> tuple[Stack, Type, Subst]:
        """Pop, refining an open row variable to hold one more value."""
        if isinstance(stack, Cons):
            return stack.rest, stack.top, EMPTY_SUBST
        if isinstance(stack, Row) and stack.name != IMPLICIT_ROW:
            popped = Var(self.fresh("T"))
            rest = Row(self.fresh(stack.name))
            return rest, popped, Subst({}, {stack.name: Cons(rest, popped)})
        notes = [RIGID_NOTE.format(word=self.word)] if isinstance(stack, Row) else []
        raise Fail(f"{context}: stack underflow", actual=stack, notes=notes)

    def literal_pick_roll(self, word: str, n: int, stack: Stack) -> Stack:
        if n < 0:
            raise Fail(f"{word}: the index must be non-negative, got {n}")
        above: list[Type] = []
        s = stack
        while isinstance(s, Cons) and len(above) < n:
            above.append(s.top)
            s = s.rest
        if isinstance(s, Cons):
            found, below = s.top, s.rest
        elif isinstance(s, Row):
            found, below = Var(self.fresh(f"{word}_{s.name}")), s
        else:
            raise Fail(
                f"{word}: stack underflow - index {n} but the stack holds only {len(above)} values",
                actual=stack,
            )
        if word == "pick":
            return stack.push(found)
        if n == 0:
            return stack
        for t in reversed(above):
            below = below.push(t)
        return below.push(found)

    def literal_cond(self, n: int, stack: Stack) -> Result | None:
        """`N cond` after N (predicate, body) quotations whose types are
        known: each predicate must leave the stack it found plus a Bool and
        every body must leave the same stack, so what follows is typed (the
        reference types cond as ( ..a -- ..b ), trusting anything after it).
        None when the pairs are not all visible quotations: then the
        placeholder effect, and the runtime checks what it can."""
        effects: list[Effect] = []
        s = stack
        for _ in range(2 * n):
            if not isinstance(s, Cons) or not isinstance(s.top, Quot | Closure) \
                    or s.top.effect.yields is not None:
                return None
            effects.append(s.top.effect)
            s = s.rest
        if n < 1:
            return None
        effects.reverse()  # predicate 1, body 1, predicate 2, ...
        subst = EMPTY_SUBST
        results: list[Stack] = []
        for k in range(n):
            rest = subst.apply_stack(s)
            after, applied = self.apply_effect(
                self.freshen(effects[2 * k]), rest, f"cond (predicate {k + 1})")
            subst = subst.compose(applied)
            rest = subst.apply_stack(s)
            try:
                kept = unify_stacks(rest.push(BOOL), after)
            except UnifyError as e:
                raise Fail(f"cond: predicate {k + 1} must leave the value it tests and a Bool",
                           expected=rest.push(BOOL), actual=after, notes=[str(e)]) from None
            subst = subst.compose(kept)
            rest = subst.apply_stack(s)
            result, applied = self.apply_effect(
                self.freshen(effects[2 * k + 1]), rest, f"cond (body {k + 1})")
            subst = subst.compose(applied)
            results.append(result)
        out = subst.apply_stack(results[0])
        for k, result in enumerate(results[1:], start=2):
            try:
                same = unify_stacks(out, subst.apply_stack(result))
            except UnifyError as e:
                raise Fail(f"cond: body {k} leaves a different stack than body 1; "
                           "every body must leave the same shape",
                           expected=out, actual=result, notes=[str(e)]) from None
            subst = subst.compose(same)
            out = same.apply_stack(out)
        return out, subst, []

    # --- fresh variables -------------------------------------------------------------

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}${self.counter}"

    def freshen(self, effect: Effect) -> Effect:
        names: dict[str, str] = {}
        rows: dict[str, str] = {}

        def stack(s: Stack) -> Stack:
            # A loop over the items (an effect can be 1,000 wide), renaming
            # the base first and then the items bottom up.
            tops: list[Type] = []
            while isinstance(s, Cons):
                tops.append(s.top)
                s = s.rest
            if isinstance(s, Row):
                if s.name not in rows:
                    rows[s.name] = self.fresh(s.name)
                s = Row(rows[s.name])
            for top in reversed(tops):
                s = Cons(s, typ(top))
            return s

        def typ(t: Type) -> Type:
            if isinstance(t, Var):
                if t.name not in names:
                    names[t.name] = self.fresh(t.name)
                return Var(names[t.name])
            if isinstance(t, Quot):
                return Quot(Effect(stack(t.effect.inputs), stack(t.effect.outputs)))
            if isinstance(t, Closure):
                inner = Effect(stack(t.effect.inputs), stack(t.effect.outputs))
                return Closure(inner, tuple(typ(c) for c in t.captures))
            return t

        ins, outs = stack(effect.inputs), stack(effect.outputs)
        yields = typ(effect.yields) if effect.yields is not None else None
        return Effect(ins, outs, yields)


def calculate_captures(body: Effect, call: Effect) -> list[Type]:
    """The values a closure must capture: the bottom inputs its body needs
    beyond those the call site provides."""
    body_ins, _ = items(body.inputs)
    call_ins, _ = items(call.inputs)
    if len(call_ins) > len(body_ins):
        raise Fail(
            f"closure signature error: the call site provides {len(call_ins)} values "
            f"but the body needs only {len(body_ins)}"
        )
    count = len(body_ins) - len(call_ins)
    for i, (have, want) in enumerate(zip(body_ins[count:], call_ins, strict=True)):
        if have != want and not isinstance(have, Var) and not isinstance(want, Var):
            raise Fail(
                f"closure capture error: body input {i} is {pretty(have)} "
                f"but the combinator provides {pretty(want)}"
            )
    return body_ins[:count]


def resolve_sugar(name: str, stack: Stack) -> str | None:
    """`+ - * / % = < > <= >= <>` on the two topmost types: Int -> i., Float -> f.
    (no %), String -> string.concat / string.equal? for + and =."""
    if not isinstance(stack, Cons) or not isinstance(stack.rest, Cons):
        return None
    second, top = stack.rest.top, stack.top
    if second == INT and top == INT:
        return f"i.{name}"
    if second == FLOAT and top == FLOAT and name != "%":
        return f"f.{name}"
    if second == STRING and top == STRING:
        return {"+": "string.concat", "=": "string.equal?"}.get(name)
    return None


def sugar_failure(name: str, stack: Stack) -> Fail:
    top = pretty(stack.top) if isinstance(stack, Cons) else "empty"
    second = pretty(stack.rest.top) if isinstance(stack, Cons) and isinstance(stack.rest, Cons) \
        else "empty"
    options, advice = {
        "+": ("Int+Int, Float+Float or String+String", "use i.+, f.+ or string.concat"),
        "=": ("Int, Float or String pairs", "use i.=, f.= or string.equal?"),
        "%": ("Int+Int only; there is no float modulo", "use i.%"),
    }.get(name, ("Int+Int or Float+Float", "use the i. or f. form"))
    if top == "empty" and second == "empty":
        return Fail(
            f"'{name}' cannot tell its operand types here (inside a quotation body the "
            f"operands are not known yet): {advice}"
        )
    return Fail(f"'{name}' needs {options}, got ({second}, {top}): {advice}")


def count_note(expected: Stack, actual: Stack, subject: str, than: str) -> str | None:
    """'the body leaves 1 value more than declared', when two stacks differ only in
    how many values sit on the same base; clearer than an infinite-stack unify error."""
    want, want_base = items(expected)
    have, have_base = items(actual)
    diff = len(have) - len(want)
    if want_base != have_base or diff == 0:
        return None
    n = abs(diff)
    return (
        f"{subject} leaves {n} value{'s' if n > 1 else ''} "
        f"{'more' if diff > 0 else 'fewer'} than {than}"
    )


def _hint(name: str, candidates: list[str]) -> list[str]:
    found = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return [f"did you mean '{found[0]}'?"] if found else []


def _base(stack: Stack) -> Stack:
    while isinstance(stack, Cons):
        stack = stack.rest
    return stack


def _first(yields: list[Type]) -> Type | None:
    return yields[0] if yields else None


def _yields(effect: Effect) -> list[Type]:
    return [effect.yields] if effect.yields is not None else []


def _closing_span(span: Span) -> Span:
    return Span(span.source, span.end_line, span.end_col - 1, span.end_line, span.end_col)


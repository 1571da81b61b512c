"""Check a whole program: its modules' unions and words, as one world.

The order follows the reference: unions first (and the words each variant
generates), then literal-`if` lowering, name collisions, declarations and
their types, calls to undefined words, and finally each word body.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..diagnostics import SeqError, Span
from ..syntax import ast
from ..syntax.normalize import lower_literal_ifs
from .builtins import SPECS
from .callgraph import recursive_groups
from .checker import SUGAR_OPS, Checker, VariantInfo
from .declared import FIELD_TYPES, did_you_mean, effect_from_syntax, field_type
from .terms import BOOL, INT, Cons, Effect, Row, Stack, Type, UnionT, items, surface

MAX_VARIANT_FIELDS = 12

# Words renamed in Seq 7.0, for a helpful error when old programs call them.
RENAMED_IN_7 = {
    **{f"tcp.{w}": f"net.tcp.{w}" for w in ("listen", "accept", "read", "write", "close")},
    **{f"udp.{w}": f"net.udp.{w}" for w in ("bind", "send-to", "receive-from", "close")},
    **{f"http.{w}": f"net.http.{w}" for w in ("get", "post", "put", "delete")},
    "mod": "i.modulo",
}


@dataclass
class Word:
    definition: ast.WordDef
    effect: Effect


@dataclass
class CheckedProgram:
    words: dict[str, Word] = field(default_factory=dict)
    unions: dict[str, ast.UnionDef] = field(default_factory=dict)
    variants: dict[str, VariantInfo] = field(default_factory=dict)
    errors: list[SeqError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_modules(modules: Iterable[ast.Module]) -> CheckedProgram:
    modules = list(modules)
    program = CheckedProgram()
    unions = [u for m in modules for u in m.unions]
    words = [w for m in modules for w in m.words]
    program.errors += _register_unions(program, unions)
    generated = _generated_words(program, unions)
    generated_effects = {id(word): effect for word, effect in generated}
    words += [word for word, _ in generated]
    for word in words:
        word.body = lower_literal_ifs(word.body)
    program.errors += _collisions(words)
    if program.errors:
        return program
    union_names = set(program.unions)
    for word in words:
        try:
            effect = generated_effects.get(id(word)) or _declared_effect(word, union_names)
        except SeqError as e:
            program.errors.append(e)
            continue
        program.words[word.name] = Word(word, effect)
    if program.errors:
        return program
    broken = _undefined_calls(program)
    program.errors += [e for errs in broken.values() for e in errs]
    sccs = recursive_groups({n: w.definition.body for n, w in program.words.items()})
    group_of = {name: i for i, group in enumerate(sccs) for name in group}
    checker = Checker(
        {name: w.effect for name, w in program.words.items()},
        program.variants,
        {name: [v.name for v in u.variants] for name, u in program.unions.items()},
        lambda a, b: a in group_of and group_of.get(b) == group_of[a],
    )
    for name, word in program.words.items():
        if name in broken:
            continue
        try:
            checker.check_word(word.definition, word.effect)
        except SeqError as e:
            program.errors.append(e)
    return program


def _register_unions(program: CheckedProgram, unions: list[ast.UnionDef]) -> list[SeqError]:
    errors: list[SeqError] = []
    for union in unions:
        if union.name in program.unions:
            first = program.unions[union.name]
            errors.append(
                SeqError(
                    "name error",
                    f"union '{union.name}' is defined more than once",
                    union.span,
                    notes=[f"first defined at {first.span.location}"],
                )
            )
            continue
        program.unions[union.name] = union
    names = set(program.unions)
    for union in program.unions.values():
        for variant in union.variants:
            fields: list[tuple[str, Type]] = []
            for f in variant.fields:
                t = field_type(f.type_name, names)
                if t is None:
                    errors.append(_bad_field(f, variant.name, union.name, names))
                    t = INT
                fields.append((f.name, t))
            if len(fields) > MAX_VARIANT_FIELDS:
                errors.append(
                    SeqError(
                        "type error",
                        f"variant '{variant.name}' has {len(fields)} fields; at most "
                        f"{MAX_VARIANT_FIELDS} are allowed (group some into a union)",
                        variant.span,
                    )
                )
            if variant.name in program.variants:
                # Both unions would generate Make-V and is-V?; say it once, plainly.
                other = program.variants[variant.name].union
                errors.append(
                    SeqError(
                        "name error",
                        f"variant '{variant.name}' of union '{union.name}' is already a variant "
                        f"of union '{other}'",
                        variant.span,
                        notes=["variant names are global: they name the Make-V, is-V? and "
                               "V-field words"],
                    )
                )
                continue
            program.variants[variant.name] = VariantInfo(variant.name, union.name, tuple(fields))
    return errors


def _bad_field(f: ast.Field, variant: str, union: str, unions: set[str]) -> SeqError:
    where = f"field '{f.name}' of variant '{variant}' in union '{union}'"
    notes = ["field types are Int, Float, Bool, String, Channel, Socket or a union"]
    if f.type_name in ("Symbol", "Variant"):
        message = f"{where} cannot have type {f.type_name}"
    else:
        message = f"unknown type '{f.type_name}' for {where}"
        hint = did_you_mean(f.type_name, [*FIELD_TYPES, *unions])
        if hint:
            notes.insert(0, f"did you mean '{hint}'?")
    return SeqError("type error", message, f.span, notes=notes)


def _generated_words(
    program: CheckedProgram, unions: list[ast.UnionDef]
) -> list[tuple[ast.WordDef, Effect]]:
    """Per variant V of union U: Make-V ( fields -- U ), is-V? ( U -- Bool ),
    and V-field ( U -- T ) for each field."""
    words: list[tuple[ast.WordDef, Effect]] = []
    for union in unions:
        if program.unions.get(union.name) is not union:
            continue
        u = UnionT(union.name)
        for variant in union.variants:
            info = program.variants[variant.name]
            if info.union != union.name:
                continue  # a variant name already taken by another union (reported)
            sp = variant.span
            types = [t for _, t in info.fields]
            words.append(_generated(
                f"Make-{variant.name}", types, u, union.name, sp,
                [ast.SymbolLit(variant.name, sp), ast.WordCall(f"variant.make-{len(types)}", sp)],
            ))
            words.append(_generated(
                f"is-{variant.name}?", [u], BOOL, union.name, sp,
                [ast.WordCall("variant.tag", sp), ast.SymbolLit(variant.name, sp),
                 ast.WordCall("symbol.=", sp)],
            ))
            for index, (name, t) in enumerate(info.fields):
                words.append(_generated(
                    f"{variant.name}-{name}", [u], t, union.name, sp,
                    [ast.IntLit(index, sp), ast.WordCall("variant.field-at", sp)],
                ))
    return words


def _generated(
    name: str, inputs: list[Type], output: Type, union: str, span: Span,
    body: list[ast.Statement],
) -> tuple[ast.WordDef, Effect]:
    word = ast.WordDef(name, None, body, span, span, generated_from=union)
    ins: Stack = Row("a")
    for t in inputs:
        ins = ins.push(t)
    return word, Effect(ins, Cons(Row("a"), output))


def _declared_effect(word: ast.WordDef, unions: set[str]) -> Effect:
    if word.effect is None:
        raise SeqError(
            "type error",
            f"word '{word.name}' has no stack effect",
            word.name_span,
            notes=[f"every word declares one, e.g. : {word.name} ( -- ) ... ;"],
        )
    effect = effect_from_syntax(word.effect, unions, word.name)
    if word.name == "main" and not _valid_main(effect):
        raise SeqError(
            "type error",
            f"'main' must be ( -- ) or ( -- Int ), not {surface(effect)}",
            word.effect.span,
            notes=["( -- ) exits with 0; ( -- Int ) exits with the Int it leaves"],
        )
    return effect


def _valid_main(effect: Effect) -> bool:
    ins, _ = items(effect.inputs)
    outs, _ = items(effect.outputs)
    return not ins and (not outs or outs == [INT])


def _collisions(words: list[ast.WordDef]) -> list[SeqError]:
    first: dict[str, ast.WordDef] = {}
    errors: list[SeqError] = []
    for word in words:
        if word.name in first:
            where = first[word.name]
            if word.generated_from and not where.generated_from:
                # Point at the user's definition: that is the one to rename.
                word, where = where, word
            what = "generated by union " + where.generated_from if where.generated_from else \
                f"defined at {where.name_span.location}"
            errors.append(
                SeqError(
                    "name error",
                    f"word '{word.name}' is defined more than once",
                    word.name_span,
                    notes=[f"{'also' if where.generated_from else 'first'} {what}"],
                )
            )
        else:
            first[word.name] = word
    return errors


def _undefined_calls(program: CheckedProgram) -> dict[str, list[SeqError]]:
    """Calls to names that are neither builtins nor words, by calling word."""
    known = program.words
    broken: dict[str, list[SeqError]] = {}
    for name, word in known.items():
        for stmt in ast.walk(word.definition.body):
            if not isinstance(stmt, ast.WordCall):
                continue
            callee = stmt.name
            if callee in SPECS or callee in known or callee in SUGAR_OPS:
                continue
            notes: list[str] = []
            if callee in RENAMED_IN_7:
                notes.append(f"'{callee}' was renamed to '{RENAMED_IN_7[callee]}' in Seq 7.0")
            else:
                hint = _closest(callee, [*SPECS, *known])
                if hint:
                    notes.append(f"did you mean '{hint}'?")
            broken.setdefault(name, []).append(
                SeqError("name error", f"undefined word '{callee}' in '{name}'", stmt.span,
                         notes=notes)
            )
    return broken


def _closest(name: str, candidates: list[str]) -> str | None:
    found = difflib.get_close_matches(name, candidates, n=1, cutoff=0.75)
    return found[0] if found else None


def is_test_word(word: Word) -> bool:
    """A test entry point: named test-* with effect exactly ( -- )."""
    e = word.effect
    return (
        word.definition.name.startswith("test-")
        and not items(e.inputs)[0]
        and not items(e.outputs)[0]
        and e.yields is None
    )


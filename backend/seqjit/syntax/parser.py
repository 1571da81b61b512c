"""Recursive-descent parser: tokens -> `Module`.

Each parse method names the grammar rule it reads. Errors are `SeqError`s
pointing at the offending token; nothing else escapes.
"""

from __future__ import annotations

import re

from ..diagnostics import SeqError, Source, Span
from . import ast
from .classic_if import pair_classic_ifs
from .lexer import Kind, Token, tokenize, unescape

_DECIMAL = re.compile(r"[+-]?[0-9]+")
_HEX_DIGITS = re.compile(r"[+-]?[0-9a-fA-F]+")
_BIN_DIGITS = re.compile(r"[+-]?[01]+")
_FLOAT = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_SYMBOL_CHARS = re.compile(r"[\w\-.?!]+")
_ROW_VAR = re.compile(r"[a-z][A-Za-z0-9_]*")
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
MAX_TYPE_NESTING = 32
# Quotations, matches and classic ifs nested deeper than this are refused with
# a located error rather than running the parser (and checker) out of stack.
MAX_NESTING = 200


def parse(source: Source) -> ast.Module:
    """Parse a whole source (a file or a cell) into a module."""
    return Parser(source).parse_module()


class Parser:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.tokens: list[Token] = tokenize(source)
        self.pos = 0
        self.next_quotation_id = 0
        self.pending_lints: list[str] = []
        self.depth = 0  # how many quotations, matches and classic ifs enclose pos
        # if-token index -> (else index | None, then index), for classic ifs
        self.classic_ifs: dict[int, tuple[int | None, int]] = {}

    # --- cursor -------------------------------------------------------------

    def peek(self, ahead: int = 0) -> Token | None:
        i = self.pos + ahead
        return self.tokens[i] if i < len(self.tokens) else None

    def at(self, text: str) -> bool:
        tok = self.peek()
        return tok is not None and tok.text == text and tok.kind is not Kind.STRING

    def advance(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def end_span(self) -> Span:
        if self.tokens:
            last = self.tokens[-1].span
            return Span(self.source, last.end_line, last.end_col, last.end_line, last.end_col + 1)
        return Span(self.source, 1, 1, 1, 2)

    def error(self, message: str, span: Span | None = None) -> SeqError:
        tok = self.peek()
        where = span or (tok.span if tok else self.end_span())
        return SeqError("parse error", message, where)

    def expect(self, text: str, message: str) -> Token:
        if not self.at(text):
            tok = self.peek()
            got = f"'{tok.text}'" if tok else "end of input"
            raise self.error(f"{message}, got {got}")
        return self.advance()

    def enter(self, opener: Span) -> None:
        """Count one more enclosing construct; `leave` undoes it."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise self.error(
                f"quotations, matches and ifs nest deeper than {MAX_NESTING} levels", opener
            )

    def leave(self) -> None:
        self.depth -= 1

    def skip_annotations(self) -> None:
        while (tok := self.peek()) is not None and tok.kind is Kind.ALLOW:
            self.pending_lints.append(tok.text)
            self.pos += 1

    # --- top level ------------------------------------------------------------

    def parse_module(self) -> ast.Module:
        # module := (include | union | word-def)*
        module = ast.Module(self.source)
        while True:
            self.skip_annotations()
            if self.peek() is None:
                return module
            if self.at("include"):
                module.includes.append(self.parse_include())
            elif self.at("union"):
                module.unions.append(self.parse_union())
            else:
                module.words.append(self.parse_word_def())

    def parse_include(self) -> ast.Include:
        # include := 'include' ( 'std' ':' NAME | 'ffi' ':' NAME | STRING )
        start = self.advance().span
        tok = self.peek()
        if tok is None:
            raise self.error("expected a module after 'include'")
        if tok.kind is Kind.STRING:
            self.advance()
            return ast.Include("relative", tok.text[1:-1], start.to(tok.span))
        if tok.text in ("std", "ffi") and tok.kind is Kind.WORD:
            self.advance()
            self.expect(":", f"expected ':' after '{tok.text}' in include")
            name = self.peek()
            if name is None or name.kind is not Kind.WORD:
                raise self.error(f"expected a module name after '{tok.text}:'")
            self.advance()
            return ast.Include(tok.text, name.text, start.to(name.span))
        raise self.error(
            f"invalid include '{tok.text}': use include std:NAME, include ffi:NAME "
            'or include "relative/path"',
            tok.span,
        )

    def parse_union(self) -> ast.UnionDef:
        # union := 'union' NAME '{' variant+ '}'
        start = self.advance().span
        name = self.parse_capitalised("union name")
        brace = self.expect("{", f"expected '{{' after union name '{name.text}'")
        variants: list[ast.Variant] = []
        seen: set[str] = set()
        while not self.at("}"):
            self.skip_annotations()
            if self.peek() is None:
                raise self.error(
                    f"unexpected end of input in union '{name.text}': missing '}}'", brace.span
                )
            if self.at("}"):
                break
            variant = self.parse_variant()
            if variant.name in seen:
                raise self.error(
                    f"duplicate variant '{variant.name}' in union '{name.text}'", variant.span
                )
            seen.add(variant.name)
            variants.append(variant)
        end = self.advance().span
        if not variants:
            raise self.error(f"union '{name.text}' must have at least one variant", name.span)
        return ast.UnionDef(name.text, variants, start.to(end))

    def parse_capitalised(self, what: str) -> Token:
        tok = self.peek()
        if tok is None or tok.kind is not Kind.WORD:
            raise self.error(f"expected a {what}")
        if not tok.text[0].isupper():
            raise self.error(f"{what} '{tok.text}' must start with an uppercase letter")
        return self.advance()

    def parse_variant(self) -> ast.Variant:
        # variant := NAME ( '{' (field ','?)* '}' )?
        name = self.parse_capitalised("variant name")
        fields: list[ast.Field] = []
        end = name.span
        if self.at("{"):
            brace = self.advance()
            seen: set[str] = set()
            while not self.at("}"):
                self.skip_annotations()
                if self.peek() is None:
                    raise self.error(
                        f"unexpected end of input in the fields of '{name.text}': missing '}}'",
                        brace.span,
                    )
                if self.at("}"):
                    break
                fields.append(self.parse_field(name.text, seen))
                if self.at(","):
                    self.advance()
            end = self.expect("}", f"expected '}}' after the fields of '{name.text}'").span
        return ast.Variant(name.text, fields, name.span.to(end))

    def parse_field(self, variant: str, seen: set[str]) -> ast.Field:
        # field := NAME ':' TYPE
        tok = self.peek()
        if tok is None or tok.kind is not Kind.WORD:
            raise self.error("expected a field name")
        self.advance()
        self.expect(":", f"expected ':' after field name '{tok.text}'")
        ty = self.peek()
        if ty is None or ty.kind is not Kind.WORD:
            raise self.error(f"expected a type for field '{tok.text}'")
        self.advance()
        if tok.text in seen:
            raise self.error(f"duplicate field '{tok.text}' in variant '{variant}'", tok.span)
        seen.add(tok.text)
        return ast.Field(tok.text, ty.text, tok.span.to(ty.span))

    def parse_word_def(self) -> ast.WordDef:
        # word-def := ':' NAME effect? statement* ';'
        lints, self.pending_lints = self.pending_lints, []
        colon = self.expect(":", "expected ':' to start a word definition")
        name = self.peek()
        if name is None or name.kind is not Kind.WORD:
            raise self.error("expected a word name after ':'")
        self.advance()
        effect = self.parse_effect() if self.at("(") else None
        self.classic_ifs = pair_classic_ifs(self.tokens, self.pos)
        body = self.parse_body(";", f"word '{name.text}'", colon.span)
        end = self.advance().span
        return ast.WordDef(name.text, effect, body, colon.span.to(end), name.span, lints)

    # --- stack effects ------------------------------------------------------------

    def parse_effect(self) -> ast.EffectExpr:
        # effect := '(' stack '--' stack ('|' 'Yield' type)? ')'
        start = self.advance().span
        inputs = self.parse_stack(("--", ")"), "stack effect inputs", 0)
        self.expect("--", "expected '--' in stack effect")
        outputs = self.parse_stack((")", "|"), "stack effect outputs", 0)
        yields = None
        if self.at("|"):
            self.advance()
            tok = self.peek()
            if tok is None or tok.text != "Yield":
                raise self.error("unknown effect after '|': expected 'Yield T'")
            self.advance()
            nxt = self.peek()
            if nxt is None or (nxt.kind is not Kind.WORD and nxt.text != "["):
                raise self.error("expected a type after 'Yield'")
            yields = self.parse_type(0)
        end = self.expect(")", "expected ')' to end the stack effect").span
        return ast.EffectExpr(inputs, outputs, yields, start.to(end))

    def parse_stack(self, stops: tuple[str, ...], what: str, depth: int) -> ast.StackExpr:
        # stack := ROWVAR? type*
        row: str | None = None
        items: list[ast.TypeExpr] = []
        while True:
            self.skip_annotations()
            tok = self.peek()
            wanted = " or ".join(f"'{s}'" for s in stops)
            if tok is None:
                raise self.error(f"unexpected end of input in {what}: expected {wanted}")
            if tok.text in stops and tok.kind is not Kind.STRING:
                return ast.StackExpr(row, items)
            if (tok.kind is Kind.PUNCT and tok.text != "[") or tok.text == "--":
                # e.g. `( Int -- Int ;`: the closer is missing, not a type
                raise self.error(f"expected a type or {wanted} in {what}, got '{tok.text}'")
            if tok.text.startswith(".."):
                name = tok.text[2:]
                if not _ROW_VAR.fullmatch(name):
                    raise self.error(
                        f"row variable '{tok.text}' must be '..' then a lowercase letter, "
                        "then letters, digits or underscores"
                    )
                if items or row is not None:
                    raise self.error(f"row variable '{tok.text}' must come first in {what}")
                self.advance()
                row = name
            else:
                items.append(self.parse_type(depth))

    def parse_type(self, depth: int) -> ast.TypeExpr:
        # type := NAME | '[' stack '--' stack ']' | 'Closure' '[' stack '--' stack ']'
        tok = self.peek()
        assert tok is not None
        if tok.text == "[" or (tok.text == "Closure" and tok.kind is Kind.WORD):
            closure = tok.text == "Closure"
            self.advance()
            if closure:
                self.expect("[", "expected '[' after 'Closure'")
            if depth >= MAX_TYPE_NESTING:
                raise self.error(
                    f"quotation types nest deeper than {MAX_TYPE_NESTING} levels", tok.span
                )
            inputs = self.parse_stack(("--", "]"), "quotation type inputs", depth + 1)
            if self.at("]"):
                raise self.error("quotation types need '--', e.g. [Int -- ] or [ -- Int]")
            self.advance()
            outputs = self.parse_stack(("]",), "quotation type outputs", depth + 1)
            end = self.advance().span
            span = tok.span.to(end)
            effect = ast.EffectExpr(inputs, outputs, None, span)
            return ast.QuotationTypeExpr(effect, closure, span)
        if tok.kind is not Kind.WORD:
            raise self.error(f"expected a type, got '{tok.text}'")
        if tok.text == "Quotation":
            raise self.error("'Quotation' is not a type: write its effect, e.g. [Int -- Int]")
        if not tok.text[0].isupper():
            raise self.error(
                f"unknown type '{tok.text}': types are capitalised (Int, String, a union, "
                "or a type variable like T)"
            )
        self.advance()
        return ast.TypeName(tok.text, tok.span)

    # --- statements -----------------------------------------------------------------

    def parse_body(self, closer: str, what: str, opener: Span) -> list[ast.Statement]:
        """Statements up to (not including) the `closer` token."""
        body: list[ast.Statement] = []
        while True:
            self.skip_annotations()
            tok = self.peek()
            if tok is None:
                raise self.error(f"unexpected end of input in {what}: missing '{closer}'", opener)
            if tok.kind is Kind.PUNCT and tok.text == closer:
                return body
            body.append(self.parse_statement(what, opener))

    def parse_statement(self, what: str, opener: Span) -> ast.Statement:
        # statement := literal | ':' SYMBOL | '[' statement* ']' | match | if | WORD
        index = self.pos
        tok = self.advance()
        text, span = tok.text, tok.span
        if tok.kind is Kind.STRING:
            return ast.StringLit(unescape(text[1:-1], span), span)
        if tok.kind is Kind.PUNCT:
            if text == "[":
                return self.parse_quotation(span)
            if text == ":":
                return self.parse_symbol(span)
            if text == ";":
                closer = "end" if what == "match arm" else "]"
                raise self.error(f"';' inside {what}: missing '{closer}'", opener)
            raise self.error(f"unexpected '{text}' in {what}", span)
        literal = self.parse_number(text, span)
        if literal is not None:
            return literal
        if text in ("true", "false"):
            return ast.BoolLit(text == "true", span)
        if text == "match":
            return self.parse_match(span)
        if text == "if" and index in self.classic_ifs:
            return self.parse_classic_if(index, span, what, opener)
        if text in ("else", "then"):
            raise self.error(
                f"'{text}' without a matching 'if' (write `cond if A else B then` "
                "or `cond [ A ] [ B ] if`)",
                span,
            )
        return ast.WordCall(text, span)

    def parse_number(self, text: str, span: Span) -> ast.Statement | None:
        lowered = text.lower()
        if ("." in text or "e" in lowered) and _FLOAT.fullmatch(text):
            return ast.FloatLit(float(text), span)
        for prefix, digits_re, base in (("0x", _HEX_DIGITS, 16), ("0b", _BIN_DIGITS, 2)):
            if lowered.startswith(prefix):
                digits = text[2:]
                if not digits_re.fullmatch(digits):
                    kind = "hex" if base == 16 else "binary"
                    raise self.error(f"invalid {kind} literal '{text}'", span)
                return self._int(int(digits, base), text, span)
        if _DECIMAL.fullmatch(text):
            return self._int(int(text), text, span)
        return None

    def _int(self, value: int, text: str, span: Span) -> ast.IntLit:
        if not INT_MIN <= value <= INT_MAX:
            raise self.error(f"integer literal '{text}' does not fit in 64 bits", span)
        return ast.IntLit(value, span)

    def parse_symbol(self, colon: Span) -> ast.SymbolLit:
        # symbol := ':' NAME
        tok = self.peek()
        if tok is None or tok.kind is not Kind.WORD:
            raise self.error("expected a symbol name after ':'", colon)
        self.advance()
        if tok.text[0] in "0123456789":  # ASCII digits only, as the reference
            raise self.error(f"symbol ':{tok.text}' must not start with a digit", tok.span)
        if not _SYMBOL_CHARS.fullmatch(tok.text):
            bad = next(c for c in tok.text if not _SYMBOL_CHARS.fullmatch(c))
            raise self.error(
                f"symbol ':{tok.text}' has invalid character '{bad}' "
                "(allowed: letters, digits, - _ . ? !)",
                tok.span,
            )
        return ast.SymbolLit(tok.text, colon.to(tok.span))

    def parse_quotation(self, start: Span) -> ast.Quotation:
        # quotation := '[' statement* ']'
        self.enter(start)
        body = self.parse_body("]", "quotation", start)
        end = self.advance().span
        self.leave()
        qid = self.next_quotation_id
        self.next_quotation_id += 1
        return ast.Quotation(qid, body, start.to(end))

    def parse_classic_if(self, index: int, span: Span, what: str, opener: Span) -> ast.If:
        # classic-if := 'if' statement* ('else' statement*)? 'then'
        else_at, then_at = self.classic_ifs[index]
        self.enter(span)
        then_body = self.parse_until(else_at if else_at is not None else then_at, what, opener)
        else_body = None
        if else_at is not None:
            self.advance()
            else_body = self.parse_until(then_at, what, opener)
        self.advance()
        self.leave()
        return ast.If(then_body, else_body, span)

    def parse_until(self, stop: int, what: str, opener: Span) -> list[ast.Statement]:
        body: list[ast.Statement] = []
        while self.pos < stop:
            self.skip_annotations()
            if self.pos >= stop:
                break
            body.append(self.parse_statement(what, opener))
        return body

    def parse_match(self, start: Span) -> ast.Match:
        # match := 'match' arm+ 'end'
        self.enter(start)
        arms: list[ast.MatchArm] = []
        while True:
            self.skip_annotations()
            if self.peek() is None:
                raise self.error("unexpected end of input in match: missing 'end'", start)
            if self.at("end"):
                end = self.advance().span
                break
            arms.append(self.parse_arm(start))
        if not arms:
            raise self.error("match needs at least one arm", start)
        self.leave()
        return ast.Match(arms, start.to(end))

    def parse_arm(self, match_start: Span) -> ast.MatchArm:
        # arm := VARIANT ('{' ('>' FIELD)* '}')? '->' statement*
        tok = self.peek()
        assert tok is not None
        if tok.kind is not Kind.WORD:
            raise self.error(f"expected a variant name in match arm, got '{tok.text}'")
        self.advance()
        bindings: list[str] | None = None
        if self.at("{"):
            self.advance()
            bindings = []
            while not self.at("}"):
                self.skip_annotations()
                b = self.peek()
                if b is None:
                    raise self.error(
                        f"unexpected end of input in the bindings of '{tok.text}': missing '}}'"
                    )
                if b.text == "}":
                    break
                if b.kind is Kind.WORD and not b.text.startswith(">"):
                    raise self.error(
                        f"match bindings take the field names with a '>' prefix: "
                        f"write '>{b.text}' to put field '{b.text}' on the stack",
                        b.span,
                    )
                if b.kind is not Kind.WORD or len(b.text) < 2:
                    # a bare '>' or punctuation: there is no field name to suggest
                    raise self.error(
                        f"expected a field binding like '>name' in match arm '{tok.text}', "
                        f"got '{b.text}'",
                        b.span,
                    )
                bindings.append(b.text[1:])
                self.advance()
            self.advance()
        self.expect("->", f"expected '->' after pattern '{tok.text}'")
        body: list[ast.Statement] = []
        while True:
            self.skip_annotations()
            nxt = self.peek()
            if nxt is None:
                raise self.error("unexpected end of input in match: missing 'end'", match_start)
            if self.at("end") or self.starts_arm():
                break
            body.append(self.parse_statement("match arm", match_start))
        return ast.MatchArm(tok.text, bindings, body, tok.span)

    def starts_arm(self) -> bool:
        """An uppercase name followed by '->' or '{' begins the next arm."""
        tok, nxt = self.peek(), self.peek(1)
        return (
            tok is not None
            and tok.kind is Kind.WORD
            and tok.text[0].isupper()
            and nxt is not None
            and nxt.text in ("->", "{")
            and nxt.kind is not Kind.STRING
        )

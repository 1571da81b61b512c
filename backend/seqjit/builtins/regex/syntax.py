"""The reference's regular expressions (Rust's `regex` crate syntax and match
semantics) on top of Python's `re`.

`compile_rust(pattern)` translates a pattern to an `re` pattern, or raises
RegexError where the Rust crate would refuse it. What is translated:

- `$` is the end of the text (Python's `$` also matches before a final
  newline); in multi-line mode it stays `$`. `\\z` becomes `\\Z`.
- flags `(?imsxU-u)`, alone (to the end of the group, across later
  alternatives) or scoped `(?i:...)`, anywhere in the pattern; `x` and `U`
  (swap greedy and lazy) are applied here, `-u` becomes Python's ASCII mode;
- named groups `(?P<name>...)` and `(?<name>...)` (names may hold `.[]`);
- escapes `\\x{...}`, `\\u{...}`, `\\e`, `\\<`, `\\>`, `\\b{start}`, `\\b{end}`,
  `\\b{start-half}`, `\\b{end-half}`, and `\\p{..}` / `\\P{..}` / `\\pL` for
  Unicode general categories (`L`, `Lu`, `Letter`, `gc=Nd`, ...);
- classes with nested classes, `&&`, `--`, `~~`, ASCII classes `[:alpha:]`
  and `[:^alpha:]`, `]` or `-` first taken literally;
- a repetition of a repetition (`a**`), which Python refuses.

Refused, as by the Rust crate: look-around, backreferences, atomic groups,
possessive repetitions, conditionals, comments `(?#...)`, `\\Z`, `\\G` and
other unknown escapes, octal escapes, unbalanced groups and classes.

Known differences that remain: `\\p{...}` of scripts and binary properties
(`\\p{Greek}`, `\\p{Alphabetic}`) is refused; `\\s` and `\\w` follow Python's
Unicode tables (Python's `\\s` also takes U+001C..U+001F); case-insensitive
matching uses Python's case folding; the crate's size limits are not
enforced, and matching backtracks (a pathological pattern can be slow where
the crate is linear).

`find_iter` gives the matches in the crate's order: like Python's, except
that an empty match right where the previous match ended is skipped.
`expand` interpolates a replacement the crate's way (`$1`, `$name`,
`${name}`, `$$`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache

MAX_CP = 0x10FFFF
META = set(".^$*+?{}[]|()\\#&-~")
PY_CLASS_SPECIAL = set("\\]^-[&~|")


class RegexError(Exception):
    pass


@dataclass(frozen=True)
class Flags:
    i: bool = False
    m: bool = False
    s: bool = False
    x: bool = False
    U: bool = False
    u: bool = True

    def python(self) -> str:
        """The Python scoped-flags group opener for these flags."""
        on = ("a" if not self.u else "") + "".join(f for f in "ims" if getattr(self, f))
        off = "".join(f for f in "ims" if not getattr(self, f))
        return f"(?{on}-{off}:" if off else f"(?{on}:"


@dataclass
class Compiled:
    regex: re.Pattern
    names: dict[str, int]  # capture group name -> number


# --- sets of code points -------------------------------------------------------------------

Ranges = list[tuple[int, int]]


def normalize(ranges: Ranges) -> Ranges:
    out: Ranges = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def complement(ranges: Ranges) -> Ranges:
    out: Ranges = []
    at = 0
    for lo, hi in normalize(ranges):
        if lo > at:
            out.append((at, lo - 1))
        at = hi + 1
    if at <= MAX_CP:
        out.append((at, MAX_CP))
    return out


def intersect(a: Ranges, b: Ranges) -> Ranges:
    return complement(complement(a) + complement(b))


def difference(a: Ranges, b: Ranges) -> Ranges:
    return intersect(a, complement(b))


def from_predicate(pred) -> Ranges:
    out: Ranges = []
    start = None
    for cp in range(MAX_CP + 2):
        inside = cp <= MAX_CP and pred(chr(cp))
        if inside and start is None:
            start = cp
        elif not inside and start is not None:
            out.append((start, cp - 1))
            start = None
    return out


@cache
def _categories() -> dict[str, Ranges]:
    """Every code point's general category, as ranges per two-letter category."""
    table: dict[str, Ranges] = {}
    start, current = 0, unicodedata.category("\0")
    for cp in range(1, MAX_CP + 2):
        # Past the last code point, "" (no category) closes the final range.
        cat = unicodedata.category(chr(cp)) if cp <= MAX_CP else ""
        if cat != current:
            table.setdefault(current, []).append((start, cp - 1))
            start, current = cp, cat
    return table


GENERAL_CATEGORIES = {
    "L": "letter", "Lu": "uppercaseletter", "Ll": "lowercaseletter", "Lt": "titlecaseletter",
    "Lm": "modifierletter", "Lo": "otherletter", "LC": "casedletter",
    "M": "mark", "Mn": "nonspacingmark", "Mc": "spacingmark", "Me": "enclosingmark",
    "N": "number", "Nd": "decimalnumber", "Nl": "letternumber", "No": "othernumber",
    "P": "punctuation", "Pc": "connectorpunctuation", "Pd": "dashpunctuation",
    "Ps": "openpunctuation", "Pe": "closepunctuation", "Pi": "initialpunctuation",
    "Pf": "finalpunctuation", "Po": "otherpunctuation",
    "S": "symbol", "Sm": "mathsymbol", "Sc": "currencysymbol", "Sk": "modifiersymbol",
    "So": "othersymbol",
    "Z": "separator", "Zs": "spaceseparator", "Zl": "lineseparator", "Zp": "paragraphseparator",
    "C": "other", "Cc": "control", "Cf": "format", "Cs": "surrogate", "Co": "privateuse",
    "Cn": "unassigned",
}
CATEGORY_ALIASES = {"digit": "Nd", "punct": "P", "cntrl": "Cc", "combiningmark": "M",
                    "l&": "LC"}


@cache
def unicode_class(name: str) -> Ranges:
    """The code points of `\\p{name}`, for general categories (and Any, ASCII)."""
    loose = re.sub(r"[\s_-]", "", name).lower()
    for prefix in ("gc=", "generalcategory=", "gc:", "generalcategory:"):
        if loose.startswith(prefix):
            loose = loose[len(prefix):]
    if loose == "any":
        return [(0, MAX_CP)]
    if loose == "ascii":
        return [(0, 0x7F)]
    if loose.startswith("is") and loose[2:] in (*map(str.lower, GENERAL_CATEGORIES),
                                                  *GENERAL_CATEGORIES.values()):
        loose = loose[2:]
    short = CATEGORY_ALIASES.get(loose)
    for abbrev, long in GENERAL_CATEGORIES.items():
        if loose in (abbrev.lower(), long):
            short = abbrev
    if short is None:
        raise RegexError(f"unsupported Unicode class \\p{{{name}}}")
    table = _categories()
    if short == "LC":
        return normalize(table.get("Lu", []) + table.get("Ll", []) + table.get("Lt", []))
    if len(short) == 1:
        return normalize([r for cat, rs in table.items() if cat[0] == short for r in rs])
    return table.get(short, [])


POSIX = {
    "alnum": [(48, 57), (65, 90), (97, 122)], "alpha": [(65, 90), (97, 122)],
    "ascii": [(0, 127)], "blank": [(9, 9), (32, 32)], "cntrl": [(0, 31), (127, 127)],
    "digit": [(48, 57)], "graph": [(33, 126)], "lower": [(97, 122)], "print": [(32, 126)],
    "punct": [(33, 47), (58, 64), (91, 96), (123, 126)],
    "space": [(9, 13), (32, 32)], "upper": [(65, 90)],
    "word": [(48, 57), (65, 90), (95, 95), (97, 122)], "xdigit": [(48, 57), (65, 70), (97, 102)],
}


@cache
def perl_class(letter: str, unicode: bool) -> Ranges:
    """`\\d`, `\\w`, `\\s` (lower case) as Python's `re` defines them."""
    if not unicode:
        return {"d": POSIX["digit"], "w": POSIX["word"], "s": [(9, 13), (32, 32)]}[letter]
    pred = {"d": str.isdecimal, "w": lambda c: c.isalnum() or c == "_", "s": str.isspace}
    return from_predicate(pred[letter])


def char_escape(cp: int, in_class: bool = False) -> str:
    ch = chr(cp)
    if ch.isascii() and ch.isalnum():
        return ch
    if ch in META or (in_class and ch in PY_CLASS_SPECIAL):
        return "\\" + ch
    if cp < 0x20 or cp == 0x7F or ch.isspace() or 0xD800 <= cp <= 0xDFFF:
        return f"\\U{cp:08x}"
    return ch


def ranges_class(ranges: Ranges) -> str:
    ranges = normalize(ranges)
    if not ranges:
        return "(?!)"
    parts = []
    for lo, hi in ranges:
        parts.append(char_escape(lo, True) if lo == hi
                     else f"{char_escape(lo, True)}-{char_escape(hi, True)}")
    return "[" + "".join(parts) + "]"


# --- class expressions ---------------------------------------------------------------------


@dataclass
class Item:
    """One member of a bracketed class: a code point range, or a set (with
    the Python text that writes it inside a class, when there is one)."""

    ranges: Ranges | None = None  # explicit code points
    fragment: str | None = None  # Python class text, e.g. "\\d"
    perl: tuple[str, bool] | None = None  # (letter, unicode) of a Perl class `\d`, `\W`, ...

    def resolve(self) -> Ranges:
        if self.ranges is not None:
            return self.ranges
        # An Item is made with either explicit ranges or a Perl class letter.
        assert self.perl is not None
        letter, unicode = self.perl
        base = perl_class(letter.lower(), unicode)
        return complement(base) if letter.isupper() else base


class Translator:
    def __init__(self, pattern: str) -> None:
        self.src = pattern
        self.pos = 0
        self.out: list[str] = []
        self.names: dict[str, int] = {}
        self.groups = 0

    # --- reading ---

    def peek(self, k: int = 0) -> str:
        i = self.pos + k
        return self.src[i] if i < len(self.src) else ""

    def eat(self, text: str) -> bool:
        if self.src.startswith(text, self.pos):
            self.pos += len(text)
            return True
        return False

    def error(self, message: str) -> RegexError:
        return RegexError(f"{message} at offset {self.pos}")

    def skip_space(self, flags: Flags) -> None:
        if not flags.x:
            return
        while self.pos < len(self.src):
            ch = self.src[self.pos]
            if ch.isspace():
                self.pos += 1
            elif ch == "#":
                end = self.src.find("\n", self.pos)
                self.pos = len(self.src) if end < 0 else end + 1
            else:
                return

    # --- the whole pattern ---

    def translate(self) -> str:
        flags = Flags()
        # Each open group, as what to restore when it closes: the enclosing
        # group's flags at its start, the wrappers open in it, the index in
        # `out` where this group starts, the flags in force before it.
        stack: list[tuple[Flags, int, int, Flags]] = []
        wrappers = 0
        group_flags = flags
        atom: int | None = None  # index in out where the last atom starts
        atom_repeated = False
        atom_assertion = False
        out = self.out
        while True:
            self.skip_space(flags)
            if self.pos >= len(self.src):
                break
            ch = self.src[self.pos]
            if ch == "(":
                self.pos += 1
                start = len(out)
                opened = self.group_open(flags)
                if opened is None:  # a flag directive `(?i)`: applies to the group's rest
                    new = self.pending_flags
                    if new != flags:
                        out.append(new.python())
                        wrappers += 1
                    flags = new
                    atom = None
                    continue
                text, new = opened
                out.append(text)
                stack.append((group_flags, wrappers, start, flags))
                group_flags, wrappers, flags = new, 0, new
                atom = None
                continue
            if ch == ")":
                self.pos += 1
                if not stack:
                    raise self.error("unopened group")
                out.append(")" * wrappers + ")")
                group_flags, wrappers, start, flags = stack.pop()
                atom, atom_repeated, atom_assertion = start, False, False
                continue
            if ch == "|":
                self.pos += 1
                out.append(")" * wrappers + "|")
                wrappers = 0
                if flags != group_flags:
                    out.append(flags.python())
                    wrappers = 1
                atom = None
                continue
            if ch in "*+?{":
                quantifier = self.quantifier(flags)
                if atom is None:
                    raise self.error("repetition operator missing expression")
                if atom_repeated or atom_assertion:
                    out.insert(atom, "(?:")
                    out.append(")")
                out.append(quantifier)
                atom_repeated, atom_assertion = True, False
                continue
            atom, atom_repeated, atom_assertion = len(out), False, False
            if ch == "[":
                self.pos += 1
                out.append(self.bracket_class(flags))
            elif ch == "\\":
                self.pos += 1
                text, assertion = self.escape(flags)
                out.append(text)
                atom_assertion = assertion
            elif ch == "$":
                self.pos += 1
                out.append("$" if flags.m else "(?:\\Z)")
                atom_assertion = True
            elif ch == "^":
                self.pos += 1
                out.append("^")
                atom_assertion = True
            elif ch == ".":
                self.pos += 1
                out.append(".")
            else:
                self.pos += 1
                out.append(char_escape(ord(ch)))
        if stack:
            raise self.error("unclosed group")
        out.append(")" * wrappers)
        return "".join(out)

    # --- groups and flags ---

    def parse_flags(self, flags: Flags) -> Flags:
        """Read `imsxUuR` flags with an optional `-` part."""
        values = {}
        negate = False
        seen_any = False
        while self.pos < len(self.src) and self.src[self.pos] not in ":)":
            ch = self.src[self.pos]
            if ch == "-":
                if negate:
                    raise self.error("repeated negation")
                negate = True
            elif ch in "imsxUu":
                if ch in values:
                    raise self.error("duplicate flag")
                values[ch] = not negate
                seen_any = True
            elif ch == "R":
                seen_any = True  # CRLF mode: not distinguished here
            else:
                raise self.error("unrecognized flag")
            self.pos += 1
        if negate and not seen_any:
            raise self.error("flag negation without flags")
        if self.pos >= len(self.src):
            raise self.error("unclosed group")
        return replace(flags, **values)

    def group_open(self, flags: Flags) -> tuple[str, Flags] | None:
        """After `(`: the Python text opening the group and the flags inside it,
        or None for a flag directive (then `self.pending_flags` holds them)."""
        if not self.eat("?"):
            self.groups += 1
            return "(", flags
        if self.eat("P<") or (self.peek() == "<" and self.peek(1) not in "=!" and self.eat("<")):
            end = self.src.find(">", self.pos)
            if end < 0:
                raise self.error("unclosed group name")
            name = self.src[self.pos:end]
            if not re.fullmatch(r"[_A-Za-z][_0-9A-Za-z.\[\]]*", name):
                raise self.error("invalid capture group name")
            if name in self.names:
                raise self.error("duplicate capture group name")
            self.pos = end + 1
            self.groups += 1
            self.names[name] = self.groups
            return "(", flags
        if self.peek() in ("=", "!", "<", ">", "#", "(", "P", "|", "&", "+", "R", "0"):
            raise self.error("look-around, backreferences and the like are not supported")
        new = self.parse_flags(flags)
        if self.eat(")"):
            self.pending_flags = new
            return None
        self.eat(":")
        return new.python(), new

    # --- repetition ---

    def quantifier(self, flags: Flags) -> str:
        ch = self.src[self.pos]
        self.pos += 1
        if ch == "{":
            m = re.compile(r"\s*(\d*)\s*(?:(,)\s*(\d*)\s*)?\}").match(self.src, self.pos)
            if m is None or (not m.group(1) and not m.group(2)) or (
                    not m.group(1) and not m.group(3)):
                raise self.error("invalid counted repetition")
            low = int(m.group(1) or 0)
            high = m.group(3)
            if high and int(high) < low:
                raise self.error("invalid repetition count range")
            self.pos = m.end()
            text = f"{{{low}}}" if not m.group(2) else f"{{{low},{high or ''}}}"
        else:
            text = ch
        self.skip_space(flags)
        lazy = self.eat("?")
        if flags.U:
            lazy = not lazy
        return text + ("?" if lazy else "")

    # --- escapes ---

    def hex_escape(self, digits: int) -> int:
        if self.eat("{"):
            end = self.src.find("}", self.pos)
            body = self.src[self.pos:end] if end >= 0 else ""
            if not re.fullmatch(r"[0-9A-Fa-f]{1,8}", body):
                raise self.error("invalid hexadecimal escape")
            self.pos = end + 1
        else:
            body = self.src[self.pos:self.pos + digits]
            if not re.fullmatch(f"[0-9A-Fa-f]{{{digits}}}", body):
                raise self.error("invalid hexadecimal escape")
            self.pos += digits
        cp = int(body, 16)
        if cp > MAX_CP or 0xD800 <= cp <= 0xDFFF:
            raise self.error("invalid Unicode scalar value")
        return cp

    def unicode_name(self) -> str:
        if self.eat("{"):
            end = self.src.find("}", self.pos)
            if end < 0:
                raise self.error("unclosed Unicode class")
            name = self.src[self.pos:end]
            self.pos = end + 1
            return name
        if self.pos >= len(self.src):
            raise self.error("incomplete escape")
        self.pos += 1
        return self.src[self.pos - 1]

    def class_escape(self, flags: Flags) -> int | Item:
        """An escape after `\\` that stands for characters: a code point, or
        an Item for a set."""
        if self.pos >= len(self.src):
            raise self.error("incomplete escape")
        ch = self.src[self.pos]
        self.pos += 1
        simple = {"n": 10, "t": 9, "r": 13, "f": 12, "v": 11, "a": 7, "e": 27}
        if ch in simple:
            return simple[ch]
        if ch == "x":
            return self.hex_escape(2)
        if ch == "u":
            return self.hex_escape(4)
        if ch == "U":
            return self.hex_escape(8)
        if ch in "dwsDWS":
            fragment = ("\\" + ch) if flags.u else None
            item = Item(fragment=fragment, perl=(ch, flags.u))
            if not flags.u:
                item.ranges = item.resolve()
            return item
        if ch in "pP":
            ranges = unicode_class(self.unicode_name())
            if ch == "P":
                ranges = complement(ranges)
            return Item(ranges=ranges)
        if not ch.isascii() or ch.isalnum() or ch in "<>":
            raise self.error(f"unrecognized escape \\{ch}")
        return ord(ch)

    def escape(self, flags: Flags) -> tuple[str, bool]:
        """An escape outside classes: (Python text, whether it is an assertion)."""
        ch = self.peek()
        word = r"\w" if flags.u else "[0-9A-Za-z_]"
        if ch in ("b", "B", "A", "z", "<", ">"):
            self.pos += 1
            if ch == "b" and self.peek() == "{":
                end = self.src.find("}", self.pos)
                kind = self.src[self.pos + 1:end] if end > 0 else ""
                forms = {"start": rf"\b(?={word})", "end": rf"\b(?<={word})",
                         "start-half": rf"(?<!{word})", "end-half": rf"(?!{word})"}
                if kind not in forms:
                    raise self.error("unrecognized word boundary")
                self.pos = end + 1
                return "(?:" + forms[kind] + ")", True
            text = {"b": r"\b", "B": r"\B", "A": r"\A", "z": r"\Z",
                    "<": rf"\b(?={word})", ">": rf"\b(?<={word})"}[ch]
            return "(?:" + text + ")", True
        item = self.class_escape(flags)
        if isinstance(item, int):
            return char_escape(item), False
        if item.fragment is not None:
            return item.fragment, False
        return ranges_class(item.resolve()), False

    # --- bracketed classes ---

    def bracket_class(self, flags: Flags) -> str:
        negated, items, complex_ = self.class_body(flags)
        if not complex_ and all(it.ranges is not None or it.fragment is not None
                                for it in items):
            parts = []
            for it in items:
                if it.fragment is not None:
                    parts.append(it.fragment)
                else:
                    parts.append(ranges_class(it.ranges)[1:-1] if it.ranges else "")
            body = "".join(parts)
            if not body:
                return "[^\\x00-\\U0010ffff]" if not negated else "[\\x00-\\U0010ffff]"
            return "[" + ("^" if negated else "") + body + "]"
        ranges = self.resolve_items(items)
        return ranges_class(complement(ranges) if negated else ranges)

    def resolve_items(self, items: list[Item]) -> Ranges:
        return normalize([r for it in items for r in it.resolve()])

    def class_body(self, flags: Flags) -> tuple[bool, list[Item], bool]:
        """After `[`: (negated, items, complex) through the closing `]`."""
        negated = self.eat("^")
        items, complex_ = self.class_union(flags, first=True)
        while True:
            self.skip_space(flags)
            op = next((o for o in ("&&", "--", "~~") if self.src.startswith(o, self.pos)), None)
            if op is None:
                break
            self.pos += 2
            rhs, _ = self.class_union(flags, first=False)
            a, b = self.resolve_items(items), self.resolve_items(rhs)
            if op == "&&":
                result = intersect(a, b)
            elif op == "--":
                result = difference(a, b)
            else:
                result = normalize(difference(a, b) + difference(b, a))
            items, complex_ = [Item(ranges=result)], True
        self.skip_space(flags)
        if not self.eat("]"):
            raise self.error("unclosed character class")
        return negated, items, complex_

    def class_union(self, flags: Flags, first: bool) -> tuple[list[Item], bool]:
        items: list[Item] = []
        complex_ = False
        at_start = first
        while True:
            self.skip_space(flags)
            if self.pos >= len(self.src):
                raise self.error("unclosed character class")
            ch = self.src[self.pos]
            if ch == "]" and not at_start:
                break
            if not at_start and any(self.src.startswith(o, self.pos) for o in ("&&", "--", "~~")):
                break
            at_start = False
            if ch == "[":
                posix = re.compile(r"\[:(\^?)([a-z]+):\]").match(self.src, self.pos)
                if posix and posix.group(2) in POSIX:
                    self.pos = posix.end()
                    ranges = POSIX[posix.group(2)]
                    items.append(Item(ranges=complement(ranges) if posix.group(1) else ranges))
                    continue
                self.pos += 1
                negated, inner, _ = self.class_body(flags)
                ranges = self.resolve_items(inner)
                items.append(Item(ranges=complement(ranges) if negated else ranges))
                complex_ = True
                continue
            low = self.class_atom(flags)
            if isinstance(low, Item):
                items.append(low)
                continue
            self.skip_space(flags)
            if self.peek() == "-" and self.peek(1) not in ("]", "-", ""):
                self.pos += 1
                self.skip_space(flags)
                high = self.class_atom(flags)
                if isinstance(high, Item):
                    raise self.error("invalid range boundary")
                if high < low:
                    raise self.error("invalid range")
                items.append(Item(ranges=[(low, high)]))
            else:
                items.append(Item(ranges=[(low, low)]))
        return items, complex_

    def class_atom(self, flags: Flags) -> int | Item:
        ch = self.src[self.pos]
        self.pos += 1
        if ch != "\\":
            return ord(ch)
        return self.class_escape(flags)


@lru_cache(maxsize=256)
def compile_rust(pattern: str) -> Compiled:
    """The pattern compiled, or RegexError where the Rust crate refuses it."""
    translator = Translator(pattern)
    text = translator.translate()
    try:
        regex = re.compile(text)
    except (re.error, OverflowError, RecursionError) as error:
        raise RegexError(str(error)) from None
    return Compiled(regex, translator.names)


def find_iter(regex: re.Pattern, text: str):
    """The matches the Rust crate's `find_iter` reports, in order."""
    pos, last_end = 0, -1
    while pos <= len(text):
        m = regex.search(text, pos)
        if m is None:
            return
        start, end = m.span()
        if start == end == last_end:
            pos = end + 1
            continue
        yield m
        last_end = pos = end


def expand(template: str, m: re.Match, names: dict[str, int]) -> str:
    """The replacement `template` for the match `m`, as the Rust crate
    interpolates it: `$$` is `$`; `$N`, `$name` (the longest run of
    `[0-9A-Za-z_]`) and `${...}` are groups, empty if absent or unmatched;
    any other `$` is itself."""
    out: list[str] = []
    i = 0
    n = len(template)
    while i < n:
        j = template.find("$", i)
        if j < 0:
            break
        out.append(template[i:j])
        i = j
        if template.startswith("$$", i):
            out.append("$")
            i += 2
            continue
        if i + 1 < n and template[i + 1] == "{":
            close = template.find("}", i + 2)
            if close < 0:
                out.append("$")
                i += 1
                continue
            ref, end = template[i + 2:close], close + 1
        else:
            k = i + 1
            while k < n and (template[k].isascii() and (template[k].isalnum()
                                                         or template[k] == "_")):
                k += 1
            if k == i + 1:
                out.append("$")
                i += 1
                continue
            ref, end = template[i + 1:k], k
        number = int(ref) if re.fullmatch(r"\+?[0-9]+", ref) else names.get(ref)
        if number is not None and number <= (m.re.groups or 0):
            out.append(m.group(number) or "")
        i = end
    out.append(template[i:])
    return "".join(out)

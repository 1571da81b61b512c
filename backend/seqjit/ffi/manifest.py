"""Read and validate an FFI manifest (TOML, read with `tomllib`).

The format is the reference's: `[[library]]` tables with `name` and `link`,
each with `[[library.function]]` tables (`c_name`, `seq_name`,
`stack_effect`, `args`, `return`). seqjit adds one optional field,
`blocking = true`, for a call that may wait. Every error names the file
(and the line, where it can be found), the entry and the field; an unknown
field is refused rather than ignored, so a misspelt `ownership` is not
silently the default.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..diagnostics import SeqError, Source, Span
from ..syntax.includes import read_source
from ..types.declared import did_you_mean
from .model import OWNERSHIPS, PASS_MODES, TYPES, Arg, Function, Library, Manifest, Return

KIND = "ffi error"
LIBRARY_FIELDS = ("name", "link", "function")
FUNCTION_FIELDS = ("c_name", "seq_name", "stack_effect", "args", "return", "blocking")
ARG_FIELDS = ("type", "pass", "value")
RETURN_FIELDS = ("type", "ownership")
EFFECT_TYPES = ("Int", "Float", "Bool", "String")  # what the reference's effects may name
# The reference's rule for `link` (it becomes a linker flag there).
_LINK = re.compile(r"[A-Za-z0-9_.-]+")
_C_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_manifest(path: Path) -> Manifest:
    """The manifest in the file at `path`; raises SeqError."""
    return parse_manifest(read_source(path))


def parse_manifest(source: Source) -> Manifest:
    """The manifest `source` holds; raises SeqError naming what is wrong."""
    import tomllib  # here: a start that reads no manifest need not load it

    try:
        data = tomllib.loads(source.text)
    except tomllib.TOMLDecodeError as e:
        found = _TOML_AT.search(str(e))
        span = _span(source, int(found[1]), int(found[2])) if found else None
        message = _TOML_AT.sub("", str(e)).strip()
        raise SeqError(KIND, f"{source.name} is not valid TOML: {message}", span) from None
    return _Reader(source).manifest(data)


class _Reader:
    """Turns the TOML data into the model, one entry at a time; knows where
    in the text each entry is, for the errors' spans."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.lines = source.text.split("\n")
        self.function_index = 0  # the [[library.function]] being read, across libraries
        self.library_index = 0

    def manifest(self, data: dict[str, Any]) -> Manifest:
        self.unknown(data, ("library",), "the manifest", None)
        libraries = data.get("library")
        if not isinstance(libraries, list) or not libraries:
            raise self.error("the manifest", "library",
                             "must define at least one library ([[library]] with name and link)",
                             None)
        read = []
        for index, table in enumerate(libraries):
            self.library_index = index
            read.append(self.library(table, index))
        seen: dict[str, str] = {}
        for lib in read:
            for fn in lib.functions:
                if fn.seq_name in seen:
                    raise SeqError(KIND, f"{self.source.name}: the word '{fn.seq_name}' is bound "
                                   f"twice ({seen[fn.seq_name]} and {fn.c_name})")
                seen[fn.seq_name] = fn.c_name
        return Manifest(self.source.name, tuple(read))

    def library(self, table: object, index: int) -> Library:
        header = self.header("[[library]]", index)
        entry = f"library {index + 1}"
        if not isinstance(table, dict):
            raise self.error(entry, "library", "must be a table ([[library]])", header)
        name = self.text(table, "name", entry, header)
        entry = f"library '{name}'"
        self.unknown(table, LIBRARY_FIELDS, entry, header)
        link = self.text(table, "link", entry, header)
        if not _LINK.fullmatch(link):
            raise self.error(entry, "link", f"'{link}' may hold only letters, digits, "
                             "'-', '_' and '.' (a library name such as \"sqlite3\")", header)
        functions = table.get("function", [])
        if not isinstance(functions, list):
            raise self.error(entry, "function", "must be an array of tables "
                             "([[library.function]])", header)
        read = []
        for table in functions:
            read.append(self.function(table, name))
            self.function_index += 1
        return Library(name, link, tuple(read))

    def function(self, table: object, library: str) -> Function:
        header = self.header("[[library.function]]", self.function_index)
        entry = f"a function of library '{library}'"
        if not isinstance(table, dict):
            raise self.error(entry, "function", "must be a table", header)
        c_name = self.text(table, "c_name", entry, header)
        entry = f"function '{c_name}' of library '{library}'"
        if not _C_NAME.fullmatch(c_name):
            raise self.error(entry, "c_name", f"'{c_name}' is not a C identifier", header)
        self.unknown(table, FUNCTION_FIELDS, entry, header)
        seq_name = self.text(table, "seq_name", entry, header)
        if any(c.isspace() for c in seq_name) or seq_name[0] in "\"[]:;#":
            raise self.error(entry, "seq_name", f"'{seq_name}' is not a word name", header)
        effect = self.text(table, "stack_effect", entry, header)
        raw_args = table.get("args", [])
        if not isinstance(raw_args, list):
            raise self.error(entry, "args", "must be an array of inline tables", header)
        args = tuple(self.arg(a, i, entry, header) for i, a in enumerate(raw_args))
        ret = self.ret(table.get("return"), entry, header)
        blocking = table.get("blocking", False)
        if not isinstance(blocking, bool):
            raise self.error(entry, "blocking", "must be true or false", header)
        function = Function(c_name, seq_name, effect, args, ret, library, blocking)
        self.check_effect(function, entry, header)
        return function

    def arg(self, table: object, index: int, entry: str, header: int | None) -> Arg:
        where = f"args[{index}]"
        if not isinstance(table, dict):
            raise self.error(entry, where, "must be a table such as "
                             "{ type = \"int\", pass = \"int\" }", header)
        self.unknown(table, ARG_FIELDS, f"{entry}, {where}", header)
        kind = self.choice(table, "type", TYPES, f"{entry}, {where}", header)
        if kind == "void":
            raise self.error(entry, f"{where}.type", "an argument cannot be void", header)
        # The reference's default pass mode is c_string; an int is passed as
        # an int whatever its mode says, except by_ref.
        mode = self.choice(table, "pass", PASS_MODES, f"{entry}, {where}", header, "c_string")
        value = self.fixed(table, f"{entry}, {where}", header)
        if value is None:
            allowed = {"int": ("int", "c_string", "ptr", "by_ref"), "ptr": ("ptr", "by_ref"),
                       "string": ("c_string",), "float": ("float", "c_string")}[kind]
            if mode not in allowed:
                raise self.error(entry, f"{where}.pass", f"a {kind} cannot be passed as "
                                 f"'{mode}' (allowed: {', '.join(allowed)})", header)
            if kind in ("int", "float") and mode != "by_ref":
                mode = kind
        return Arg(kind, mode, value)

    def fixed(self, table: dict[str, Any], entry: str, header: int | None) -> int | None:
        if "value" not in table:
            return None
        value = table["value"]
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and value in ("null", "NULL"):
            number = 0
        else:
            try:
                number = int(value) if isinstance(value, str) else None  # type: ignore[assignment]
            except ValueError:
                number = None
        if number is None or not -(2**63) <= number < 2**64:
            raise self.error(entry, "value", f"{value!r} is neither \"null\" nor a 64-bit "
                             "integer", header)
        return number

    def ret(self, table: object, entry: str, header: int | None) -> Return | None:
        if table is None:
            return None
        if not isinstance(table, dict):
            raise self.error(entry, "return", "must be a table ([library.function.return])",
                             header)
        where = f"{entry}, return"
        self.unknown(table, RETURN_FIELDS, where, header)
        kind = self.choice(table, "type", TYPES, where, header)
        ownership = self.choice(table, "ownership", OWNERSHIPS, where, header, "borrowed")
        return Return(kind, ownership)

    def check_effect(self, fn: Function, entry: str, header: int | None) -> None:
        """The declared stack effect must be what the args and return make."""
        text = fn.stack_effect.strip()
        sides = text[1:-1].split("--") if text.startswith("(") and text.endswith(")") else []
        if len(sides) != 2:
            raise self.error(entry, "stack_effect", f"'{fn.stack_effect}' is not a stack "
                             "effect such as \"( String -- Int )\"", header)
        declared = [side.split() for side in sides]
        for name in (*declared[0], *declared[1]):
            if name not in EFFECT_TYPES:
                hint = did_you_mean(name, list(EFFECT_TYPES))
                raise self.error(entry, "stack_effect", f"unknown type '{name}' in "
                                 f"'{fn.stack_effect}'" + (f" (did you mean '{hint}'?)"
                                                            if hint else ""), header)
        if declared != [fn.inputs, fn.outputs]:
            raise SeqError(
                KIND,
                f"{entry}: field 'stack_effect' {fn.stack_effect} does not match its args "
                "and return",
                self.field_span("stack_effect", header),
                expected=fn.effect_text, actual=" ".join(["(", *declared[0], "--",
                                                          *declared[1], ")"]),
                notes=["the inputs are the args taken from the stack (int, ptr: Int; string: "
                       "String); the outputs are each by_ref arg (Int), then the return"],
            )

    # --- fields -------------------------------------------------------------------

    def text(self, table: dict[str, Any], name: str, entry: str, header: int | None) -> str:
        value = table.get(name)
        if value is None:
            raise self.error(entry, name, "is missing", header)
        if not isinstance(value, str) or not value.strip():
            raise self.error(entry, name, "must be a non-empty string", header)
        return value.strip()

    def choice(self, table: dict[str, Any], name: str, allowed: tuple[str, ...], entry: str,
               header: int | None, default: str | None = None) -> str:
        value = table.get(name, default)
        if value is None:
            raise self.error(entry, name, f"is missing (one of {', '.join(allowed)})", header)
        if value not in allowed:
            raise self.error(entry, name, f"{value!r} is not one of {', '.join(allowed)}",
                             header)
        return str(value)

    def unknown(self, table: dict[str, Any], known: tuple[str, ...], entry: str,
                header: int | None) -> None:
        for name in table:
            if name not in known:
                hint = did_you_mean(name, list(known))
                raise self.error(entry, name, "is not a field of the manifest format"
                                 + (f" (did you mean '{hint}'?)" if hint else
                                    f" (known: {', '.join(known)})"), header)

    def error(self, entry: str, name: str, problem: str, header: int | None) -> SeqError:
        return SeqError(KIND, f"{entry}: field '{name}' {problem}",
                        self.field_span(name.split(".")[-1].split("[")[0], header))

    # --- where things are in the text ------------------------------------------------

    def header(self, marker: str, index: int) -> int | None:
        """The line number (0-based) of the `index`-th `marker` table header."""
        seen = -1
        for number, line in enumerate(self.lines):
            if line.strip() == marker:
                seen += 1
                if seen == index:
                    return number
        return None

    def field_span(self, name: str, header: int | None) -> Span | None:
        """The line assigning `name` in the table starting at `header`, or
        the header itself; None when the text does not show it (inline tables)."""
        if header is None:
            return None
        for number in range(header + 1, len(self.lines)):
            stripped = self.lines[number].strip()
            if stripped.startswith("[[") or stripped == "[library.function.return]" and \
                    name not in RETURN_FIELDS:
                break
            if re.match(rf"{re.escape(name)}\s*=", stripped):
                col = self.lines[number].index(stripped) + 1
                return _span(self.source, number + 1, col, len(stripped))
        line = self.lines[header]
        return _span(self.source, header + 1, 1, len(line))


def _span(source: Source, line: int, col: int, width: int = 1) -> Span:
    return Span(source, line, col, line, col + max(1, width))

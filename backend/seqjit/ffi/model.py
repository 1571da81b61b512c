"""What a manifest declares: libraries and the C functions bound as words.

The vocabulary is the reference's (`type`: int, string, ptr, void; `pass`:
c_string, ptr, int, by_ref; `ownership`: caller_frees, static, borrowed),
plus two seqjit extensions: the `blocking` flag for calls that may wait
(run on a helper thread so other strands go on), and the type `float` (a C
double, a Seq Float: libm), which the reference lacks.
"""

from __future__ import annotations

from dataclasses import dataclass

TYPES = ("int", "string", "ptr", "void", "float")
PASS_MODES = ("c_string", "ptr", "int", "by_ref", "float")
OWNERSHIPS = ("caller_frees", "static", "borrowed")
# What each is on the stack.
SEQ_TYPE = {"int": "Int", "ptr": "Int", "string": "String", "float": "Float"}


@dataclass(frozen=True, slots=True)
class Arg:
    """One C argument: from the stack, an out-parameter, or a fixed value."""

    type: str
    pass_mode: str
    value: int | None = None  # a fixed value (null is 0): nothing is popped

    @property
    def popped(self) -> bool:
        return self.value is None and self.pass_mode != "by_ref"

    @property
    def out(self) -> bool:
        return self.value is None and self.pass_mode == "by_ref"


@dataclass(frozen=True, slots=True)
class Return:
    type: str
    ownership: str = "borrowed"


@dataclass(frozen=True, slots=True)
class Function:
    """A C function bound as the word `seq_name` of library `library`."""

    c_name: str
    seq_name: str
    stack_effect: str
    args: tuple[Arg, ...]
    ret: Return | None
    library: str
    blocking: bool = False

    @property
    def inputs(self) -> list[str]:
        """The Seq types the word pops, bottom first (C argument order)."""
        return [SEQ_TYPE[a.type] for a in self.args if a.popped]

    @property
    def outputs(self) -> list[str]:
        """What it pushes: each out-parameter in order, then the result."""
        outs = ["Int" for a in self.args if a.out]
        if self.ret is not None and self.ret.type != "void":
            outs.append(SEQ_TYPE[self.ret.type])
        return outs

    @property
    def effect_text(self) -> str:
        return f"( {' '.join([*self.inputs, '--', *self.outputs])} )"


@dataclass(frozen=True, slots=True)
class Library:
    name: str  # what `include ffi:NAME` names
    link: str  # the linker name: `edit` is libedit.so
    functions: tuple[Function, ...]


@dataclass(frozen=True, slots=True)
class Manifest:
    path: str  # where it was read from, as shown in messages
    libraries: tuple[Library, ...]

    @property
    def functions(self) -> list[Function]:
        return [f for lib in self.libraries for f in lib.functions]

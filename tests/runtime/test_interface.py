"""The runtime's interface (runtime/interface.py) is the one declaration of
what program modules and the host may use of the runtime module. These
tests hold it against the runtime's IR, against what the code generator
declares when it compiles a corpus of programs, and against the ctypes
bindings the host makes; and show the checks fail, naming the symbol, when
the table is wrong."""

from __future__ import annotations

import ctypes
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import llvmlite.binding as llvm
import pytest

from seqjit.codegen.program import compile_program
from seqjit.runtime import bindings, interface
from seqjit.runtime.irkit import InterfaceError, signature_of, type_key
from seqjit.runtime.library import build_runtime_ir
from seqjit.types.sources import check_source

ROOT = Path(__file__).resolve().parents[2]
CODEGEN_TESTS = ROOT / "tests" / "codegen"


# --- what the checks read ---------------------------------------------------------------


@pytest.fixture(scope="module")
def runtime() -> llvm.ModuleRef:
    return llvm.parse_assembly(build_runtime_ir())


def _test_module(name: str) -> object:
    spec = importlib.util.spec_from_file_location(f"corpus_{name}", CODEGEN_TESTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus() -> Iterator[tuple[str, str, Path]]:
    """(name, text, base dir) of programs that between them use every family
    of builtins: the Seq test files, the benchmarks, the standard modules and
    the programs of tests/codegen."""
    for path in sorted([*ROOT.glob("tests/seq/*.seq"), *ROOT.glob("benchmarks/*/*.seq"),
                        *ROOT.glob("backend/seqjit/std/*.seq")]):
        yield str(path.relative_to(ROOT)), path.read_text(), path.parent
    here = CODEGEN_TESTS
    host = _test_module("test_host_builtins")
    for name, source, _ in host.CASES:
        yield f"host:{name}", host.PRELUDE + source, here
    yield "host:files", host.PRELUDE + host.FILES, here
    yield "host:signals", host.PRELUDE + host.SIGNALS, here
    collections = _test_module("test_collections")
    for name, body, _ in collections.CASES:
        yield f"collections:{name}", collections.PRELUDE + body, here
    strings = _test_module("test_strings")
    for name, body, _ in strings.CASES:
        yield f"strings:{name}", strings.PRELUDE + f": main ( -- )\n{body}\n;\n", here
    net = _test_module("test_net")
    yield "net:tests", net.HELPERS + net.TESTS, here
    yield "net:tls", net.HELPERS + net.TLS, here
    for name, source, _ in _test_module("test_run_programs").CASES:
        yield f"programs:{name}", source, here


@pytest.fixture(scope="module")
def generated() -> list[tuple[str, llvm.ModuleRef]]:
    """The corpus's programs that check, each compiled to one module."""
    modules = []
    for name, text, base in corpus():
        program = check_source(text, name, base)
        if not program.ok:
            continue  # a case that shows an error; nothing is compiled for it
        ir, errors, _ = compile_program(program)
        assert not errors, (name, errors)
        modules.append((name, llvm.parse_assembly(ir)))
    return modules


def declared(fnty_or_type: object) -> str:
    """An llvmlite `ir` type as LLVM prints it (pointers opaque, no spaces)."""
    return re.sub(r"\s", "", type_key(fnty_or_type))


def printed(typeref: llvm.TypeRef) -> str:
    return re.sub(r"\s", "", str(typeref))


# --- the checks ---------------------------------------------------------------------------


def runtime_problems(module: llvm.ModuleRef) -> list[str]:
    """Where the runtime's IR and the interface disagree."""
    problems = []
    defined = {f.name: f for f in module.functions if not f.is_declaration}
    for fn in defined.values():
        if fn.name.startswith("seq_") and fn.linkage == llvm.Linkage.external:
            if interface.signature(fn.name) is None:
                problems.append(f"{fn.name} is defined by the runtime but not in the interface")
            elif declared(signature_of(fn.name)) != printed(fn.global_value_type):
                problems.append(f"{fn.name} is defined as {fn.global_value_type} "
                                f"but declared as {signature_of(fn.name)}")
    public = [*interface.SIGNATURES, *sorted(interface.HOST_OP_SYMBOLS)]
    assembly = module_assembly(module)
    for name in public:
        if name not in defined and f"{name}:" not in assembly:
            problems.append(f"{name} is in the interface but the runtime does not define it")
    for fn in module.functions:  # what the runtime uses but does not define in IR
        if fn.is_declaration and fn.name.startswith("seq_") and f"{fn.name}:" not in assembly:
            problems.append(f"{fn.name} is declared by the runtime but defined nowhere")
    globals_ = {g.name: g for g in module.global_variables}
    for name, ty in interface.GLOBALS.items():
        g = globals_.get(name)
        if g is None or g.is_declaration:
            problems.append(f"runtime global {name} is in the interface but not defined")
        elif printed(g.global_value_type) != declared(ty):
            problems.append(f"runtime global {name} is {g.global_value_type} but declared {ty}")
    for service in sorted(interface.SERVICE_PROTOTYPES):
        slot = globals_.get(f"seq_host_{service}")
        if slot is not None and printed(slot.global_value_type) != "ptr":
            problems.append(f"host slot {slot.name} is {slot.global_value_type}, not ptr")
    return problems


def module_assembly(module: llvm.ModuleRef) -> str:
    return "\n".join(line for line in str(module).splitlines() if line.startswith("module asm"))


def generated_problems(name: str, module: llvm.ModuleRef) -> list[str]:
    """Where what a program module declares disagrees with the interface."""
    problems = []
    for fn in module.functions:
        if not fn.is_declaration or fn.name.startswith("llvm."):
            continue
        try:
            expected = declared(signature_of(fn.name))
        except InterfaceError as error:
            problems.append(f"{name}: {error}")
            continue
        if expected != printed(fn.global_value_type):
            problems.append(f"{name}: {fn.name} is declared as {fn.global_value_type} "
                            f"but the interface says {signature_of(fn.name)}")
    for g in module.global_variables:
        if not g.is_declaration:
            continue
        try:
            ty = interface.global_type(g.name)
        except InterfaceError as error:
            problems.append(f"{name}: {error}")
            continue
        if declared(ty) != printed(g.global_value_type):
            problems.append(f"{name}: global {g.name} is {g.global_value_type} but declared {ty}")
    return problems


def ctype_of(typeref: llvm.TypeRef) -> object:
    """The ctypes type that passes a value of the IR's type (for structs, the
    tuple of their fields' ctypes types)."""
    kind = typeref.type_kind
    if kind == llvm.TypeKind.void:
        return None
    if kind == llvm.TypeKind.pointer:
        return ctypes.c_void_p
    if kind == llvm.TypeKind.double:
        return ctypes.c_double
    if kind == llvm.TypeKind.integer:
        return bindings.INT_CTYPES[typeref.type_width]
    if kind == llvm.TypeKind.struct:
        return tuple(ctype_of(e) for e in typeref.elements)
    raise AssertionError(f"no ctypes type for {typeref}")


def bound_as(ct: object) -> object:
    if isinstance(ct, type) and issubclass(ct, ctypes.Structure):
        return tuple(t for _, t in ct._fields_)
    return ct


def binding_problems(module: llvm.ModuleRef) -> list[str]:
    """Where a ctypes binding made through bindings.bind disagrees with the IR."""
    problems = []
    for name, proto in bindings.BOUND.items():
        ret, *args = module.get_function(name).global_value_type.elements
        want = (ctype_of(ret), *map(ctype_of, args))
        got = (bound_as(proto._restype_), *map(bound_as, proto._argtypes_))
        if want != got:
            problems.append(f"{name} is bound as {got} but the runtime has {want}")
    return problems


# --- the tests ----------------------------------------------------------------------------


def test_the_runtime_defines_exactly_the_interface(runtime: llvm.ModuleRef) -> None:
    assert runtime_problems(runtime) == []


def test_the_code_generator_declares_only_the_interface(generated) -> None:
    assert len(generated) > 80  # the corpus compiled
    problems = [p for name, module in generated for p in generated_problems(name, module)]
    assert problems == []


def test_host_ops_and_service_slots_are_part_of_the_interface(runtime, generated) -> None:
    host_ops = interface.HOST_OP_SYMBOLS
    assert "seq_rt_host_regex_find" in host_ops
    assert interface.signature("seq_rt_host_regex_find") == interface.HOST_OP_SIGNATURE
    used = {fn.name for _, m in generated for fn in m.functions if fn.name in host_ops}
    assert "seq_rt_host_regex_find" in used  # the corpus does call host ops
    assert interface.global_type("seq_host_panic") == interface.PTR


def test_the_host_bindings_agree_with_the_runtime(runtime: llvm.ModuleRef) -> None:
    from seqjit.live.session import Session

    session = Session()  # binds what the host uses
    session.eval("1 2 i.+")
    for name in ("seq_rt_flush", "seq_rt_incref", "seq_rt_string", "seq_rt_install_fault_handler"):
        assert name in bindings.BOUND
    assert binding_problems(runtime) == []


def test_a_struct_result_is_bound_by_value(runtime: llvm.ModuleRef) -> None:
    from seqjit.live.session import Session

    session = Session()
    string_to_int = bindings.bind(session.engine, "seq_rt_string_to_int")
    text = session.host.string(b"42")
    result = string_to_int(text)  # ( n true ), n untagged
    assert (result.f0, result.f1) == (42, True)
    assert binding_problems(runtime) == []


def test_a_caller_that_guesses_a_wrong_signature_is_refused() -> None:
    from llvmlite import ir

    from seqjit.codegen.program import ProgramCompiler
    from seqjit.types.program import CheckedProgram

    unit = ProgramCompiler(CheckedProgram())
    wrong = ir.FunctionType(interface.I64, [interface.I64])
    with pytest.raises(InterfaceError, match="seq_rt_flush is declared as void"):
        unit.runtime_fn("seq_rt_flush", wrong)
    with pytest.raises(InterfaceError, match="seq_rt_no_such_thing"):
        unit.runtime_fn("seq_rt_no_such_thing", wrong)
    with pytest.raises(InterfaceError, match="seq_no_such_global"):
        unit.global_i64("seq_no_such_global")


# --- the checks catch a wrong table ------------------------------------------------------------


def test_a_function_missing_from_the_table_is_named(runtime, monkeypatch) -> None:
    monkeypatch.delitem(interface.SIGNATURES, "seq_rt_string_concat")
    problems = runtime_problems(runtime)
    assert problems == ["seq_rt_string_concat is defined by the runtime but not in the interface"]


def test_a_wrong_signature_in_the_table_is_named(runtime, generated, monkeypatch) -> None:
    monkeypatch.setitem(interface.SIGNATURES, "seq_rt_string_concat",
                        (interface.I64, [interface.I64]))
    assert any(p.startswith("seq_rt_string_concat is defined as")
               for p in runtime_problems(runtime))
    problems = [p for name, m in generated for p in generated_problems(name, m)]
    assert problems and all("seq_rt_string_concat" in p for p in problems)


def test_an_entry_the_runtime_does_not_define_is_named(runtime, monkeypatch) -> None:
    monkeypatch.setitem(interface.SIGNATURES, "seq_rt_imaginary", (interface.VOID, []))
    monkeypatch.setitem(interface.GLOBALS, "seq_imaginary_flag", interface.I64)
    assert runtime_problems(runtime) == [
        "seq_rt_imaginary is in the interface but the runtime does not define it",
        "runtime global seq_imaginary_flag is in the interface but not defined",
    ]


def test_a_wrong_global_type_is_named(runtime, monkeypatch) -> None:
    monkeypatch.setitem(interface.GLOBALS, "seq_stack_base", interface.I64)
    assert runtime_problems(runtime) == [
        "runtime global seq_stack_base is ptr but declared i64"
    ]


def test_a_binding_that_disagrees_is_named(runtime, monkeypatch) -> None:
    wrong = ctypes.CFUNCTYPE(None, ctypes.c_double)
    monkeypatch.setitem(bindings.BOUND, "seq_rt_incref", wrong)
    problems = binding_problems(runtime)
    assert len(problems) == 1 and problems[0].startswith("seq_rt_incref is bound as")


def test_a_host_call_that_disagrees_with_its_service_is_refused() -> None:
    from llvmlite import ir

    from seqjit.runtime.irkit import check_service

    check_service("panic", ir.FunctionType(interface.VOID, [interface.PTR]))
    with pytest.raises(InterfaceError, match="host service panic is registered as"):
        check_service("panic", ir.FunctionType(interface.VOID, [interface.I64]))
    with pytest.raises(InterfaceError, match="host service no_such_service is not registered"):
        check_service("no_such_service", ir.FunctionType(interface.VOID, []))

"""Include resolution through the front end, on real files under tmp_path."""

from __future__ import annotations

from pathlib import Path

from seqjit.diagnostics import SeqError
from seqjit.syntax.includes import IncludeResolver
from seqjit.types.program import CheckedProgram
from seqjit.types.sources import check_file, check_source


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def ok(program: CheckedProgram) -> CheckedProgram:
    assert program.ok, "\n\n".join(e.render() for e in program.errors)
    return program


def only_error(program: CheckedProgram) -> SeqError:
    assert len(program.errors) == 1, [e.render() for e in program.errors]
    return program.errors[0]


def test_relative_includes_resolve_against_the_including_file(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "main.seq": 'include "lib/math"\n: main ( -- ) 2 square twice drop ;',
            "lib/math.seq": 'include "ops/mul"\ninclude "../shared/dbl"\n'
            ": square ( Int -- Int ) dup mul ;",
            "lib/ops/mul.seq": ": mul ( Int Int -- Int ) i.* ;",
            "shared/dbl.seq": ": twice ( Int -- Int ) 2 mul ;\ninclude \"../lib/ops/mul\"",
        },
    )
    program = ok(check_file(tmp_path / "main.seq"))
    assert {"main", "square", "mul", "twice"} <= set(program.words)


def test_words_remember_the_file_they_came_from(tmp_path: Path) -> None:
    write(tmp_path, {"main.seq": 'include "lib"\n: main ( -- ) ;', "lib.seq": "\n: aid ( -- ) ;"})
    program = ok(check_file(tmp_path / "main.seq"))
    assert program.words["aid"].definition.span.location == f"{tmp_path / 'lib.seq'}:2:1"


def test_seq_extension_is_appended(tmp_path: Path) -> None:
    write(tmp_path, {"main.seq": 'include "util.seq"\n: main ( -- ) ;', "util.seq": ""})
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.kind == "include error"
    assert err.message == (
        f"include file 'util.seq' not found at {tmp_path / 'util.seq.seq'}"
    )


def test_duplicate_includes_are_taken_once(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "main.seq": 'include "a"\ninclude "a"\ninclude "b"\ninclude "sub/../a"\n'
            ": main ( -- ) one two i.+ drop ;",
            "a.seq": ": one ( -- Int ) 1 ;",
            "b.seq": 'include "a"\n: two ( -- Int ) one one i.+ ;',
            "sub/.keep.seq": "",
        },
    )
    ok(check_file(tmp_path / "main.seq"))


def test_include_cycles_are_taken_once(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "main.seq": 'include "a"\n: main ( -- ) a b drop drop ;',
            "a.seq": 'include "b"\ninclude "main"\n: a ( -- Int ) 1 ;',
            "b.seq": 'include "a"\ninclude "b"\n: b ( -- Int ) 2 ;',
        },
    )
    ok(check_file(tmp_path / "main.seq"))


def test_a_file_including_itself(tmp_path: Path) -> None:
    write(tmp_path, {"self.seq": 'include "self"\n: main ( -- ) ;'})
    ok(check_file(tmp_path / "self.seq"))


def test_modules_come_out_root_first_then_includes_in_order(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "main.seq": 'include "a"\ninclude "b"',
            "a.seq": 'include "c"',
            "b.seq": 'include "a"',
            "c.seq": "",
        },
    )
    modules = IncludeResolver().load_file(tmp_path / "main.seq")
    assert [Path(m.source.name).name for m in modules] == ["main.seq", "a.seq", "c.seq", "b.seq"]


def test_same_word_in_two_different_files_is_still_a_collision(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "main.seq": 'include "a"\ninclude "b"\n: main ( -- ) ;',
            "a.seq": ": f ( -- ) ;",
            "b.seq": ": f ( -- ) ;",
        },
    )
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.message == "word 'f' is defined more than once"


def test_missing_file_has_a_caret_at_the_include(tmp_path: Path) -> None:
    write(tmp_path, {"main.seq": ': main ( -- ) ;\n  include "lib/nope"\n'})
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.kind == "include error"
    assert err.message == f"include file 'lib/nope' not found at {tmp_path / 'lib/nope.seq'}"
    assert err.span is not None and err.span.location == f"{tmp_path / 'main.seq'}:2:3"
    assert err.render().splitlines()[1:] == [
        ' 2 |   include "lib/nope"',
        "   |   ^^^^^^^^^^^^^^^^^^",
    ]


def test_missing_file_in_a_nested_include_names_that_file(tmp_path: Path) -> None:
    write(tmp_path, {"main.seq": 'include "sub/a"', "sub/a.seq": '\ninclude "gone"'})
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.span is not None
    assert err.span.location == f"{tmp_path / 'sub/a.seq'}:2:1"
    assert str(tmp_path / "sub/gone.seq") in err.message


def test_parse_error_in_an_included_file_names_that_file(tmp_path: Path) -> None:
    write(tmp_path, {"main.seq": 'include "bad"', "bad.seq": ": f ( -- ) 0xZZ ;"})
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.kind == "parse error"
    assert err.span is not None and err.span.location == f"{tmp_path / 'bad.seq'}:1:12"


def test_absolute_path_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, {"main.seq": f'include "{tmp_path / "lib"}"', "lib.seq": ""})
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.kind == "include error"
    assert err.message == (
        f"include path '{tmp_path / 'lib'}' is absolute; include paths are relative "
        "to the including file"
    )
    assert err.span is not None and (err.span.line, err.span.col) == (1, 1)


def test_empty_include_path_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, {"main.seq": 'include ""'})
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.message == "an include path cannot be empty"


def test_missing_std_module(tmp_path: Path) -> None:
    write(tmp_path, {"main.seq": "# header\ninclude std:nope\n: main ( -- ) ;"})
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.kind == "include error"
    assert err.message.startswith("no standard module 'std:nope' (available: ")
    assert err.span is not None and err.span.location == f"{tmp_path / 'main.seq'}:2:1"
    assert err.render().splitlines()[2] == "   | ^^^^^^^^^^^^^^^^"


def test_std_module_name_cannot_leave_the_std_directory(tmp_path: Path) -> None:
    write(tmp_path, {"main.seq": "include std:../frontend"})
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.message == (
        "invalid standard module name 'std:../frontend' (letters, digits, '-' and '_' only)"
    )


def test_an_unknown_ffi_library_is_an_include_error(tmp_path: Path) -> None:
    write(tmp_path, {"main.seq": ": main ( -- ) ;\ninclude ffi:libc"})
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.kind == "include error"
    assert err.message == "unknown FFI library 'ffi:libc' (known: libedit)"
    assert err.span is not None and err.span.location == f"{tmp_path / 'main.seq'}:2:1"


def test_missing_root_file(tmp_path: Path) -> None:
    err = only_error(check_file(tmp_path / "absent.seq"))
    assert err.message.startswith(f"cannot read {tmp_path / 'absent.seq'}")


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "main.seq").write_text('include "bin"', encoding="utf-8")
    (tmp_path / "bin.seq").write_bytes(b": f ( -- ) \xff ;")
    err = only_error(check_file(tmp_path / "main.seq"))
    assert err.message == f"{tmp_path / 'bin.seq'} is not UTF-8 text"


def test_check_source_resolves_from_base_dir(tmp_path: Path) -> None:
    write(tmp_path, {"lib/one.seq": ": one ( -- Int ) 1 ;"})
    ok(check_source('include "lib/one"\n: main ( -- ) one drop ;', "cell", tmp_path))
    err = only_error(check_source('include "one"', "cell", tmp_path))
    assert err.span is not None and err.span.location == "cell:1:1"

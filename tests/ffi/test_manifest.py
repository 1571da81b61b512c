"""Reading FFI manifests: the reference's format as written, and an error
for each way one can be wrong, naming the file, the entry and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from seqjit.diagnostics import SeqError, Source
from seqjit.ffi.manifest import load_manifest, parse_manifest
from seqjit.ffi.model import Arg, Return
from seqjit.ffi.registry import BUILT_IN, Manifests

HERE = Path(__file__).parent
SQLITE = HERE.parents[1] / "examples" / "ffi" / "sqlite.toml"
GOOD_FUNCTION = '''
[[library.function]]
c_name = "strlen"
seq_name = "c.strlen"
stack_effect = "( String -- Int )"
args = [{ type = "string", pass = "c_string" }]
[library.function.return]
type = "int"
'''


def manifest(text: str, library: str = '[[library]]\nname = "libc"\nlink = "c"\n'):
    return parse_manifest(Source("m.toml", library + text))


def error(text: str, library: str = '[[library]]\nname = "libc"\nlink = "c"\n') -> SeqError:
    with pytest.raises(SeqError) as caught:
        manifest(text, library)
    return caught.value


def test_the_reference_format_reads_as_written():
    m = load_manifest(SQLITE)
    open_ = next(f for f in m.functions if f.seq_name == "db-open")
    assert open_.c_name == "sqlite3_open"
    assert open_.args == (Arg("string", "c_string"), Arg("ptr", "by_ref"))
    assert open_.ret == Return("int", "borrowed")
    assert (open_.inputs, open_.outputs) == (["String"], ["Int", "Int"])
    exec_ = next(f for f in m.functions if f.seq_name == "db-exec")
    assert [a.value for a in exec_.args] == [None, None, 0, 0, 0]
    assert exec_.blocking


def test_the_built_in_libedit_manifest_binds_the_reference_words():
    m = load_manifest(BUILT_IN / "libedit.toml")
    assert {f.seq_name: f.stack_effect for f in m.functions} == {
        "readline": "( String -- String )", "add-history": "( String -- )",
        "read-history": "( String -- Int )", "write-history": "( String -- Int )"}
    assert m.functions[0].ret == Return("string", "caller_frees")


def test_defaults_are_the_reference_s():
    fn = manifest(GOOD_FUNCTION.replace(', pass = "c_string"', "")).functions[0]
    assert fn.args == (Arg("string", "c_string"),)
    assert fn.ret is not None and fn.ret.ownership == "borrowed"


@pytest.mark.parametrize("text, library, message", [
    ("x = [", None, "m.toml is not valid TOML"),
    ("", "", "field 'library' must define at least one library"),
    ("", '[[library]]\nlink = "c"\n', "library 1: field 'name' is missing"),
    ("", '[[library]]\nname = "libc"\n', "library 'libc': field 'link' is missing"),
    ("", '[[library]]\nname = "libc"\nlink = "c -lfoo"\n',
     "library 'libc': field 'link' 'c -lfoo' may hold only letters"),
    ("", '[[library]]\nname = "libc"\nlink = "c"\nlinks = "x"\n',
     "library 'libc': field 'links' is not a field of the manifest format (did you mean 'link'?)"),
    (GOOD_FUNCTION.replace('c_name = "strlen"\n', ""), None,
     "a function of library 'libc': field 'c_name' is missing"),
    (GOOD_FUNCTION.replace('"strlen"', '"str len"'), None,
     "field 'c_name' 'str len' is not a C identifier"),
    (GOOD_FUNCTION.replace('seq_name = "c.strlen"\n', ""), None,
     "function 'strlen' of library 'libc': field 'seq_name' is missing"),
    (GOOD_FUNCTION.replace('"c.strlen"', '"c strlen"'), None,
     "field 'seq_name' 'c strlen' is not a word name"),
    (GOOD_FUNCTION.replace('stack_effect = "( String -- Int )"\n', ""), None,
     "function 'strlen' of library 'libc': field 'stack_effect' is missing"),
    (GOOD_FUNCTION.replace("( String -- Int )", "String -- Int"), None,
     "field 'stack_effect' 'String -- Int' is not a stack effect"),
    (GOOD_FUNCTION.replace("( String -- Int )", "( Strng -- Int )"), None,
     "unknown type 'Strng' in '( Strng -- Int )' (did you mean 'String'?)"),
    (GOOD_FUNCTION.replace("( String -- Int )", "( String -- Int Int )"), None,
     "field 'stack_effect' ( String -- Int Int ) does not match its args and return"),
    (GOOD_FUNCTION.replace('type = "string", pass', 'type = "text", pass'), None,
     "args[0]: field 'type' 'text' is not one of int, string, ptr, void, float"),
    (GOOD_FUNCTION.replace('type = "string", pass', 'type = "void", pass'), None,
     "field 'args[0].type' an argument cannot be void"),
    (GOOD_FUNCTION.replace('pass = "c_string"', 'pass = "by_value"'), None,
     "args[0]: field 'pass' 'by_value' is not one of"),
    (GOOD_FUNCTION.replace('pass = "c_string"', 'pass = "int"'), None,
     "field 'args[0].pass' a string cannot be passed as 'int' (allowed: c_string)"),
    (GOOD_FUNCTION.replace('pass = "c_string"', 'pass = "c_string", value = "nil"'), None,
     "args[0]: field 'value' 'nil' is neither \"null\" nor a 64-bit integer"),
    (GOOD_FUNCTION.replace('pass = "c_string"', 'pass = "c_string", size = 3'), None,
     "args[0]: field 'size' is not a field of the manifest format"),
    (GOOD_FUNCTION.replace('args = [{ type = "string", pass = "c_string" }]', 'args = "x"'),
     None, "field 'args' must be an array of inline tables"),
    (GOOD_FUNCTION.replace('type = "int"', 'type = "long"'), None,
     "return: field 'type' 'long' is not one of"),
    (GOOD_FUNCTION + 'ownership = "mine"\n', None,
     "return: field 'ownership' 'mine' is not one of caller_frees, static, borrowed"),
    (GOOD_FUNCTION.replace("[library.function.return]", "blocking = 1\n[library.function.return]"),
     None, "field 'blocking' must be true or false"),
    (GOOD_FUNCTION + GOOD_FUNCTION, None, "the word 'c.strlen' is bound twice"),
])
def test_every_manifest_error_names_the_entry_and_the_field(text, library, message):
    e = error(text, *([] if library is None else [library]))
    assert message in e.message
    assert e.kind == "ffi error"


def test_errors_point_at_the_line_of_the_field():
    e = error(GOOD_FUNCTION.replace("( String -- Int )", "( Int -- Int )"))
    assert e.span is not None and e.span.location == "m.toml:8:1"
    assert e.expected == "( String -- Int )" and e.actual == "( Int -- Int )"
    assert 'stack_effect = "( Int -- Int )"' in e.render()
    e = error("x = 1 1\ny = 2")
    assert e.span is not None and e.span.line == 4


def test_a_missing_library_or_symbol_is_an_error_when_bound(tmp_path):
    with pytest.raises(SeqError, match=r"library 'nolib' \(link = \"nosuchlib\"\) not found: "
                                       r"looked for libnosuchlib.so"):
        Manifests().register(manifest("", '[[library]]\nname = "nolib"\nlink = "nosuchlib"\n'))
    missing = manifest(GOOD_FUNCTION.replace('c_name = "strlen"', 'c_name = "no_such_fn"'))
    with pytest.raises(SeqError, match=r"function 'no_such_fn' \(bound as 'c.strlen'\) is not in "
                                       r"libc.so.6, the library of 'libc'"):
        Manifests().register(missing)


def test_include_ffi_finds_registered_built_in_and_path_manifests(tmp_path, monkeypatch):
    ffi = Manifests()
    with pytest.raises(SeqError, match="unknown FFI library 'ffi:libc' \\(known: libedit\\)"):
        ffi.find("libc")
    assert ffi.find("libedit").libraries[0].link == "edit"
    (tmp_path / "libc.toml").write_text('[[library]]\nname = "libc"\nlink = "c"\n' + GOOD_FUNCTION)
    monkeypatch.setenv("SEQ_FFI_PATH", str(tmp_path))
    assert ffi.find("libc").functions[0].c_name == "strlen"
    ffi.register(load_manifest(HERE / "libc.toml"))
    assert ffi.find("libm").path.endswith("libc.toml")

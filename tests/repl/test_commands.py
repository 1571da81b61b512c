"""The shared command layer (seqjit.commands): what each `:command` says,
in plain text and HTML, and how entries are shown."""

from __future__ import annotations

from pathlib import Path

from seqjit.shell.commands import is_command, run_command, run_entry


def cmd(session, line: str):
    assert is_command(line), line
    return run_command(session, line)


def entry(session, text: str) -> str:
    ok, out = run_entry(session, text)
    assert ok, out.text
    return out.text


def test_commands_are_told_from_symbols_and_definitions() -> None:
    assert is_command(":help") and is_command(":see dup") and is_command("  :q")
    assert not is_command(":foo")  # a symbol
    assert not is_command(": sq ( Int -- Int ) dup i.* ;")  # a definition
    assert not is_command("1 2 i.+")
    assert not is_command(":")


def test_entries_say_defined_redefined_and_show_the_stack(fresh) -> None:
    assert entry(fresh, ": sq ( Int -- Int ) dup i.* ;") == "Defined."
    assert entry(fresh, "3 sq 25") == "stack: 9 25"
    assert entry(fresh, ": sq ( Int -- Int ) dup i.+ ;") == "Redefined sq."
    assert entry(fresh, ": cube ( Int -- Int ) dup sq i.* ; 2 cube") == "Defined.\nstack: 9 25 8"
    ok, out = run_entry(fresh, "clear")
    assert out.text.startswith("<entry") and "unknown word 'clear'" in out.text and not ok


def test_a_failing_entry_shows_the_caret_and_changes_nothing(fresh) -> None:
    entry(fresh, "1 2")
    ok, out = run_entry(fresh, '"a" i.+')
    assert not ok
    lines = out.text.split("\n")
    assert "type error" in lines[0]
    assert lines[1].endswith('"a" i.+') and lines[2].endswith("^^^")
    assert "\x1b[" in out.ansi and "\x1b[" not in out.text
    assert entry(fresh, "") == "stack: 1 2"


def test_refused_redefinition_names_the_caller(fresh) -> None:
    entry(fresh, ": sq ( Int -- Int ) dup i.* ; : four ( -- Int ) 2 sq ;")
    ok, out = run_entry(fresh, ': sq ( String -- String ) ;')
    assert not ok
    assert "would break 'four'" in out.text
    assert entry(fresh, "four") == "stack: 4"


def test_stack_clear_undo(fresh) -> None:
    entry(fresh, '1 "two" :three 1.5 true')
    out = cmd(fresh, ":stack")
    assert [line.split()[1:] for line in out.text.split("\n")[1:]] == [
        ["1", "Int"], ['"two"', "String"], [":three", "Symbol"], ["1.5", "Float"],
        ["true", "Bool", "<-", "top"]]
    assert cmd(fresh, ":clear").text == "stack: (empty)"
    assert cmd(fresh, ":undo").text == 'stack: 1 "two" :three 1.5 true'
    assert cmd(fresh, ":pop").text == "stack: (empty)"  # as before the entry
    assert not cmd(fresh, ":undo").ok


def test_html_colours_values_by_kind(fresh) -> None:
    entry(fresh, '7 "s"')
    out = cmd(fresh, ":clear")
    assert out.html is not None and "<pre" in out.html
    ok, shown = run_entry(fresh, '7 "s"')
    assert 'style="color:' in shown.html and "&quot;s&quot;" in shown.html


def test_words_and_see(fresh) -> None:
    entry(fresh, ": sq ( Int -- Int ) dup i.* ;")
    words = cmd(fresh, ":words").text
    assert "sq ( Int -- Int )" in words and "builtins" in words
    assert "i.add ( Int Int -- Int )" in cmd(fresh, ":words i.a").text
    see = cmd(fresh, ":see sq").text.split("\n")
    assert see[0].startswith("sq ( Int -- Int )")
    assert see[1] == ": sq ( Int -- Int ) dup i.* ;"
    builtin = cmd(fresh, ":see dup").text
    assert "( ..a T -- ..a T T )" in builtin and "Copy the top value." in builtin
    assert "include std:list" in cmd(fresh, ":see list-of").text
    missing = cmd(fresh, ":see sqq")
    assert not missing.ok and "did you mean 'sq'" in missing.text


def test_type_checks_without_running(fresh) -> None:
    assert cmd(fresh, ":type dup i.*").text == "( Int -- Int )  on any stack"
    assert cmd(fresh, ":type 1 2").text == "( -- Int Int )  on any stack"
    assert cmd(fresh, ":type").ok is False
    bad = cmd(fresh, ':type 1 "a" i.+')
    assert not bad.ok and "^^^" in bad.text
    assert fresh.world.stack() == []


def test_type_against_the_current_stack_when_it_needs_it(fresh) -> None:
    entry(fresh, '1 "x"')
    # >aux cannot take from a stack of unknown shape, but can from the values there.
    out = cmd(fresh, ":type >aux 2 aux>")
    assert out.text == (
        "( Int String -- Int Int String )  on the current stack (it needs the values there)")
    assert entry(fresh, "") == 'stack: 1 "x"'


def test_ir_and_asm_of_a_word(fresh) -> None:
    entry(fresh, ": sq ( Int -- Int ) dup i.* ;")
    ir = cmd(fresh, ":ir sq")
    assert ir.ok and 'define ' in ir.text and '@"seq.w.sq' in ir.text
    assert "declare" not in ir.text
    asm = cmd(fresh, ":asm sq")
    assert asm.ok and "seq.w.sq" in asm.text and asm.ansi != asm.text
    assert "builtin" in cmd(fresh, ":ir dup").text
    assert not cmd(fresh, ":ir nope").ok


def test_time_runs_the_code(fresh) -> None:
    out = cmd(fresh, ":time 20 1 i.+")
    first, second = out.text.split("\n")
    assert first == "stack: 21" and second.startswith("time: ")


def test_strands_channels_kill(fresh) -> None:
    assert cmd(fresh, ":strands").text.startswith("No strands")
    assert cmd(fresh, ":channels").text.startswith("No channels")
    entry(fresh, "chan.make dup [ chan.receive drop drop ] strand.spawn")
    ident = fresh.world.stack()[-1].text
    strands = cmd(fresh, ":strands").text.split("\n")
    assert strands[1].split()[:2] == [ident, "blocked"] and "channel" in strands[1]
    channels = cmd(fresh, ":channels").text.split("\n")
    assert channels[1].split()[1:4] == ["0", "strand", ident]
    assert cmd(fresh, f":kill {ident}").text == f"Killed strand {ident}."
    assert cmd(fresh, ":strands").text.startswith("No strands")
    assert not cmd(fresh, f":kill {ident}").ok
    assert not cmd(fresh, ":kill x").ok


def test_save_load_reload(fresh, tmp_path: Path) -> None:
    entry(fresh, "include std:list")
    entry(fresh, "union Shape { Circle { r: Int } Square { s: Int } }")
    entry(fresh, "# seq:allow(unused)\n: sq ( Int -- Int )\n  dup i.* ;")
    entry(fresh, ": area ( Shape -- Int ) match Circle { >r } -> sq Square { >s } -> sq end ;")
    path = tmp_path / "saved.seq"
    assert cmd(fresh, f":save {path}").text == f"Saved 2 words to {path}."
    saved = path.read_text()
    assert "include std:list" in saved and "union Shape" in saved
    assert "# seq:allow(unused)\n: sq ( Int -- Int )\n  dup i.* ;" in saved
    cmd(fresh, ":reset")
    assert fresh.world.program.words == {}
    loaded = cmd(fresh, f":load {path}")
    assert loaded.ok and loaded.text.startswith(f"Loaded {path}: 2 words.")
    assert entry(fresh, "3 Make-Circle area") == "stack: 9"
    path.write_text(saved.replace("dup i.*", "dup i.+"))
    reloaded = cmd(fresh, ":reload")
    assert reloaded.ok and "Redefined" in reloaded.text and "sq" in reloaded.text
    assert entry(fresh, "drop 3 Make-Circle area") == "stack: 6"


def test_load_reads_includes_of_the_file_again_on_reload(fresh, tmp_path: Path) -> None:
    (tmp_path / "lib.seq").write_text(": base ( -- Int ) 1 ;\n")
    (tmp_path / "main.seq").write_text('include "lib"\n: top ( -- Int ) base 1 i.+ ;\n')
    assert cmd(fresh, f":load {tmp_path / 'main.seq'}").ok
    assert entry(fresh, "top") == "stack: 2"
    (tmp_path / "lib.seq").write_text(": base ( -- Int ) 10 ;\n")
    assert cmd(fresh, ":reload").ok
    assert entry(fresh, "top") == "stack: 2 11"


def test_load_errors(fresh, tmp_path: Path) -> None:
    assert not cmd(fresh, f":load {tmp_path / 'missing.seq'}").ok
    assert not cmd(fresh, ":reload").ok
    bad = tmp_path / "bad.seq"
    bad.write_text(': f ( -- Int ) "x" ;\n')
    out = cmd(fresh, f":load {bad}")
    assert not out.ok and str(bad) in out.text and "^" in out.text


def test_reset_and_quit(fresh) -> None:
    entry(fresh, ": sq ( Int -- Int ) dup i.* ; 4")
    assert cmd(fresh, ":reset").ok
    assert fresh.world.stack() == [] and "sq" not in fresh.world.program.words
    assert entry(fresh, ": sq ( Int -- Int ) dup i.* ; 5 sq") == "Defined.\nstack: 25"
    assert cmd(fresh, ":quit").quit and cmd(fresh, ":q").quit


def test_reset_ends_the_strands(fresh) -> None:
    entry(fresh, "chan.make [ chan.receive drop drop ] strand.spawn drop")
    assert cmd(fresh, ":reset").text == "A fresh world: no words, an empty stack (1 strand ended)."
    assert fresh.strands() == []


def test_help_lists_every_command(fresh) -> None:
    text = cmd(fresh, ":help").text
    for name in ("help", "stack", "clear", "undo", "words", "see", "type", "ir", "asm", "time",
                 "strands", "channels", "kill", "load", "reload", "save", "edit", "reset", "quit"):
        assert f":{name}" in text


def test_edit_is_for_the_terminal(fresh) -> None:
    out = cmd(fresh, ":edit")
    assert not out.ok and "terminal" in out.text

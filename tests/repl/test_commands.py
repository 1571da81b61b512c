"""The shared commands (seqjit.shell.commands): what each `:command` says,
in plain text and HTML, and how entries are shown."""

from __future__ import annotations

from pathlib import Path

from seqjit.shell import present
from seqjit.shell.commands import SHARED
from seqjit.shell.events import succeeded


def cmd(shell, line: str):
    assert shell.commands.is_command(line), line
    return shell.run_command(line)


def run_entry(shell, text: str):
    """Run code: whether it worked, and what the REPL shows of it."""
    events = shell.run_code(text)
    return succeeded(events), present.events(events)


def entry(shell, text: str) -> str:
    ok, out = run_entry(shell, text)
    assert ok, out.text
    return out.text


def test_commands_are_told_from_symbols_and_definitions() -> None:
    is_command = SHARED.is_command
    assert is_command(":help") and is_command(":see dup") and is_command("  :q")
    assert not is_command(":foo")  # a symbol
    assert not is_command(": sq ( Int -- Int ) dup i.* ;")  # a definition
    assert not is_command("1 2 i.+")
    assert not is_command(":")


def test_entries_say_defined_redefined_and_show_the_stack(shell) -> None:
    assert entry(shell, ": sq ( Int -- Int ) dup i.* ;") == "Defined."
    assert entry(shell, "3 sq 25") == "stack: 9 25"
    assert entry(shell, ": sq ( Int -- Int ) dup i.+ ;") == "Redefined sq."
    assert entry(shell, ": cube ( Int -- Int ) dup sq i.* ; 2 cube") == "Defined.\nstack: 9 25 8"
    ok, out = run_entry(shell, "clear")
    assert out.text.startswith("<entry") and "unknown word 'clear'" in out.text and not ok


def test_a_failing_entry_shows_the_caret_and_changes_nothing(shell) -> None:
    entry(shell, "1 2")
    ok, out = run_entry(shell, '"a" i.+')
    assert not ok
    lines = out.text.split("\n")
    assert "type error" in lines[0]
    assert lines[1].endswith('"a" i.+') and lines[2].endswith("^^^")
    assert "\x1b[" in out.ansi and "\x1b[" not in out.text
    assert entry(shell, "") == "stack: 1 2"


def test_refused_redefinition_names_the_caller(shell) -> None:
    entry(shell, ": sq ( Int -- Int ) dup i.* ; : four ( -- Int ) 2 sq ;")
    ok, out = run_entry(shell, ': sq ( String -- String ) ;')
    assert not ok
    assert "would break 'four'" in out.text
    assert entry(shell, "four") == "stack: 4"


def test_stack_clear_undo(shell) -> None:
    entry(shell, '1 "two" :three 1.5 true')
    out = cmd(shell, ":stack")
    assert [line.split()[1:] for line in out.text.split("\n")[1:]] == [
        ["1", "Int"], ['"two"', "String"], [":three", "Symbol"], ["1.5", "Float"],
        ["true", "Bool", "<-", "top"]]
    assert cmd(shell, ":clear").text == "stack: (empty)"
    assert cmd(shell, ":undo").text == 'stack: 1 "two" :three 1.5 true'
    assert cmd(shell, ":pop").text == "stack: (empty)"  # as before the entry
    assert not cmd(shell, ":undo").ok


def test_html_colours_values_by_kind(shell) -> None:
    entry(shell, '7 "s"')
    out = cmd(shell, ":clear")
    assert out.html is not None and "<pre" in out.html
    ok, shown = run_entry(shell, '7 "s"')
    assert 'style="color:' in shown.html and "&quot;s&quot;" in shown.html


def test_words_and_see(shell) -> None:
    entry(shell, ": sq ( Int -- Int ) dup i.* ;")
    words = cmd(shell, ":words").text
    assert "sq ( Int -- Int )" in words and "builtins" in words
    assert "i.add ( Int Int -- Int )" in cmd(shell, ":words i.a").text
    see = cmd(shell, ":see sq").text.split("\n")
    assert see[0].startswith("sq ( Int -- Int )")
    assert see[1] == ": sq ( Int -- Int ) dup i.* ;"
    builtin = cmd(shell, ":see dup").text
    assert "( ..a T -- ..a T T )" in builtin and "Copy the top value." in builtin
    assert "include std:list" in cmd(shell, ":see list-of").text
    missing = cmd(shell, ":see sqq")
    assert not missing.ok and "did you mean 'sq'" in missing.text


def test_type_checks_without_running(shell) -> None:
    assert cmd(shell, ":type dup i.*").text == "( Int -- Int )  on any stack"
    assert cmd(shell, ":type 1 2").text == "( -- Int Int )  on any stack"
    assert cmd(shell, ":type").ok is False
    bad = cmd(shell, ':type 1 "a" i.+')
    assert not bad.ok and "^^^" in bad.text
    assert shell.session.world.stack() == []


def test_type_against_the_current_stack_when_it_needs_it(shell) -> None:
    entry(shell, '1 "x"')
    # >aux cannot take from a stack of unknown shape, but can from the values there.
    out = cmd(shell, ":type >aux 2 aux>")
    assert out.text == (
        "( Int String -- Int Int String )  on the current stack (it needs the values there)")
    assert entry(shell, "") == 'stack: 1 "x"'


def test_type_on_the_current_stack_of_code_ending_open(shell) -> None:
    entry(shell, '1 "x"')
    # stack.dump leaves a stack only running can tell: shown as a row, not a crash.
    out = cmd(shell, ":type >aux aux> stack.dump")
    assert out.ok and out.text == (
        "( Int String -- ..b )  on the current stack (it needs the values there)")


def test_ir_and_asm_of_a_word(shell) -> None:
    entry(shell, ": sq ( Int -- Int ) dup i.* ;")
    ir = cmd(shell, ":ir sq")
    assert ir.ok and 'define ' in ir.text and '@"seq.w.sq' in ir.text
    assert "declare" not in ir.text
    asm = cmd(shell, ":asm sq")
    assert asm.ok and "seq.w.sq" in asm.text and asm.ansi != asm.text
    assert "builtin" in cmd(shell, ":ir dup").text
    assert not cmd(shell, ":ir nope").ok


def test_time_runs_the_code(shell) -> None:
    out = cmd(shell, ":time 20 1 i.+")
    first, second = out.text.split("\n")
    assert first == "stack: 21" and second.startswith("time: ")


def test_strands_channels_kill(shell) -> None:
    assert cmd(shell, ":strands").text.startswith("No strands")
    assert cmd(shell, ":channels").text.startswith("No channels")
    entry(shell, "chan.make dup [ chan.receive drop drop ] strand.spawn")
    ident = shell.session.world.stack()[-1].text
    strands = cmd(shell, ":strands").text.split("\n")  # totals, headings, rows
    row = strands[2].split()
    assert row[0] == ident and row[2:5] == ["blocked", "on", "channel"]
    channels = cmd(shell, ":channels").text.split("\n")
    assert channels[2].split()[1:3] == ["0", ident]  # depth, the receiver waiting
    assert cmd(shell, f":kill {ident}").text == f"Killed strand {ident}."
    assert cmd(shell, ":strands").text.startswith("No strands")
    assert not cmd(shell, f":kill {ident}").ok
    assert not cmd(shell, ":kill x").ok


def test_save_load_reload(shell, tmp_path: Path) -> None:
    entry(shell, "include std:list")
    entry(shell, "union Shape { Circle { r: Int } Square { s: Int } }")
    entry(shell, "# seq:allow(unused)\n: sq ( Int -- Int )\n  dup i.* ;")
    entry(shell, ": area ( Shape -- Int ) match Circle { >r } -> sq Square { >s } -> sq end ;")
    path = tmp_path / "saved.seq"
    assert cmd(shell, f":save {path}").text == f"Saved 2 words to {path}."
    saved = path.read_text()
    assert "include std:list" in saved and "union Shape" in saved
    assert "# seq:allow(unused)\n: sq ( Int -- Int )\n  dup i.* ;" in saved
    cmd(shell, ":reset")
    assert shell.session.world.program.words == {}
    loaded = cmd(shell, f":load {path}")
    assert loaded.ok and loaded.text.startswith(f"Loaded {path}: 2 words.")
    assert entry(shell, "3 Make-Circle area") == "stack: 9"
    path.write_text(saved.replace("dup i.*", "dup i.+"))
    reloaded = cmd(shell, ":reload")
    assert reloaded.ok and "Redefined" in reloaded.text and "sq" in reloaded.text
    assert entry(shell, "drop 3 Make-Circle area") == "stack: 6"


def test_load_reads_includes_of_the_file_again_on_reload(shell, tmp_path: Path) -> None:
    (tmp_path / "lib.seq").write_text(": base ( -- Int ) 1 ;\n")
    (tmp_path / "main.seq").write_text('include "lib"\n: top ( -- Int ) base 1 i.+ ;\n')
    assert cmd(shell, f":load {tmp_path / 'main.seq'}").ok
    assert entry(shell, "top") == "stack: 2"
    (tmp_path / "lib.seq").write_text(": base ( -- Int ) 10 ;\n")
    assert cmd(shell, ":reload").ok
    assert entry(shell, "top") == "stack: 2 11"


def test_load_errors(shell, tmp_path: Path) -> None:
    assert not cmd(shell, f":load {tmp_path / 'missing.seq'}").ok
    assert not cmd(shell, ":reload").ok
    bad = tmp_path / "bad.seq"
    bad.write_text(': f ( -- Int ) "x" ;\n')
    out = cmd(shell, f":load {bad}")
    assert not out.ok and str(bad) in out.text and "^" in out.text


def test_reset_and_quit(shell) -> None:
    entry(shell, ": sq ( Int -- Int ) dup i.* ; 4")
    assert cmd(shell, ":reset").ok
    assert shell.session.world.stack() == [] and "sq" not in shell.session.world.program.words
    assert entry(shell, ": sq ( Int -- Int ) dup i.* ; 5 sq") == "Defined.\nstack: 25"
    assert cmd(shell, ":quit").quit and cmd(shell, ":q").quit


def test_reset_ends_the_strands(shell) -> None:
    entry(shell, "chan.make [ chan.receive drop drop ] strand.spawn drop")
    assert cmd(shell, ":reset").text == "A fresh world: no words, an empty stack (1 strand ended)."
    assert shell.session.strands() == []


def test_help_lists_every_command(shell) -> None:
    text = cmd(shell, ":help").text
    for name in ("help", "version", "stack", "clear", "undo", "words", "see", "type", "ir", "asm",
                 "time", "strands", "channels", "kill", "load", "reload", "save", "reset", "quit"):
        assert f":{name}" in text


def test_version_names_seqjit_the_seq_it_follows_and_llvm(shell) -> None:
    import llvmlite

    from seqjit import LANGUAGE_VERSION, __version__

    for line in (":version", ":v"):
        text = cmd(shell, line).text
        assert text.startswith(f"seqjit {__version__} (Seq {LANGUAGE_VERSION};"), text
        assert f"llvmlite {llvmlite.__version__}, LLVM " in text


def test_the_shared_commands_are_those_of_every_front_end(shell) -> None:
    # :edit and :set are the REPL's own (seqrepl registers them).
    assert SHARED.get("edit") is None and SHARED.get("set") is None
    assert not shell.commands.is_command(":edit sq")

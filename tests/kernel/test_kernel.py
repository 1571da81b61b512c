"""The Seq kernel through jupyter_client: a real kernel process, messages on
real sockets."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie has exited; it only waits to be reaped
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def plain(lines: list[str]) -> str:
    return ANSI.sub("", "\n".join(lines))


# --- kernel_info and the kernelspec ------------------------------------------------


def test_kernel_info(kernel):
    info = kernel.request("kernel_info")
    language = info["language_info"]
    assert language["name"] == "seq"
    assert language["file_extension"] == ".seq"
    assert language["mimetype"] == "text/x-seq"
    assert language["pygments_lexer"] == "seq"
    assert info["implementation"] == "seqkernel"
    assert info["help_links"] and all(link["url"].startswith("https://")
                                      for link in info["help_links"])
    assert "debugger" not in info.get("supported_features", [])


def test_install_writes_the_kernelspec(tmp_path):
    out = subprocess.run([sys.executable, "-m", "seqkernel", "install", "--prefix", str(tmp_path)],
                         check=True, capture_output=True, text=True, timeout=120)
    spec_dir = tmp_path / "share" / "jupyter" / "kernels" / "seq"
    assert str(spec_dir) in out.stdout
    spec = json.loads((spec_dir / "kernel.json").read_text())
    assert spec["display_name"] == "Seq"
    assert spec["language"] == "seq"
    assert spec["interrupt_mode"] == "signal"
    assert spec["argv"][1:] == ["-m", "seqkernel", "-f", "{connection_file}"]
    for size in (32, 64):
        logo = (spec_dir / f"logo-{size}x{size}.png").read_bytes()
        assert logo.startswith(b"\x89PNG\r\n\x1a\n")
        assert int.from_bytes(logo[16:20], "big") == size  # IHDR width


def test_install_for_the_user(jupyter_env):
    # JUPYTER_DATA_DIR points into the test's temporary directory.
    out = subprocess.run([sys.executable, "-m", "seqkernel", "install", "--user"],
                         check=True, capture_output=True, text=True, timeout=120)
    spec = jupyter_env / "data" / "kernels" / "seq" / "kernel.json"
    assert str(spec.parent) in out.stdout
    assert json.loads(spec.read_text())["display_name"] == "Seq"


# --- execute -------------------------------------------------------------------------


def test_the_stack_is_the_result(kernel):
    run = kernel.execute("1 2 i.+")
    assert run.status == "ok"
    assert run.result["text/plain"].endswith("3")
    html = run.result["text/html"]
    assert ">3<" in html and "Int" in html and "color" in html


def test_printing_streams_to_the_cell(kernel):
    run = kernel.execute('"hello, seq" io.write-line "no newline" io.write')
    assert run.status == "ok"
    assert run.stdout == "hello, seq\nno newline"
    # The stack did not change: nothing to show.
    assert run.result is None


def test_output_streams_as_it_happens(kernel):
    run = kernel.execute('"first" io.write-line 1000 time.sleep-ms "second" io.write-line')
    streams = [m for m in run.messages if m["msg_type"] == "stream"]
    assert "".join(m["content"]["text"] for m in streams) == "first\nsecond\n"
    first = next(m for m in streams if "first" in m["content"]["text"])
    # "first" reached the client well before the cell finished (a second
    # apart when all goes well; a loaded machine may delay it somewhat).
    assert run.reply["received"] - first["received"] > 0.2


def test_output_comes_before_the_result_and_reply(kernel):
    run = kernel.execute(': shout ( Int -- Int ) dup int->string io.write-line ;\n'
                         '1 shout 2 shout 3 shout')
    kinds = [m["msg_type"] for m in run.messages]
    assert run.stdout == "1\n2\n3\n"
    assert kinds.index("execute_result") > max(i for i, k in enumerate(kinds) if k == "stream")


def test_a_cell_that_empties_the_stack_says_so(kernel):
    kernel.execute(":clear\n5")
    assert kernel.execute("drop").result["text/plain"] == "stack: (empty)"
    assert kernel.execute('"x" io.write-line').result is None


def test_words_and_stack_persist_across_cells(kernel):
    assert kernel.execute(": square ( Int -- Int ) dup i.* ;").result is None
    run = kernel.execute("7 square")
    assert run.result["text/plain"].split()[-1] == "49"
    run = kernel.execute("square")
    assert run.result["text/plain"].split()[-1] == "2401"


def test_unions_and_match(kernel):
    kernel.execute("union Shape { Circle { r: Int } Rect { w: Int h: Int } }\n"
                   ": area ( Shape -- Int ) match Circle { >r } -> dup i.* 3 i.* "
                   "Rect { >w >h } -> i.* end ;")
    run = kernel.execute("2 Make-Circle area 3 4 Make-Rect area")
    assert run.status == "ok"
    assert run.result["text/plain"].split()[-2:] == ["12", "12"]


def test_type_error_is_an_error_reply(kernel):
    before = kernel.execute("99").result["text/plain"]
    run = kernel.execute('1 "x" i.+')
    assert run.status == "error"
    assert run.reply["content"]["ename"] == "type error"
    assert "i.+" in run.reply["content"]["evalue"]
    error = run.error
    assert error["ename"] == "type error"
    text = plain(error["traceback"])
    assert ' 1 | 1 "x" i.+' in text
    assert "^^^" in text and "Traceback" not in text
    # Nothing changed: the stack is as it was.
    assert kernel.execute("dup drop").result is None
    assert kernel.execute("0").result["text/plain"] == before + " 0"


def test_error_lines_count_from_the_top_of_the_cell(kernel):
    run = kernel.execute("1 2 i.+ drop\n\n  nosuchword")
    assert run.status == "error"
    text = plain(run.error["traceback"])
    assert ":3:3:" in text and "nosuchword" in text


def test_parse_error(kernel):
    run = kernel.execute(": broken ( Int -- Int ) dup")
    assert run.status == "error"
    assert "error" in run.error["ename"]


def test_runtime_error_keeps_the_world(kernel):
    kernel.execute("5")
    run = kernel.execute("42 -1 args.at")
    assert run.status == "error"
    assert run.reply["content"]["ename"] == "runtime error"
    assert run.result is None
    top = kernel.execute("11").result["text/plain"].split()
    assert top[-2:] == ["5", "11"]


def test_runtime_error_reply_carries_the_backtrace_coloured(kernel):
    kernel.execute(": inner ( Int -- Int ) -1 args.at drop ;\n"
                   ": middle ( Int -- Int ) inner 1 i.+ ;\n"
                   ": outer ( Int -- Int ) middle 2 i.+ ;")
    run = kernel.execute("7 outer")
    content = run.reply["content"]
    assert content["ename"] == "runtime error"
    assert content["evalue"] == "args.at: index must be non-negative, got -1"
    lines = plain(content["traceback"]).split("\n")
    top, cell = lines[1].split(":")[0].strip(), lines[3].split(":")[0].strip()
    assert top.startswith("In[") and cell.startswith("In[") and top != cell
    assert lines[:10] == [
        "Backtrace (most recent call last):",
        f"  {top}:1:3, in top level", "    7 outer",
        f"  {cell}:3:24, in outer", "    : outer ( Int -- Int ) middle 2 i.+ ;",
        f"  {cell}:2:25, in middle", "    : middle ( Int -- Int ) inner 1 i.+ ;",
        f"  {cell}:1:27, in inner", "    : inner ( Int -- Int ) -1 args.at drop ;",
        f"{cell}:1:27: runtime error: args.at: index must be non-negative, got -1",
    ]
    assert "\x1b[1mouter\x1b[0m" in "\n".join(content["traceback"])  # the word in bold


def test_failed_definition_leaves_words_as_they_were(kernel):
    kernel.execute(": twice ( Int -- Int ) 2 i.* ;")
    run = kernel.execute(': twice ( Int -- Int ) "oops" ;')
    assert run.status == "error"
    assert kernel.execute("21 twice").result["text/plain"].split()[-1] == "42"


def test_silent_execution_shows_nothing(kernel):
    run = kernel.execute('"quiet" io.write-line 5', silent=True)
    assert run.status == "ok"
    assert not [m for m in run.messages if m["msg_type"] in ("execute_result", "stream")]


# --- completion, inspection, is_complete, history -------------------------------------


def test_complete_at_the_cursor(kernel):
    reply = kernel.request("complete", "1 2 i.", 6)
    assert reply["status"] == "ok"
    assert "i.+" in reply["matches"]
    assert reply["cursor_start"] == 4 and reply["cursor_end"] == 6
    # The cursor in the middle: only the text before it counts.
    reply = kernel.request("complete", "sw 1 2", 2)
    assert "swap" in reply["matches"]
    assert (reply["cursor_start"], reply["cursor_end"]) == (0, 2)


def test_complete_user_words(kernel):
    kernel.execute(": cube-it ( Int -- Int ) dup dup i.* i.* ;")
    reply = kernel.request("complete", "3 cube", 6)
    assert "cube-it" in reply["matches"]


def test_inspect_a_user_word(kernel):
    kernel.execute("# Halve a number, rounding down.\n: halve ( Int -- Int ) 2 i./ drop ;")
    reply = kernel.request("inspect", "10 halve 1", 5)
    assert reply["found"]
    text = reply["data"]["text/plain"]
    assert "halve ( Int -- Int )" in text
    assert "Halve a number, rounding down." in text
    assert ": halve ( Int -- Int ) 2 i./ drop ;" in text
    assert "text/html" in reply["data"]


def test_inspect_a_builtin(kernel):
    reply = kernel.request("inspect", "1 2 swap", 8)
    assert reply["found"]
    text = reply["data"]["text/plain"]
    assert "swap ( ..a T U -- ..a U T )" in text and "Exchange" in text


def test_inspect_nothing(kernel):
    assert not kernel.request("inspect", "1   2", 2)["found"]
    assert not kernel.request("inspect", "no-such-word", 3)["found"]


def test_is_complete(kernel):
    def status(code):
        return kernel.request("is_complete", code)

    assert status("1 2 i.+")["status"] == "complete"
    assert status("")["status"] == "complete"
    for code in (": sq ( Int -- Int )", "[ 1 2", "union Maybe {",
                 ": f ( Int -- Int )\n  match", "\"unclosed", "true if 1"):
        reply = status(code)
        assert reply["status"] == "incomplete", code
        assert reply["indent"].strip() == ""
    assert status(": sq ( Int -- Int ) dup i.* ;")["status"] == "complete"


def test_history(kernel):
    kernel.execute('"history-marker" drop')
    reply = kernel.request("history", hist_access_type="tail", n=5, raw=True, output=False)
    assert reply["status"] == "ok"
    assert reply["history"][-1][2] == '"history-marker" drop'
    reply = kernel.request("history", hist_access_type="search", pattern="*history-marker*",
                           raw=True, output=False)
    assert [h[2] for h in reply["history"]] == ['"history-marker" drop']
    session = reply["history"][0][0]
    reply = kernel.request("history", hist_access_type="range", session=0, start=1,
                           stop=None, raw=True, output=False)
    assert reply["history"] and all(h[0] == session for h in reply["history"])


# --- interrupt and restart ----------------------------------------------------------


SPIN = ": spin ( Int -- Int ) 1 i.+ spin ; 0 spin"


def test_interrupt_stops_a_runaway_cell(fresh_kernel):
    k = fresh_kernel
    k.execute(": seventeen ( -- Int ) 17 ;\nseventeen")
    msg_id = k.kc.execute(SPIN)
    time.sleep(0.5)  # it is spinning now
    sent = time.monotonic()
    k.km.interrupt_kernel()
    reply = k.shell_reply(msg_id, timeout=60)
    k.collect(msg_id)
    latency = reply["received"] - sent
    print(f"interrupt to reply: {latency * 1000:.1f} ms")
    assert reply["content"]["status"] == "error"
    assert "interrupt" in reply["content"]["evalue"]
    assert latency < 15  # typically a few ms; the bound tells "stopped" from "spins on"
    # The world is as before the cell, and the kernel still works.
    run = k.execute("seventeen i.+")
    assert run.result["text/plain"].split()[-1] == "34"
    # spin was never defined: the cell that defined it did not finish.
    assert k.execute("0 spin").status == "error"


def test_restart_leaves_nothing_behind(fresh_kernel):
    k = fresh_kernel
    k.execute(": remembered ( -- Int ) 5 ;\n1 2 3")
    old_pid = k.km.provisioner.pid
    k.km.restart_kernel(now=False)
    k.kc.wait_for_ready(timeout=60)
    assert not pid_alive(old_pid)
    assert k.km.provisioner.pid != old_pid
    run = k.execute("remembered")
    assert run.status == "error" and "remembered" in run.reply["content"]["evalue"]
    assert k.execute("10").result["text/plain"] == "stack: 10"


def test_the_kernel_exits_on_its_own_when_asked(fresh_kernel):
    k = fresh_kernel
    k.execute("1 2 i.+")
    pid = k.km.provisioner.pid
    k.kc.shutdown()
    assert k.kc.get_control_msg(timeout=60)["content"]["status"] == "ok"
    # Nothing else ends it (the fixture's shutdown comes after); generous for a loaded machine.
    deadline = time.monotonic() + 60
    while pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not pid_alive(pid)


def test_shutdown_while_spinning(fresh_kernel):
    k = fresh_kernel
    k.kc.execute(SPIN)
    time.sleep(0.3)
    pid = k.km.provisioner.pid
    # The manager kills a kernel that has not exited after shutdown_wait_time:
    # make that long, so an exit before it is the kernel's own, however
    # loaded the machine.
    k.km.shutdown_wait_time = 60
    started = time.monotonic()
    k.km.shutdown_kernel(now=False)
    assert not pid_alive(pid)
    assert time.monotonic() - started < 60


# --- :commands in cells ----------------------------------------------------------------


def test_stack_command_renders_html(kernel):
    kernel.execute("1.5 \"two\"")
    run = kernel.execute(":stack")
    assert run.status == "ok"
    (display,) = run.of("display_data")
    assert "Float" in display["data"]["text/plain"] and "String" in display["data"]["text/plain"]
    assert "<table" in display["data"]["text/html"]  # the stack table
    assert run.result is None


def test_commands_and_code_in_one_cell(kernel):
    run = kernel.execute(": inc ( Int -- Int ) 1 i.+ ;\n:see inc\n41 inc")
    assert run.status == "ok"
    (display,) = run.of("display_data")
    assert ": inc ( Int -- Int ) 1 i.+ ;" in display["data"]["text/plain"]
    assert run.result["text/plain"].split()[-1] == "42"


def test_undo_and_clear(kernel):
    kernel.execute("100")
    kernel.execute("200")
    run = kernel.execute(":undo")
    assert run.of("display_data")[0]["data"]["text/plain"].split()[-1] == "100"
    run = kernel.execute(":clear")
    assert "(empty)" in run.of("display_data")[0]["data"]["text/plain"]
    assert kernel.execute("7").result["text/plain"] == "stack: 7"


def test_a_symbol_inside_a_definition_is_not_a_command(kernel):
    run = kernel.execute(": tag ( -- Symbol )\n  :stack\n;\ntag")
    assert run.status == "ok"
    assert run.result["text/plain"].split()[-1] == ":stack"


def test_a_failing_command_is_an_error(kernel):
    run = kernel.execute(":see no-such-word-here")
    assert run.status == "error"
    assert run.error["ename"] == "command error"
    assert "no-such-word-here" in run.error["evalue"]


def test_quit_asks_the_frontend_to_exit(kernel):
    run = kernel.execute(":quit")
    assert run.status == "ok"
    assert {"source": "ask_exit", "keepkernel": False} in run.reply["content"]["payload"]


def test_reading_stdin_finds_the_end_of_input(kernel):
    run = kernel.execute("io.read-line", timeout=10)
    assert run.status == "ok"
    assert run.result["text/plain"].split()[-2:] == ['""', "false"]


# --- %%python cells -----------------------------------------------------------------


def test_python_cell_streams_its_output(kernel):
    run = kernel.execute("%%python\nimport sys\nprint(6 * 7)\nprint('done')")
    assert run.status == "ok"
    assert run.stdout == "42\ndone\n"
    assert run.result is None


def test_python_cell_error_shows_the_traceback_once(kernel):
    run = kernel.execute("%%python\nprint('before')\ndef f():\n    1 / 0\nf()")
    assert run.status == "error"
    assert run.error["ename"] == "ZeroDivisionError"
    assert run.error["evalue"] == "division by zero"
    assert run.stdout == "before\n"  # and nothing else streamed: no second traceback
    assert [m["msg_type"] for m in run.messages].count("error") == 1
    traceback = "\n".join(run.error["traceback"])
    assert traceback.count("Traceback") == 1 and "line 4, in f" in traceback
    assert "pycell" not in traceback  # the runner's own frame is left out


def test_python_cell_output_comes_in_order(kernel):
    run = kernel.execute("%%python\nimport sys\nfor i in range(3):\n"
                         "    print('out', i)\n    print('err', i, file=sys.stderr)")
    assert run.status == "ok"
    assert run.stdout == "".join(f"out {i}\nerr {i}\n" for i in range(3))


def test_python_cells_are_highlighted_as_python():
    from pygments.token import Keyword

    from seqjit.shell.highlight import SeqLexer

    tokens = list(SeqLexer().get_tokens("%%python\nimport sys\n"))
    assert (Keyword.Namespace, "import") in tokens


def test_interrupting_a_python_cell(kernel):
    msg_id = kernel.kc.execute("%%python\nimport time\nprint('sleeping', flush=True)\n"
                               "time.sleep(60)")
    time.sleep(0.8)
    kernel.km.interrupt_kernel()
    reply = kernel.shell_reply(msg_id, timeout=10)
    kernel.collect(msg_id)
    assert reply["content"]["status"] == "error"
    assert reply["content"]["evalue"] == "interrupted"
    assert kernel.execute("1 drop").status == "ok"


def test_a_lint_warning_shows_and_the_cell_still_runs(kernel):
    run = kernel.execute(": lint-half ( Int -- Int ) 2 i./ drop ;\n9 lint-half")
    assert run.status == "ok"
    (display,) = run.of("display_data")
    assert "warning[unchecked-div]" in display["data"]["text/plain"]
    assert run.result is not None and run.result["text/plain"].split()[-1] == "4"
    kernel.execute(":lint off")
    quiet = kernel.execute("1 2 swap drop")
    assert quiet.of("display_data") == [] and quiet.status == "ok"
    kernel.execute(":lint on")


def test_complete_with_kinds_and_effects(fresh_kernel):
    """JupyterLab's completer shows each match's kind and stack effect."""
    kernel = fresh_kernel  # where no test has defined a `square` of its own
    reply = kernel.request("complete", "3 squa", 6)
    types = {t["text"]: t for t in reply["metadata"]["_jupyter_types_experimental"]}
    assert types["square"]["type"] == "std (needs include std:imath)"
    assert types["square"]["signature"] == "( Int -- Int )"
    reply = kernel.request("complete", "1 i.ad", 6)
    (add,) = reply["metadata"]["_jupyter_types_experimental"]
    assert (add["type"], add["signature"], add["start"]) == ("builtin", "( Int Int -- Int )", 2)


def test_language_info_names_the_codemirror_language(kernel):
    info = kernel.request("kernel_info")["language_info"]
    assert info["codemirror_mode"] == "seq" and info["mimetype"] == "text/x-seq"
    assert (info["file_extension"], info["pygments_lexer"]) == (".seq", "seq")


def test_a_std_word_not_included_says_where_it_is(fresh_kernel):
    run = fresh_kernel.execute("3 square")
    assert run.status == "error"
    assert run.error["evalue"] == ("unknown word 'square' (it is in std:imath: "
                                   "add `include std:imath`)")

"""The String builtins, compiled and run as `seqrepl FILE.seq` runs them:
semantics as the reference's (characters vs bytes, out-of-range results,
what parses) and encodings in this process (the `seq` fixture); stdin and
no leaks in processes of their own."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from seqrun import SeqRunner

# Helpers every program below starts with.
PRELUDE = r"""
: q ( String -- ) "[" swap string.concat "]" string.concat io.write-line ;
: n ( Int -- ) int->string io.write-line ;
: b ( Bool -- ) [ "true" ] [ "false" ] if io.write-line ;
: pi ( Int Bool -- ) [ int->string ] [ drop "fail" ] if io.write-line ;
: pf ( Float Bool -- ) [ float->string ] [ drop "fail" ] if io.write-line ;
"""


def command(path: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "seqrepl", str(path), *args]


def run(tmp_path: Path, body: str, stdin: bytes = b"",
        words: str = "") -> subprocess.CompletedProcess[bytes]:
    path = tmp_path / "prog.seq"
    path.write_text(PRELUDE + words + f": main ( -- )\n{body}\n;\n")
    return subprocess.run(command(path), input=stdin, capture_output=True, timeout=120)


def lines(*items: str) -> str:
    return "".join(f"{item}\n" for item in items)


CASES = [
    ("length", r"""
        "" string.length n  "héllo wörld" string.length n  "héllo wörld" string.byte-length n
        "😀" string.length n  "😀" string.byte-length n  "\xff" string.length n
        "\xff" string.byte-length n  "a\x00b" string.length n
        "" string.empty? b  "\x00" string.empty? b  " " string.empty? b
     """, lines("0", "11", "13", "1", "4", "0", "1", "3", "true", "false", "false")),
    ("char-at", r"""
        "ABC" 0 string.char-at n  "héllo" 1 string.char-at n  "a😀b" 2 string.char-at n
        "abc" 3 string.char-at n  "abc" -1 string.char-at n  "" 0 string.char-at n
        "\xffabc" 1 string.char-at n
     """, lines("65", "233", "98", "-1", "-1", "-1", "-1")),
    ("substring", r"""
        "hello world" 6 5 string.substring q  "héllo wörld" 1 4 string.substring q
        "abc" 1 100 string.substring q  "abc" 3 1 string.substring q
        "abc" 5 1 string.substring q  "abc" -1 2 string.substring q
        "abc" 1 -2 string.substring q  "abc" 0 3 string.substring q
        "abc" 1 0 string.substring q  "a\xffb" 0 1 string.substring q
     """, lines("[world]", "[éllo]", "[bc]", "[]", "[]", "[]", "[]", "[abc]", "[]", "[]")),
    ("char->string", r"""
        65 char->string q  233 char->string q  8364 char->string q  128512 char->string q
        0 char->string string.byte-length n  1114111 char->string string.byte-length n
        1114112 char->string q  55296 char->string q  57343 char->string q  -1 char->string q
     """, lines("[A]", "[é]", "[€]", "[😀]", "1", "4", "[]", "[]", "[]", "[]")),
    ("find", r"""
        "hello world" "world" string.find n  "hello world" "xyz" string.find n
        "aaa" "a" string.find n  "日本語テキスト" "テ" string.find n  "abc" "" string.find n
        "" "" string.find n  "" "a" string.find n  "\xff" "a" string.find n
        "\xff" "" string.find n  "abc" "\xff" string.find n  "abc" "abcd" string.find n
     """, lines("6", "-1", "0", "3", "0", "0", "-1", "-1", "0", "0", "-1")),
    ("contains and starts-with", r"""
        "hello" "ell" string.contains b  "hello" "" string.contains b  "" "a" string.contains b
        "\xff\xfe" "\xfe" string.contains b  "hello" "hello!" string.contains b
        "hello" "he" string.starts-with b  "hello" "lo" string.starts-with b
        "" "" string.starts-with b  "ab" "abc" string.starts-with b
        "\xff\x00z" "\xff\x00" string.starts-with b
     """, lines("true", "true", "false", "true", "false",
                "true", "false", "true", "false", "true")),
    ("trim and chomp", r"""
        "  \t hi there \n\r" string.trim q  "no-spaces" string.trim q  "   " string.trim q
        "" string.trim q  "\xc2\xa0x\xe3\x80\x80" string.trim q  "\xe2\x80\x8bx" string.trim q
        "\xff " string.trim q
        "hello\n" string.chomp q  "hello" string.chomp q  "x\r\n" string.chomp q
        "x\n\n" string.chomp string.byte-length n  "\r" string.chomp string.byte-length n
        "\n" string.chomp q  "" string.chomp q  "\xff\n" string.chomp string.byte-length n
     """, lines("[hi there]", "[no-spaces]", "[]", "[]", "[x]", "[\u200bx]", "[]",
                "[hello]", "[hello]", "[x]", "2", "1", "[]", "[]", "1")),
    ("case", r"""
        "Hello World 123" string.to-upper q  "Hello World 123" string.to-lower q
        "straße" string.to-upper q  "ÀÉÎ" string.to-lower q  "ΣΑΣ" string.to-lower q
        "ǅ" string.to-upper q  "" string.to-upper q  "\xff" string.to-upper q
        "abc" dup string.to-upper swap string.concat q
     """, lines("[HELLO WORLD 123]", "[hello world 123]", "[STRASSE]", "[àéî]", "[σας]",
                "[Ǆ]", "[]", "[]", "[ABCabc]")),
    ("json-escape", r"""
        "hello" string.json-escape q  "say \"hi\"" string.json-escape q
        "a\\b\nc\rd\te" string.json-escape q  "\x08\x0c\x01\x1f\x7f" string.json-escape q
        "\xc2\x85\xc2\xa0é" string.json-escape q  "" string.json-escape q
        "\xff\"" string.json-escape q
     """, lines("[hello]", r'[say \"hi\"]', r"[a\\b\nc\rd\te]", r"[\b\f\u0001\u001F\u007F]",
                "[\\u0085\u00a0é]", "[]", "[]")),
    ("string->int", r"""
        "42" string->int pi  " -42 " string->int pi  "+5" string->int pi  "-0" string->int pi
        "007" string->int pi  "\t12\n" string->int pi  "" string->int pi  "+" string->int pi
        "-" string->int pi  "1_000" string->int pi  "12a" string->int pi  "1 2" string->int pi
        "0x10" string->int pi  "١٢" string->int pi  "\xff1" string->int pi
        "4611686018427387903" string->int pi  "4611686018427387904" string->int pi
        "9223372036854775807" string->int pi  "9223372036854775808" string->int pi
        "-9223372036854775809" string->int pi
     """, lines("42", "-42", "5", "0", "7", "12", "fail", "fail", "fail", "fail", "fail",
                "fail", "fail", "fail", "fail", "4611686018427387903", "-4611686018427387904",
                "-1", "fail", "fail")),
    ("string->float", r"""
        "3.25" string->float pf  "1e5" string->float pf  ".5" string->float pf
        "5." string->float pf  "+.5e+2" string->float pf  "1.5E-3" string->float pf
        "-7" string->float pf  "inf" string->float pf  "-Infinity" string->float pf
        "NaN" string->float pf  "1e400" string->float pf  "0.1" string->float pf
        "." string->float pf  "" string->float pf  " 1.0" string->float pf
        "1.0 " string->float pf  "1e" string->float pf  "e5" string->float pf
        "0x10" string->float pf  "1_0" string->float pf  "infinit" string->float pf
        "1.2.3" string->float pf  "--1" string->float pf
     """, lines("3.25", "100000", "0.5", "5", "50", "0.0015", "-7", "inf", "-inf", "NaN",
                "inf", "0.1", *["fail"] * 11)),
    ("split", r"""
        "a,b,,c," "," string.split "|" string.join q
        "a,b,,c," "," string.split variant.field-count n
        "" "," string.split variant.field-count n
        "abc" "," string.split "|" string.join q
        "aXXbXXXc" "XX" string.split "|" string.join q
        "abc" "" string.split "|" string.join q
        "" "" string.split variant.field-count n
        "héllo" "" string.split variant.field-count n
        "a\x00b" "\x00" string.split "|" string.join q
        "x=1" "=" string.split variant.tag symbol->string q
     """, lines("[a|b||c|]", "5", "1", "[abc]", "[a|b|Xc]", "[|a|b|c|]", "2", "8",
                "[a|b]", "[List]")),
    ("join", r"""
        "a" "b" "c" :List variant.make-3 ", " string.join q
        :List variant.make-0 "," string.join q
        "solo" :List variant.make-1 "," string.join q
        1 2.5 true false :sym "s" :List variant.make-6 " " string.join q
        -3 1.0 :List variant.make-2 "" string.join q
        "a" "\xff" "b" :List variant.make-3 "-" string.join q
        "a" "b" :List variant.make-2 "\xff" string.join q
        "é" "ü" :List variant.make-2 "→" string.join q
     """, lines("[a, b, c]", "[]", "[solo]", "[1 2.5 true false :sym s]", "[-31]",
                "[a--b]", "[ab]", "[é→ü]")),
    ("symbols", r"""
        :hello symbol->string q  "world" string->symbol :world symbol.= b
        "abc" string->symbol symbol->string q  "x" "y" string.concat string->symbol :xy symbol.= b
        :a symbol->string "b" string.concat q
     """, lines("[hello]", "true", "[abc]", "true", "[ab]")),
    ("int->string", r"""
        0 n  7 n  -7 n  10 n  -10 n  1234567890 n  4611686018427387903 n  -4611686018427387904 n
        4611686018427387903 1 i.+ n
     """, lines("0", "7", "-7", "10", "-10", "1234567890", "4611686018427387903",
                "-4611686018427387904", "-4611686018427387904")),
    ("encodings", r"""
        "hello" encoding.hex-encode q  "\x00\xff" encoding.hex-encode q  "" encoding.hex-encode q
        "4A4b" encoding.hex-decode b q  "6G" encoding.hex-decode b q  "686" encoding.hex-decode b q
        "" encoding.hex-decode b q
        "hello" encoding.base64-encode q  "" encoding.base64-encode q
        "\xff\xfe" encoding.base64-encode q  "\xff\xfe" encoding.base64url-encode q
        "aGVsbG8=" encoding.base64-decode b q  "aGVsbG8" encoding.base64-decode b q
        "aGVsbG9=" encoding.base64-decode b q  "aGVs bG8=" encoding.base64-decode b q
        "__4" encoding.base64url-decode swap encoding.hex-encode q b
        "aGVsbG8=" encoding.base64url-decode b q  "a" encoding.base64url-decode b q
     """, lines("[68656c6c6f]", "[00ff]", "[]", "true", "[JK]", "false", "[]", "false", "[]",
                "true", "[]", "[aGVsbG8=]", "[]", "[//4=]", "[__4]", "true", "[hello]",
                "false", "[]", "false", "[]", "false", "[]", "[fffe]", "true", "false", "[]",
                "false", "[]")),
    ("bytes", r"""
        1 int.to-bytes-i32-be encoding.hex-encode q  -2 int.to-bytes-i32-be encoding.hex-encode q
        4294967297 int.to-bytes-i32-be encoding.hex-encode q
        1.0 float.to-bytes-f32-be encoding.hex-encode q
        -2.5 float.to-bytes-f32-be encoding.hex-encode q
     """, lines("[00000001]", "[fffffffe]", "[00000001]", "[3f800000]", "[c0200000]")),
]


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_string_builtin(seq: SeqRunner, name: str, body: str, expected: str) -> None:
    result = seq.run_program(PRELUDE + f": main ( -- )\n{body}\n;\n")
    assert result.stderr == ""
    assert result.stdout == expected
    assert result.returncode == 0


READER = r"""
: each-line ( -- )
  io.read-line [ q each-line ] [ "eof" swap string.concat q ] if ;
"""


def test_read_line_keeps_newlines_and_normalises_crlf(tmp_path: Path) -> None:
    result = run(tmp_path, "each-line", stdin=b"one\ntwo\r\n\nlast", words=READER)
    assert result.stdout.decode() == "[one\n]\n[two\n]\n[\n]\n[last]\n[eof]\n"


def test_read_line_on_empty_input_and_after_eof(tmp_path: Path) -> None:
    body = "io.read-line b q io.read-line b q"
    assert run(tmp_path, body).stdout.decode() == "false\n[]\nfalse\n[]\n"


def test_read_line_of_non_utf8_fails_and_moves_on(tmp_path: Path) -> None:
    body = "io.read-line b q io.read-line b q"
    result = run(tmp_path, body, stdin=b"\xff\xfe\nok\n")
    assert result.stdout.decode() == "false\n[]\ntrue\n[ok\n]\n"


def test_long_lines_are_read_whole(tmp_path: Path) -> None:
    line = "x" * 200_000 + "é\n"
    body = "io.read-line drop dup string.length n string.byte-length n io.read-line b q"
    result = run(tmp_path, body, stdin=(line * 2).encode())
    assert result.stdout.decode() == "200002\n200003\ntrue\n[" + line + "]\n"


def test_read_n_and_read_line_share_one_buffer(tmp_path: Path) -> None:
    body = ("3 io.read-n n q io.read-line b q 0 io.read-n n q 2 io.read-n n q "
            "5 io.read-n n q -1 io.read-n n q")
    result = run(tmp_path, body, stdin=b"abcdef\nghi")
    assert result.stdout.decode() == lines(
        "1", "[abc]", "true", "[def\n]", "1", "[]", "1", "[gh]", "0", "[i]", "0", "[]")


def test_read_n_replaces_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    result = run(tmp_path, "3 io.read-n n q", stdin=b"a\xffb")
    assert result.stdout.decode() == "1\n[a\ufffdb]\n"


def test_output_is_flushed_before_reading(tmp_path: Path) -> None:
    """A prompt written before a read appears before the read blocks."""
    path = tmp_path / "prompt.seq"
    path.write_text(PRELUDE + ': main ( -- ) "name? " io.write io.read-line drop '
                    '"hi " swap string.concat io.write ;\n')
    proc = subprocess.Popen(command(path), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        seen = b""
        deadline = time.monotonic() + 60
        while b"name? " not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stdout], [], [], 1)
            if ready:
                seen += os.read(proc.stdout.fileno(), 100)
        assert seen == b"name? "
        out, _ = proc.communicate(b"Ada\n", timeout=60)
        assert out == b"hi Ada\n"
    finally:
        proc.kill()
        proc.wait(timeout=120)


@pytest.mark.slow
def test_pipelines_of_string_builtins_do_not_leak(tmp_path: Path) -> None:
    """Ten million strings built and dropped keep peak RSS within 20 MB of
    the same program run once."""
    loop = r"""
: churn ( Int -- )
  dup 0 i.= [ drop ] [
    "item " over int->string string.concat
    dup string.length drop
    " " string.split "-" string.join
    string.to-upper string.trim 1 3 string.substring string->symbol symbol->string
    string.json-escape string.chomp drop
    1 i.- churn
  ] if ;
"""

    def peak_kb(count: int) -> int:
        path = tmp_path / f"churn{count}.seq"
        path.write_text(PRELUDE + loop + f': main ( -- ) {count} churn "done" io.write-line ;\n')
        code = (
            "import resource, subprocess, sys\n"
            "r = subprocess.run(sys.argv[1:], capture_output=True)\n"
            "assert r.stdout == b'done\\n', r\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        )
        out = subprocess.run([sys.executable, "-c", code, *command(path)],
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        return int(out.stdout)

    base = peak_kb(1)
    busy = peak_kb(10_000_000)
    assert busy - base < 20 * 1024, (base, busy)


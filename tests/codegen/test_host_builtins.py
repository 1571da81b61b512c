"""Builtins done by the host (regex, crypto, compression, SON, os, files,
signals, terminal), compiled and run as `seqrepl FILE.seq` runs them (in
this process, by the `seq` fixture, except where signals or a terminal need
a process of their own): exact output, failure flags and failure values as
the reference gives them."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from seqrun import Completed, SeqRunner
from watchdog import kill_after

PRELUDE = """
include std:son
: flag ( Bool -- ) [ "T" ] [ "F" ] if io.write " " io.write ;
: nl ( -- ) "" io.write-line ;
: say ( String -- ) io.write " " io.write ;
: show ( V -- ) [ "[" swap string.concat "]" string.concat io.write ] list.each nl ;
: sflag ( String Bool -- ) flag "<" io.write io.write ">" io.write-line ;
"""


def run(seq: SeqRunner, source: str, *args: str) -> Completed:
    return seq.run_program(PRELUDE + source, args)


def run_process(tmp_path: Path, source: str, stdin: str) -> subprocess.CompletedProcess[str]:
    """`seqrepl FILE` in a process of its own, reading `stdin`."""
    path = tmp_path / "prog.seq"
    path.write_text(PRELUDE + source)
    return subprocess.run([sys.executable, "-m", "seqrepl", str(path)],
                          capture_output=True, text=True, timeout=120, input=stdin)


CASES = [
    ("regex-match",
     ': main ( -- ) "hello world" "wo.ld" regex.match? flag "hello" "xyz" regex.match? flag '
     '"line\\n" "line$" regex.match? flag "a\\nb" "(?m)^b$" regex.match? flag '
     '"HeLLo" "(?i)hello" regex.match? flag "x" "[bad" regex.match? flag nl ;',
     "T F F T T F \n"),
    ("regex-find",
     ': main ( -- ) "a1 b2" "[a-z][0-9]" regex.find sflag "abc" "[0-9]+" regex.find sflag '
     '"abc" "(" regex.find sflag "aaa" "(?U)a+" regex.find sflag '
     '"Grüße" "\\\\p{Lu}\\\\p{Ll}+" regex.find sflag ;',
     "T <a1>\nF <>\nF <>\nT <a>\nT <Grüße>\n"),
    ("regex-find-all",
     # an empty match right after a match is skipped, as in the Rust crate
     ': main ( -- ) "abxd" "x*" regex.find-all flag show "a1 b2 c3" "[0-9]" regex.find-all '
     'flag show "abc" "[0-9]" regex.find-all flag show "abc" "(" regex.find-all flag show '
     '"Ünï wörd" "\\\\w+" regex.find-all flag show '
     '"b-c_d" "[[:alpha:]&&[^c]]+" regex.find-all flag show ;',
     "T [][][x][]\nT [1][2][3]\nT \nF \nT [Ünï][wörd]\nT [b][d]\n"),
    ("regex-replace",
     ': main ( -- ) "hello world" "o" "0" regex.replace sflag '
     '"hello world" "o" "0" regex.replace-all sflag "abxd" "x*" "-" regex.replace-all sflag '
     '"2024-01-15" "(?P<y>\\\\d+)-(\\\\d+)-(?<d>\\\\d+)" "$d/$2/${y} $$ [$9$x] $" '
     'regex.replace sflag "keep" "(" "y" regex.replace-all sflag '
     '"a b" "(\\\\w)" "${1}1" regex.replace-all sflag ;',
     "T <hell0 world>\nT <hell0 w0rld>\nT <-a-b-d->\nT <15/01/2024 $ [] $>\nF <keep>\n"
     "T <a1 b1>\n"),
    ("regex-captures-split",
     ': main ( -- ) "2024-01-15" "(\\\\d+)-(\\\\d+)-(\\\\d+)" regex.captures flag show '
     '"ab" "(a)(x)?(b)" regex.captures flag show "hello" "(x)" regex.captures flag show '
     '"a1b2c3" "[0-9]" regex.split flag show "" "x" regex.split flag show '
     '"keep" "(" regex.split flag show ;',
     "T [2024][01][15]\nT [a][][b]\nF \nT [a][b][c][]\nT []\nF [keep]\n"),
    ("regex-valid",
     ': main ( -- ) "[a-z]+" regex.valid? flag "[bad" regex.valid? flag '
     '"(?=x)" regex.valid? flag "(a)\\\\1" regex.valid? flag "a{2}" regex.valid? flag '
     '"a**" regex.valid? flag "\\\\Z" regex.valid? flag "\\\\x{1F600}" regex.valid? flag nl ;',
     "T F F F T T F T \n"),
    ("crypto-digests",
     ': main ( -- ) "abc" crypto.sha256 io.write-line "" crypto.sha256 io.write-line '
     '"The quick brown fox jumps over the lazy dog" "key" crypto.hmac-sha256 io.write-line '
     '"abc" "abc" crypto.constant-time-eq flag "abc" "abd" crypto.constant-time-eq flag '
     '"abc" "ab" crypto.constant-time-eq flag nl ;',
     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"
     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
     "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8\n"
     "T F F \n"),
    ("crypto-pbkdf2",
     ': main ( -- ) "password" "salt" 4096 crypto.pbkdf2-sha256 sflag '
     '"password" "salt" 999 crypto.pbkdf2-sha256 sflag ;',
     "T <c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a>\nF <>\n"),
    ("crypto-aes-gcm",
     ': key ( -- String ) "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f" ; '
     ': main ( -- ) "secret text" key crypto.aes-gcm-encrypt flag '
     'dup string.length int->string say dup key crypto.aes-gcm-decrypt sflag '
     'dup "A" swap string.concat key crypto.aes-gcm-decrypt sflag '
     '"AAAA" swap string.concat key crypto.aes-gcm-decrypt sflag '
     '"x" "abcd" crypto.aes-gcm-encrypt sflag "not base64!" key crypto.aes-gcm-decrypt sflag '
     '"AAAA" key crypto.aes-gcm-decrypt sflag ;',
     "T 52 T <secret text>\nF <>\nF <>\nF <>\nF <>\nF <>\n"),
    ("crypto-ed25519",
     # RFC 8032, test 1
     ': pub ( -- String ) "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a" ; '
     ': main ( -- ) "" "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60" '
     'crypto.ed25519-sign sflag '
     '"" "9D61B19DEFFD5A60BA844AF492EC2CC44449C5697B326919703BAC031CAE7F60" '
     'crypto.ed25519-sign drop dup "" swap pub crypto.ed25519-verify flag '
     'dup "x" swap pub crypto.ed25519-verify flag "" swap "00" crypto.ed25519-verify flag nl '
     '"m" "zz" crypto.ed25519-sign sflag '
     'crypto.ed25519-keypair dup string.length int->string say "hello" swap crypto.ed25519-sign '
     'flag swap dup string.length int->string say "hello" rot rot crypto.ed25519-verify flag nl ;',
     "T <e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61"
     "e39701cf9b46bd25bf5f0595bbe24655141438e7a100b>\nT F F \nF <>\n64 T 64 T \n"),
    ("crypto-random",
     ': main ( -- ) 5 5 crypto.random-int int->string say 9 3 crypto.random-int int->string say '
     '10 11 crypto.random-int int->string say -3 -2 crypto.random-int int->string say '
     'crypto.uuid4 string.length int->string say crypto.uuid4 14 string.char-at int->string say '
     '0 crypto.random-bytes string.length int->string say '
     '1024 crypto.random-bytes string.length int->string say '
     '16 crypto.random-bytes 16 crypto.random-bytes string.equal? flag nl ;',
     "5 9 10 -3 36 52 0 2048 F \n"),
    ("compress-gzip",
     ': main ( -- ) "hello" compress.gzip sflag "hello" compress.gzip drop compress.gunzip sflag '
     '"hello" 0 compress.gzip-level sflag "hello" 42 compress.gzip-level sflag '
     '"H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA==" compress.gunzip sflag '
     '"" compress.gzip drop compress.gunzip sflag '
     '"aGVsbG8=" compress.gunzip sflag "aGVsbG8" compress.gunzip sflag '
     '"H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA" compress.gunzip sflag '
     '"H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAB==" compress.gunzip sflag ;',
     "T <H4sIAAAAAAAA/8tIzcnJBwCGphA2BQAAAA==>\nT <hello>\n"
     "T <H4sIAAAAAAAE/8tIzcnJBwCGphA2BQAAAA==>\nT <H4sIAAAAAAAC/8tIzcnJBwCGphA2BQAAAA==>\n"
     "T <hello>\nT <>\nF <>\nF <>\nF <>\nF <>\n"),
    ("compress-zstd",
     ': main ( -- ) "hello" compress.zstd drop compress.unzstd sflag '
     '"hello" 99 compress.zstd-level drop compress.unzstd sflag '
     '"hello" -5 compress.zstd-level drop compress.unzstd sflag '
     '"KLUv/SAFKQAAaGVsbG8=" compress.unzstd sflag '
     '"KLUv/SADGQAAaGVsKLUv/SACEQAAbG8=" compress.unzstd sflag '
     '"KLUv/SAFKQAAaGVs" compress.unzstd sflag "aGVsbG8=" compress.unzstd sflag '
     '"" compress.zstd drop compress.unzstd sflag ;',
     "T <hello>\nT <hello>\nT <hello>\nT <hello>\nT <hello>\nF <>\nF <>\nT <>\n"),
    ("son-dump",
     ': adder ( Int -- Closure[Int -- Int] ) [ i.+ ] ; '
     ': main ( -- ) '
     'map-of 10 "ten" kv -2 "neg" kv true 1 kv "k" list-of kv "a\\"b" :sym kv '
     'son.dump io.write-line 42 "hi" :Pair wrap-2 son.dump io.write-line '
     ':None wrap-0 son.dump io.write-line 0.1 son.dump io.write-line '
     '42.0 son.dump io.write-line 1e20 son.dump io.write-line -0.0 son.dump io.write-line '
     '"tab\\there\\x01\\x7f" son.dump io.write-line [ 1 ] son.dump io.write-line '
     '5 adder son.dump io.write-line -7 son.dump io.write-line false son.dump io.write-line ;',
     'map-of -2 "neg" kv 10 "ten" kv true 1 kv "a\\"b" :sym kv "k" list-of kv\n'
     ':Pair 42 "hi" wrap-2\n:None wrap-0\n0.1\n42.0\n100000000000000000000.0\n-0.0\n'
     '"tab\\there\\u0001\\u007f"\n<quotation>\n<closure>\n-7\nfalse\n'),
    ("son-dump-pretty",
     ': main ( -- ) map-of 1 list-of 1 lv list-of lv kv "a" 2 kv son.dump-pretty io.write-line '
     '1 2 :P wrap-2 :Q wrap-1 son.dump-pretty io.write-line '
     ':None wrap-0 son.dump-pretty io.write-line 42 son.dump-pretty io.write-line '
     'list-of son.dump-pretty io.write-line ;',
     'map-of\n  1 list-of\n    1 lv\n    list-of lv kv\n  "a" 2 kv\n'
     ":Q\n  :P\n    1\n    2\n   wrap-2\n wrap-1\n:None wrap-0\n42\nlist-of\n"),
    ("stack-dump-maps",
     ': main ( -- ) 1 map-of "b" 2 kv "a" 1 kv stack.dump ;',
     '» 1 map-of "a" 1 kv "b" 2 kv\n'),
    ("os-paths",
     ': parent ( String -- ) os.path-parent sflag ; : fname ( String -- ) os.path-filename sflag ; '
     ': main ( -- ) "/home/user/file.txt" parent "/foo" parent "/" parent "" parent '
     '"foo" parent "foo/bar/" parent "a//b" parent "./foo" parent ".." parent "a/." parent '
     '"/home/user/file.txt" fname "/home/user/" fname "/" fname ".." fname "a/." fname '
     '"" fname "/usr" "local" os.path-join io.write-line "/usr/" "local" os.path-join '
     'io.write-line "/usr" "/etc" os.path-join io.write-line "" "x" os.path-join io.write-line '
     '"a" "" os.path-join io.write-line ;',
     "T </home/user>\nT </>\nF <>\nF <>\nT <>\nT <foo>\nT <a>\nT <.>\nT <>\nT <>\n"
     "T <file.txt>\nT <user>\nF <>\nF <>\nT <a>\nF <>\n/usr/local\n/usr/local\n/etc\nx\na/\n"),
    ("os-environment",
     ': main ( -- ) "SEQJIT_TEST_VAR" os.getenv sflag "SEQJIT_UNSET_VAR" os.getenv sflag '
     '"" os.getenv sflag "A=B" os.getenv sflag os.home-dir sflag '
     '"." os.path-exists flag "." os.path-is-dir flag "." os.path-is-file flag '
     '"/nonexistent/x" os.path-exists flag "" os.path-exists flag nl '
     'os.name string.empty? flag os.arch string.empty? flag nl ;',
     "T <v a l>\nF <>\nF <>\nF <>\nT </home/tester>\nT T F F F \nF F \n"),
]


@pytest.mark.parametrize("name,source,expected", CASES, ids=[c[0] for c in CASES])
def test_host_builtin(seq: SeqRunner, monkeypatch: pytest.MonkeyPatch, name: str, source: str,
                      expected: str) -> None:
    monkeypatch.setenv("SEQJIT_TEST_VAR", "v a l")
    monkeypatch.setenv("HOME", "/home/tester")
    result = run(seq, source)
    assert result.stderr == ""
    assert result.stdout == expected
    assert result.returncode == 0


def test_random_bytes_limits(seq: SeqRunner) -> None:
    for n, message in ((-1, "byte count must be non-negative, got -1"),
                       (1025, "byte count too large (max 1024), got 1025")):
        result = run(seq, f': main ( -- ) "before" io.write-line {n} crypto.random-bytes '
                               'io.write-line ;')
        assert result.stdout == "before\n"
        assert f"random-bytes: {message}" in result.stderr
        assert result.returncode != 0


FILES = """
: at ( String -- String ) 1 args.at "/" string.concat swap string.concat ;
: prefixer ( String -- Closure[String --] ) [ swap string.concat string.json-escape say ] ;
: main ( -- )
  "line one\\r\\nline two\\n\\nlast" "f.txt" at file.spit flag
  "f.txt" at file.exists? flag "f.txt" at file.size flag int->string io.write-line
  "f.txt" at [ string.json-escape say ] file.for-each-line flag nl
  "f.txt" at ">" prefixer file.for-each-line flag nl
  "missing.txt" at [ io.write ] file.for-each-line flag nl
  "more\\n" "f.txt" at file.append flag "f.txt" at file.slurp flag string.json-escape io.write-line
  "x" "nodir/y.txt" at file.spit flag "nodir/y.txt" at file.slurp sflag
  "nodir/y.txt" at file.size flag int->string io.write-line
  "d/e/f" at dir.make flag "d/e/f" at dir.make flag "d/e" at dir.exists? flag
  "f.txt" at dir.exists? flag "f.txt" at dir.make flag "" dir.make flag nl
  "d/e" at dir.list flag show "nodir" at dir.list flag show
  "d/e" at dir.delete flag "d/e/f" at dir.delete flag "d/e" at dir.delete flag nl
  "f.txt" at file.delete flag "f.txt" at file.delete flag "f.txt" at file.exists? flag nl
  "" file.slurp sflag "" file.exists? flag nl
  "bad.txt" at [ say ] file.for-each-line flag nl
;
"""


def test_files(seq: SeqRunner, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "bad.txt").write_bytes(b"ok\n\xff\xfe\nnever\n")
    result = run(seq, FILES, str(work))
    assert result.stderr == ""
    assert result.stdout == (
        "T T T 24\n"
        "line one\\n line two\\n \\n last\\n T \n"
        ">line one\\n >line two\\n >\\n >last\\n T \n"
        "F \n"
        "T T line one\\r\\nline two\\n\\nlastmore\\n\n"
        "F F <>\n"
        "F 0\n"
        "T T T F F T \n"
        "T [f]\nF \n"
        "F T T \n"
        "T F F \n"
        "F <>\nF \n"
        "ok\n F \n"
    )


SIGNALS = """
: wait ( Int -- )
  dup 0 i.= [ drop "timeout" io.write-line ] [
    signal.SIGUSR1 signal.pending?
    [ drop signal.SIGUSR1 signal.pending? flag signal.SIGUSR1 signal.received? flag
      signal.SIGUSR1 signal.received? flag nl ]
    [ 10 time.sleep-ms 1 i.- wait ] if
  ] if
;
: main ( -- )
  signal.SIGUSR1 signal.received? flag
  signal.SIGUSR1 signal.trap signal.SIGUSR2 signal.ignore signal.SIGPIPE signal.default
  signal.SIGINT signal.trap signal.SIGINT signal.default
  "ready" io.write-line terminal.flush
  1000 wait
  signal.SIGUSR1 signal.trap signal.SIGUSR1 signal.clear signal.SIGUSR1 signal.pending? flag nl
  signal.SIGINT int->string say signal.SIGTERM int->string say signal.SIGUSR1 int->string say nl
  32 signal.received? drop
;
"""


def test_signals(tmp_path: Path) -> None:
    path = tmp_path / "prog.seq"
    path.write_text(PRELUDE + SIGNALS)
    proc = subprocess.Popen([sys.executable, "-m", "seqrepl", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    with kill_after(proc):
        first = proc.stdout.readline()
    assert first == "F ready\n"
    time.sleep(0.1)
    proc.send_signal(signal.SIGUSR2)  # ignored
    proc.send_signal(signal.SIGUSR1)  # trapped
    out, err = proc.communicate(timeout=120)
    assert out == (f"T T F \nF \n{int(signal.SIGINT)} {int(signal.SIGTERM)} "
                   f"{int(signal.SIGUSR1)} \n")
    assert "signal.received?: invalid signal number 32" in err
    assert proc.returncode != 0


def test_signal_trap_refused(seq: SeqRunner) -> None:
    result = run(seq, ": main ( -- ) 9 signal.trap ;")
    assert "signal.trap: failed to install handler for signal 9: Invalid argument" in result.stderr
    result = run(seq, ": main ( -- ) -1 signal.ignore ;")
    assert "signal.ignore: invalid signal number -1" in result.stderr


def test_terminal_without_a_tty(tmp_path: Path) -> None:
    source = (': main ( -- ) terminal.width int->string say terminal.height int->string say '
              'true terminal.raw-mode false terminal.raw-mode '
              'terminal.read-char int->string say io.read-line drop string.json-escape say '
              'terminal.read-char int->string say terminal.read-char? int->string say '
              'terminal.read-char int->string say terminal.flush nl ;')
    result = run_process(tmp_path, source, stdin="ab\ncd")
    assert result.stdout == "80 24 97 b\\n 99 100 -1 \n"


def test_terminal_in_a_pty(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    path = tmp_path / "prog.seq"
    path.write_text(PRELUDE + (
        ': main ( -- ) terminal.width int->string say terminal.height int->string say '
        '"ready" io.write-line terminal.flush true terminal.raw-mode '
        'terminal.read-char int->string say false terminal.raw-mode "done" io.write-line ;'))
    child = pexpect.spawn(sys.executable, ["-m", "seqrepl", str(path)], dimensions=(30, 100),
                          encoding="utf-8", timeout=60)
    child.expect("100 30 ready")
    child.send("x")  # no newline: raw mode hands over single bytes
    child.expect("120 done")
    child.expect(pexpect.EOF)


def test_leaving_raw_mode_at_exit_loads_nothing() -> None:
    # A process whose strands took all its address space cannot load a
    # module at exit (tests/hostile/test_bounds.py): raw mode's exit hook,
    # with raw mode never on, must import nothing then.
    script = ("import sys; from seqjit.builtins.terminal.runtime import RAW_MODE; "
              "sys.modules['termios'] = None; RAW_MODE.off(); print('off')")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.stdout == "off\n", done.stderr

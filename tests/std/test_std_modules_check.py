"""The std:* modules type-check, export exactly the reference's words with
the reference's stack effects, and those effects bite: programs using the
words with the right types are accepted, with wrong types rejected."""

from __future__ import annotations

import re
import textwrap

import pytest

from seqjit.syntax.includes import STD_DIR, std_modules
from seqjit.types.sources import check_source

# Every public word of every module, with its declared effect, as the
# reference library (patch-seq 7.7.3) declares it: every word of its
# stdlib/*.seq not starting with `_`, its loop and parser helpers included
# (a program may call them).  Our own helpers start with `_` and are not
# listed.  Compared by hand with the reference's stdlib when written.
PUBLIC: dict[str, dict[str, str]] = {
    "list": {
        "list-of": "( -- Variant )",
        "lv": "( Variant V -- Variant )",
    },
    "map": {
        "map-of": "( -- M )",
        "kv": "( M K V -- M )",
    },
    "son": {},
    "control": {
        "when": "( ..a Bool [ ..a -- ..a ] -- ..a )",
        "unless": "( ..a Bool [ ..a -- ..a ] -- ..a )",
    },
    "stack-utils": {
        "2drop": "( A B -- )",
    },
    "signal": {
        "signal.shutdown-requested?": "( -- Bool )",
        "signal.trap-shutdown": "( -- )",
        "signal.ignore-sigpipe": "( -- )",
    },
    "imath": {
        "abs": "( Int -- Int )",
        "max": "( Int Int -- Int )",
        "min": "( Int Int -- Int )",
        "gcd": "( Int Int -- Int )",
        "sign": "( Int -- Int )",
        "square": "( Int -- Int )",
        "clamp": "( Int Int Int -- Int )",
        "int->bits-loop": "( Int String -- String )",
        "int->bits": "( Int -- String )",
        "int->bits-padded-loop": "( Int Int String -- String )",
        "int->bits-padded": "( Int Int -- String )",
        "int->bits-fmt-8": "( Int -- String )",
        "int->bits-fmt-16": "( Int -- String )",
    },
    "fmath": {
        "f.abs": "( Float -- Float )",
        "f.max": "( Float Float -- Float )",
        "f.min": "( Float Float -- Float )",
        "f.sign": "( Float -- Float )",
        "f.square": "( Float -- Float )",
        "f.neg": "( Float -- Float )",
        "f.clamp": "( Float Float Float -- Float )",
    },
    "loops": {
        "times-loop": "( Int [ -- ] -- )",
        "times": "( Int [ -- ] -- )",
        "integer-fold-loop": "( [ Int Int -- Int ] Int Int Int -- Int )",
        "integer-fold": "( Int Int [ Int Int -- Int ] -- Int )",
        "ei-loop": "( Int Int [ Int -- ] -- )",
        "each-integer": "( Int [ Int -- ] -- )",
    },
    "zipper": {
        "znil": "( -- Variant )",
        "zcons": "( Variant Variant -- Variant )",
        "znil?": "( Variant -- Bool )",
        "zhead": "( Variant -- Variant )",
        "ztail": "( Variant -- Variant )",
        "zreverse-onto": "( Variant Variant -- Variant )",
        "zreverse": "( Variant -- Variant )",
        "zipper.make-empty": "( -- Variant )",
        "zipper.make-zip": "( Variant T Variant -- Variant )",
        "zipper.empty?": "( Variant -- Bool )",
        "zipper.get-left": "( Variant -- Variant )",
        "zipper.get-focus": "( Variant -- Variant )",
        "zipper.get-right": "( Variant -- Variant )",
        "list->zcons-loop": "( Variant Int Variant -- Variant )",
        "list->zcons": "( Variant -- Variant )",
        "zcons->list-loop": "( Variant Variant -- Variant )",
        "zcons->list": "( Variant -- Variant )",
        "zcons->list-append": "( Variant Variant -- Variant )",
        "zipper.from-list": "( Variant -- Variant )",
        "zipper.to-list": "( Variant -- Variant )",
        "zipper.right": "( Variant -- Variant )",
        "zipper.left": "( Variant -- Variant )",
        "zipper.start": "( Variant -- Variant )",
        "zipper.end": "( Variant -- Variant )",
        "zipper.focus": "( Variant -- Variant )",
        "zipper.at-start?": "( Variant -- Variant Bool )",
        "zipper.at-end?": "( Variant -- Variant Bool )",
        "zipper.set": "( Variant T -- Variant )",
        "zipper.insert-left": "( Variant T -- Variant )",
        "zipper.insert-right": "( Variant T -- Variant )",
        "zipper.delete": "( Variant -- Variant )",
        "zipper.zcons-length": "( Int Variant -- Int )",
        "zipper.length": "( Variant -- Int )",
        "zipper.index": "( Variant -- Int )",
    },
    "http": {
        "http-ok": "( String -- String )",
        "http-not-found": "( String -- String )",
        "http-error": "( String -- String )",
        "http-request-line": "( String -- String )",
        "http-request-path": "( String -- String )",
        "http-request-method": "( String -- String )",
        "http-response": "( Int String String -- String )",
        "http-is-get": "( String -- Bool )",
        "http-is-post": "( String -- Bool )",
        "http-path-is": "( String String -- Bool )",
        "http-path-starts-with": "( String String -- Bool )",
        "string-suffix-after": "( String String -- String )",
        "http-path-suffix": "( String String -- String )",
    },
    "json": {
        "quote-char": "( -- String )",
        "json-null": "( -- Variant )",
        "json-bool": "( Int -- Variant )",
        "json-true": "( -- Variant )",
        "json-false": "( -- Variant )",
        "json-number": "( Float -- Variant )",
        "json-int": "( Int -- Variant )",
        "json-string": "( String -- Variant )",
        "array-with": "( ..rest Variant Variant -- ..rest Variant )",
        "obj-with": "( ..rest Variant Variant Variant -- ..rest Variant )",
        "json-null?": "( Variant -- Variant Bool )",
        "json-bool?": "( Variant -- Variant Bool )",
        "json-number?": "( Variant -- Variant Bool )",
        "json-string?": "( Variant -- Variant Bool )",
        "json-array?": "( Variant -- Variant Bool )",
        "json-object?": "( Variant -- Variant Bool )",
        "json-unwrap-bool": "( Variant -- Int )",
        "json-unwrap-number": "( Variant -- Float )",
        "json-unwrap-string": "( Variant -- String )",
        "serialize-bool": "( Variant -- String )",
        "serialize-string": "( Variant -- String )",
        "json-serialize": "( Variant -- String )",
        "string.json-escape-string": "( String -- String )",
        "serialize-array-1": "( Variant -- String )",
        "serialize-array-2": "( Variant -- String )",
        "serialize-array-3": "( Variant -- String )",
        "json-serialize-array": "( Variant -- String )",
        "json-serialize-object": "( Variant -- String )",
        "make-pstate": "( String Int -- Variant )",
        "pstate-str": "( Variant -- Variant String )",
        "pstate-pos": "( ..rest Variant -- ..rest Variant Int )",
        "pstate-advance": "( Variant Int -- Variant )",
        "pstate-at-end?": "( ..rest Variant -- ..rest Variant Bool )",
        "pstate-char-at": "( ..rest Variant -- ..rest Variant Int )",
        "pstate-is-ws-char?": "( Int -- Bool )",
        "pstate-skip-ws": "( Variant -- Variant )",
        "json-2dup": "( ..rest String Int -- ..rest String Int String Int )",
        "json-at-end?": "( ..rest String Int -- ..rest String Int Bool )",
        "json-char-at": "( ..rest String Int -- ..rest String Int Int )",
        "json-advance": "( ..rest String Int Int -- ..rest String Int )",
        "json-parse-null": "( ..rest String Int -- ..rest String Int Variant Bool )",
        "json-parse-true": "( ..rest String Int -- ..rest String Int Variant Bool )",
        "json-parse-false": "( ..rest String Int -- ..rest String Int Variant Bool )",
        "json-is-digit?": "( ..rest Int -- ..rest Bool )",
        "json-is-number-start?": "( ..rest Int -- ..rest Bool )",
        "json-is-number-char?": "( ..rest Int -- ..rest Bool )",
        "json-is-ws?": "( ..rest Int -- ..rest Bool )",
        "json-skip-one-ws": "( ..rest String Int -- ..rest String Int Int )",
        "string-from": "( ..rest String Int -- ..rest String )",
        "string-take": "( ..rest String Int -- ..rest String )",
        "pstate-scan-for-quote": "( Variant -- Variant Int )",
        "json-parse-string": "( ..rest String Int -- ..rest String Int Variant Bool )",
        "pstate-find-number-end": "( ..rest Variant -- ..rest Variant Int )",
        "pstate-find-number-end-loop": "( ..rest Variant -- ..rest Variant Int )",
        "substr-by-range": "( String Int Int -- String )",
        "pstate-extract-number-str": "( Variant -- Variant String )",
        "pstate-parse-number": "( Variant -- Variant Variant Bool )",
        "json-parse-number": "( ..rest String Int -- ..rest String Int Variant Bool )",
        "json-empty-array": "( -- Variant )",
        "json-empty-object": "( -- Variant )",
        "json-skip-ws": "( ..rest String Int -- ..rest String Int )",
        "pstate-parse-one-element": "( ..rest Variant Variant -- ..rest Variant Variant Bool )",
        "pstate-parse-array-elements": "( ..rest Variant Variant -- ..rest Variant Variant Bool )",
        "pstate-parse-array-contents": "( ..rest Variant -- ..rest Variant Variant Bool )",
        "json-parse-array-contents": "( ..rest String Int -- ..rest String Int Variant Bool )",
        "json-parse-array": "( ..rest String Int -- ..rest String Int Variant Bool )",
        "pstate-parse-one-pair": "( ..rest Variant Variant -- ..rest Variant Variant Bool )",
        "pstate-parse-object-pairs": "( ..rest Variant Variant -- ..rest Variant Variant Bool )",
        "pstate-parse-object-contents": "( ..rest Variant -- ..rest Variant Variant Bool )",
        "json-parse-object-contents": "( ..rest String Int -- ..rest String Int Variant Bool )",
        "json-parse-object": "( ..rest String Int -- ..rest String Int Variant Bool )",
        "json-parse-value": "( ..rest String Int -- ..rest String Int Variant Bool )",
        "json-parse": "( String -- Variant Bool )",
    },
    "yaml": {
        "yaml-null": "( -- Variant )",
        "yaml-bool": "( Int -- Variant )",
        "yaml-number": "( Float -- Variant )",
        "yaml-string": "( String -- Variant )",
        "yaml-empty-object": "( -- Variant )",
        "yaml-obj-with": "( Variant Variant Variant -- Variant )",
        "yaml-null?": "( Variant -- Variant Bool )",
        "yaml-bool?": "( Variant -- Variant Bool )",
        "yaml-number?": "( Variant -- Variant Bool )",
        "yaml-string?": "( Variant -- Variant Bool )",
        "yaml-object?": "( Variant -- Variant Bool )",
        "yaml-unwrap-bool": "( Variant -- Int )",
        "yaml-unwrap-number": "( Variant -- Float )",
        "yaml-unwrap-string": "( Variant -- String )",
        "yaml-parse-scalar": "( String -- Variant )",
        "yaml-find-colon": "( ..rest String -- ..rest Int )",
        "yaml-key-part": "( ..rest String Int -- ..rest String )",
        "yaml-value-part": "( ..rest String Int -- ..rest String )",
        "yaml-parse-line": "( ..rest String -- ..rest Variant Bool )",
        "yaml-find-newline": "( ..rest String -- ..rest Int )",
        "yaml-is-blank-line": "( ..rest String -- ..rest Bool )",
        "yaml-is-comment": "( ..rest String -- ..rest Bool )",
        "yaml-parse-and-add": "( ..rest Variant String -- ..rest Variant )",
        "yaml-split-at-newline": "( ..rest String Int -- ..rest String String )",
        "yaml-parse-lines": "( ..rest Variant String -- ..rest Variant )",
        "yaml-parse-flat": "( ..rest String -- ..rest Variant Bool )",
        "yaml-count-spaces": "( ..rest String -- ..rest Int )",
        "yaml-is-key-only?": "( ..rest String -- ..rest Bool )",
        "yaml-get-key": "( ..rest String -- ..rest String )",
        "yaml-get-block-indent": "( ..rest String -- ..rest Int )",
        "yaml-strip-n-spaces": "( ..rest String Int -- ..rest String )",
        "yaml-strip-block-indent": "( ..rest String Int -- ..rest String )",
        "yaml-strip-simple": "( ..rest String -- ..rest String )",
        "yaml-skip-leading-newlines": "( ..rest String -- ..rest String )",
        "yaml-strip-simple-loop": "( ..rest String String -- ..rest String )",
        "yaml-append-line": "( ..rest String String -- ..rest String )",
        "yaml-collect-nested-block": "( ..rest String -- ..rest String String )",
        "yaml-collect-at-indent": "( ..rest String Int -- ..rest String String )",
        "yaml-collect-simple-loop": "( ..rest String String -- ..rest String String )",
        "nop": "( -- )",
        "yaml-parse-nested-line": "( ..rest Variant String -- ..rest Variant String )",
        "yaml-first-line-is-blank?": "( ..rest String -- ..rest Bool )",
        "yaml-first-line-is-comment?": "( ..rest String -- ..rest Bool )",
        "yaml-parse-key-only-line": "( ..rest Variant String -- ..rest Variant String )",
        "yaml-parse-kv-line": "( ..rest Variant String -- ..rest Variant String )",
        "yaml-parse-nested": "( ..rest String -- ..rest Variant Bool )",
        "yaml-parse-nested-lines": "( ..rest Variant String -- ..rest Variant )",
        "yaml-first-line-is-key-only?": "( ..rest String -- ..rest Bool )",
        "yaml-parse": "( ..rest String -- ..rest Variant Bool )",
        "yaml-quote-char": "( -- String )",
        "yaml-serialize": "( Variant -- String )",
        "yaml-serialize-object": "( Variant -- String )",
    },
}

_DEF = re.compile(r"^: (\S+) (\([^)]*\))", re.MULTILINE)


def defined(module: str) -> dict[str, str]:
    text = (STD_DIR / f"{module}.seq").read_text(encoding="utf-8")
    return {name: " ".join(effect.split()) for name, effect in _DEF.findall(text)}


def check(src: str):
    return check_source(textwrap.dedent(src).strip() + "\n", "t.seq")


def accepted(src: str) -> None:
    program = check(src)
    assert program.ok, "\n".join(e.render() for e in program.errors)


def rejected(src: str) -> None:
    assert not check(src).ok, f"expected a type error:\n{src}"


def test_every_module_is_present() -> None:
    assert sorted(PUBLIC) == std_modules()


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_module_checks_alone(module: str) -> None:
    accepted(f"include std:{module}\n")


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_public_words_and_effects(module: str) -> None:
    words = defined(module)
    public = {n: e for n, e in words.items() if not n.startswith("_")}
    assert public == PUBLIC[module]


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_helpers_are_private_to_their_module(module: str) -> None:
    # Helpers carry a `_module.` prefix so they cannot clash with user words.
    stem = module.replace("-", "")
    for name in defined(module):
        if name.startswith("_"):
            assert name.startswith(f"_{stem}."), name


def test_modules_together() -> None:
    accepted("\n".join(f"include std:{m}" for m in sorted(PUBLIC)))


def test_son_brings_in_both_builders() -> None:
    accepted(
        """
        include std:son
        : cfg ( -- M Variant ) map-of "host" "x" kv "port" 80 kv list-of 1 lv 2 lv ;
        """
    )


def test_imath_effects() -> None:
    accepted(
        """
        include std:imath
        : f ( -- Int Int String String )
          -5 abs 48 18 gcd max 3 0 10 clamp 12 int->bits 40 int->bits-fmt-16 ;
        """
    )
    rejected("include std:imath\n: f ( -- Int ) 1.5 abs ;")
    rejected("include std:imath\n: f ( -- Int ) 5 int->bits ;")
    rejected("include std:imath\n: f ( -- Int ) 1 2 clamp ;")


def test_fmath_effects() -> None:
    accepted(
        "include std:fmath\n"
        ": f ( -- Float ) -2.5 f.abs 1.0 f.max 0.0 3.0 f.clamp f.square f.neg f.sign ;"
    )
    rejected("include std:fmath\n: f ( -- Float ) 2 f.abs ;")


def test_loops_effects() -> None:
    accepted(
        """
        include std:loops
        : a ( -- ) 3 [ "hi" io.write-line ] times ;
        : b ( -- ) 4 [ int->string io.write-line ] each-integer ;
        : c ( -- Int ) 5 0 [ i.+ ] integer-fold ;
        """
    )
    rejected('include std:loops\n: b ( -- ) 4 [ io.write-line ] each-integer ;')
    rejected('include std:loops\n: c ( -- Int ) 5 "" [ string.concat ] integer-fold ;')


def test_control_effects() -> None:
    accepted(
        """
        include std:control
        : f ( Int -- Int ) dup 0 i.< [ negate ] when ;
        : g ( Int -- Int ) dup 0 i.< [ 1 i.+ ] unless ;
        """
    )
    rejected("include std:control\n: f ( Int -- Int ) dup 0 i.< [ drop ] when ;")
    rejected("include std:control\n: f ( Int -- Int ) 1 [ 2 i.+ ] when ;")


def test_stack_utils_and_signal() -> None:
    accepted("include std:stack-utils\n: f ( -- Int ) 1 2 3 2drop ;")
    rejected("include std:stack-utils\n: f ( -- Int ) 1 2drop ;")
    accepted(
        """
        include std:signal
        : f ( -- Bool ) signal.trap-shutdown signal.ignore-sigpipe signal.shutdown-requested? ;
        """
    )


def test_zipper_effects() -> None:
    accepted(
        """
        include std:list
        include std:zipper
        : f ( -- Variant Int Bool ) list-of 1 lv 2 lv zipper.from-list zipper.right 9 zipper.set
          "x" zipper.insert-left zipper.at-end? >aux dup zipper.index swap zipper.to-list swap
          aux> ;
        """
    )
    rejected("include std:zipper\n: f ( Variant -- Int ) zipper.at-start? ;")
    rejected("include std:zipper\n: f ( -- Variant ) 5 zipper.from-list ;")


def test_http_effects() -> None:
    accepted(
        """
        include std:http
        : route ( String -- String )
          dup "/hello" http-path-is [ drop "hi" http-ok ] [ http-request-path http-not-found ] if ;
        : custom ( -- String ) 201 "Created" "done" http-response ;
        """
    )
    rejected('include std:http\n: f ( -- String ) "Created" 201 "done" http-response ;')


def test_json_effects() -> None:
    accepted(
        """
        include std:json
        : doc ( -- Variant ) json-empty-object "id" json-string 7 json-int obj-with
          "tags" json-string json-empty-array "a" json-string array-with obj-with ;
        : show ( -- String Bool ) "[1, 2]" json-parse >aux json-serialize aux> ;
        : num ( -- Float ) 2.5 json-number json-number? drop json-unwrap-number ;
        """
    )
    rejected('include std:json\n: f ( -- Variant ) 1.5 json-string ;')
    rejected('include std:json\n: f ( -- String ) "1" json-parse json-serialize ;')


def test_yaml_effects() -> None:
    accepted(
        """
        include std:yaml
        : f ( -- String ) "name: x" yaml-parse drop yaml-serialize ;
        : g ( -- String ) "  a: 1" yaml-strip-simple ;
        : h ( -- Variant Bool ) "a: 1" yaml-parse-nested ;
        : k ( -- Int ) 1 yaml-bool yaml-bool? drop yaml-unwrap-bool ;
        """
    )
    rejected('include std:yaml\n: f ( -- String ) "a: 1" yaml-parse yaml-serialize ;')
    rejected('include std:yaml\n: f ( -- Variant ) true yaml-bool ;')

"""Values whose type the checker cannot prove, used as the wrong type.

What comes out of a list, map, variant or channel (and what `list.fold`
or a `cond` with a computed count leaves) is typed with a free type
variable, so the checker accepts using it as anything. The compiled code
checks the value's tag where it is consumed (codegen/tags.py) and raises a
runtime error instead of reading a wrong object; the session answers the
next entry. Before those checks these entries crashed the process, so the
plain cases run once in a subprocess too.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqrun import SeqRunner

# Values of every kind: (kind, code pushing one).
VALUES = {
    "Int": "5",
    "Bool": "true",
    "Float": "1.5",
    "String": '"s"',
    "Symbol": ":sym",
    "List": "list.make",
    "Map": "map.make",
    "Quotation": "[ 1 ]",
    "Channel": "chan.make",
    "Variant": ":Tag variant.make-0",
    "Weave": "[ drop ] strand.weave",
}

# Ways to hide a value's type: code taking the value on top and leaving a
# value of free type (`list.make`'s elements and friends).
CONTAINERS = {
    "list": "list.make swap list.push 0 list.get drop",
    "map": 'map.make "k" rot map.set "k" map.get drop',
    "variant": ":Box variant.make-1 variant.first",
    "field": ":Box variant.make-1 0 variant.field-at",
    "channel": "chan.make dup rot swap chan.send drop chan.receive drop",
    "mapped": "list.make swap list.push [ ] list.map 0 list.get drop",
    "cond": "[ true ] [ ] 1 0 i.+ cond",
}

# Consumers of each family: (kind it needs, code consuming the value on top).
CONSUMERS = [
    ("Int", "1 i.+"),
    ("Int", "int->float"),
    ("Int", "nat"),  # a word with a native signature
    ("Bool", "if 1 else 2 then"),
    ("Bool", "not"),
    ("Float", "1.0 f.+"),
    ("Float", "float->string"),
    ("String", "string.length"),
    ("String", "string.to-upper"),
    ("String", "crypto.sha256"),  # a host op
    ("String", "io.write-line"),
    ("Symbol", ":a symbol.="),
    ("List", "list.length"),
    ("List", "0 list.get drop"),
    ("Map", "map.size"),
    ("Quotation", "call"),
    ("Quotation", "0 swap dip"),
    ("Channel", "chan.close"),
    ("Variant", "variant.tag"),
    ("Weave", "0 strand.resume"),
    ("Weave", "strand.weave-cancel"),
]

PRELUDE = ": nat ( Int -- Int ) 1 i.+ ;\n"

# What a value of each kind also satisfies: a List and a Variant are the
# same object kind, as in the reference.
SAME = {"List": {"Variant"}, "Variant": {"List"}}


# How the runtime errors name what a consumer needs, where not as above.
MESSAGE_NAMES = {"List": "Variant", "Weave": "WeaveHandle", "Quotation": "Quotation or Closure"}


def entry(value: str, container: str, consumer: str) -> str:
    return f"{VALUES[value]} {CONTAINERS[container]} {consumer}"


def wrong(value: str, needs: str) -> bool:
    return value != needs and needs not in SAME.get(value, set())


def refused(container: str, needs: str) -> bool:
    """After a `cond` typed by its placeholder effect ( ..a -- ..b ) the
    checker sees no quotation to call, and refuses the entry itself."""
    return container == "cond" and needs == "Quotation"


CASES = [(v, c, needs, consumer) for v in VALUES for c in CONTAINERS
         for needs, consumer in CONSUMERS if wrong(v, needs) and not refused(c, needs)]

BRIEF_CASES = [
    "list.make 5 list.push 0 list.get drop string.length",
    "5 0 strand.resume",
    '5 "x" "y" 1 cond',
]


def test_the_plain_cases_survive_in_a_process_of_their_own() -> None:
    """Every (value, container, consumer) case once, piped into one REPL:
    it must answer each with an error and still answer the last entry."""
    entries = [*BRIEF_CASES, *(entry(v, c, consumer) for v, c, _, consumer in CASES)]
    text = PRELUDE + "".join(f"{e}\n" for e in entries) + "40 2 i.+\n"
    done = subprocess.run([sys.executable, "-m", "seqrepl"], input=text, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode in (0, 1), done.stderr[-2000:]  # 1: some entry failed
    assert "stack: 42" in done.stdout, done.stdout[-2000:]
    assert done.stdout.count("runtime error") == len(entries), done.stdout[-4000:]


@settings(max_examples=60, deadline=None)
@given(case=st.sampled_from(CASES))
def test_a_value_taken_out_as_another_type_is_a_runtime_error(
        seq: SeqRunner, case: tuple[str, str, str, str]) -> None:
    value, container, needs, consumer = case
    ran = seq.run(PRELUDE + entry(value, container, consumer))
    assert ran.error is not None and "runtime error" in ran.error, (case, ran)
    assert f": expected {MESSAGE_NAMES.get(needs, needs)}" in ran.error, (case, ran.error)
    assert seq.run("1 2 i.+").stack == "3"


@pytest.mark.parametrize(("value", "container"), [(v, c) for v in VALUES for c in CONTAINERS
                                                  if v not in ("Weave", "Channel")
                                                  and not refused(c, v)])
def test_a_value_taken_out_as_its_own_type_still_works(
        seq: SeqRunner, value: str, container: str) -> None:
    needs, consumer = next((n, c) for n, c in CONSUMERS if n == value)
    ran = seq.run(PRELUDE + entry(value, container, consumer))
    assert ran.error is None, ran


@pytest.mark.parametrize(("code", "message"), [
    ("list.make 5 list.push 0 list.get drop string.length", "string.length: expected String"),
    ("5 0 strand.resume", "strand.resume: expected WeaveHandle"),
    ("5 strand.weave-cancel", "strand.weave-cancel: expected WeaveHandle"),
    ('5 "x" "y" 1 cond', "cond: expected predicate Quotation"),
    ('5 [ true ] "y" 1 cond', "cond: expected body Quotation"),
    ("5 [ true ] [ ] 7 cond", "cond: stack underflow"),
    ('5 [ true ] [ ] "n" cond', "cond: expected Int count"),
    ("5 [ 3 ] [ ] 1 0 i.+ cond", "cond: predicate must return Bool"),
    ("5 0 0 i.+ cond", "cond: need at least one predicate/body pair"),
    ("list.make 5 list.push 0 list.get drop match-it", "match: expected Variant"),
    # The accumulator unifies with the element's free type: claimed Int.
    ('list.make "s" list.push 0 [ nip ] list.fold 1 i.+', "i.+: expected Int"),
    (":Some variant.make-0 match-it", "match: Some expects 1 fields"),
])
def test_named_runtime_errors(seq: SeqRunner, code: str, message: str) -> None:
    union = "union Maybe { Some { value: Int } None }\n"
    word = ": match-it ( Maybe -- Int ) match Some { >value } -> None -> 0 end ;\n"
    ran = seq.run(union + word + code)
    assert ran.error is not None and message in ran.error, ran


@pytest.mark.parametrize(("code", "message"), [
    ("[ drop 7 5 yield drop drop ] strand.weave 0 strand.resume", "yield: expected WeaveHandle"),
    ("[ drop [ drop ] strand.weave 5 yield drop drop ] strand.weave 0 strand.resume",
     "yield: not inside this weave"),
])
def test_yield_with_a_wrong_context_fails_its_strand(seq: SeqRunner, code: str,
                                                     message: str) -> None:
    """The checker types a weave's context with a type variable. The woven
    strand fails (and its resumer then waits forever, reported)."""
    ran = seq.run(code)
    assert ran.error is not None and message in ran.output + ran.error, ran
    assert seq.run("1 2 i.+").stack == "3"

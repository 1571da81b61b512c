"""Each lint rule: a snippet that triggers it, one that does not, and the
same trigger with `# seq:allow(id)` on its word."""

from __future__ import annotations

import pytest

from seqjit.diagnostics import Source
from seqjit.lint import RULE_IDS, lint_source
from seqjit.lint.config import default_config


def rules_found(text: str) -> list[str]:
    return [f.rule for f in lint_source(Source("<test>", text))]


# --- the pattern rules (one per [[lint]] of the built-in rules) -------------------------

PATTERN_RULES = default_config().rules


@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_pattern_rule_triggers(rule) -> None:
    assert rule.id in rules_found(f": w ( -- ) {' '.join(rule.pattern)} ;")


@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_pattern_rule_not_across_a_literal(rule) -> None:
    assert rule.id not in rules_found(f": w ( -- ) {' 1 '.join(rule.pattern)} ;")


@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_pattern_rule_suppressed(rule) -> None:
    text = f"# seq:allow({rule.id})\n: w ( -- ) {' '.join(rule.pattern)} ;"
    assert rule.id not in rules_found(text)


def test_pattern_rule_span_and_fix() -> None:
    [finding] = lint_source(Source("<t>", ": w ( Int Int -- Int ) swap drop ;"))
    assert (finding.rule, finding.severity, finding.replacement) == ("prefer-nip", "hint", "nip")
    assert (finding.span.line, finding.span.col, finding.span.end_col) == (1, 24, 33)


def test_sugar_resolved_by_the_checker() -> None:
    # `/` on two Ints is `i./`, which the checker's typing facts say.
    assert rules_found(": w ( Int Int -- Int ) / drop ;") == ["unchecked-div"]
    assert rules_found(": w ( Float Float -- Float ) / ;") == []


def test_nested_bodies_are_matched() -> None:
    text = ": w ( Bool Int Int -- Int ) rot if swap drop else [ swap swap ] call then ;"
    assert sorted(rules_found(text)) == ["prefer-nip", "redundant-swap-swap"]


def test_pattern_severities_are_the_references() -> None:
    severity = {r.id: r.severity for r in PATTERN_RULES}
    assert severity["weave-immediate-drop"] == "error"
    assert severity["unchecked-chan-send"] == "warning"
    assert severity["prefer-nip"] == "hint"
    assert len(PATTERN_RULES) == 48  # as many as the reference's lints.toml


# --- the analyses ------------------------------------------------------------------------

ANALYSES = {
    "deep-nesting": (
        ": w ( Int -- Int ) dup 0 i.> if dup 1 i.> if dup 2 i.> if dup 3 i.> if 1 i.+ "
        "then then then then ;",
        ": w ( Int -- Int ) dup 0 i.> if dup 1 i.> if dup 2 i.> if 1 i.+ then then then ;",
    ),
    "unchecked-error-flag": (
        ": w ( Int Int -- Int ) i./ swap nip ;",
        ": w ( Int Int -- Int ) i./ >aux aux> if else drop 0 then ;",
    ),
    "resource-leak-weavehandle": (
        ": w ( -- ) [ 1 drop ] strand.weave 1 >aux drop aux> drop ;",
        ": w ( -- ) [ 1 drop ] strand.weave strand.weave-cancel ;",
    ),
    "resource-leak-channel": (
        ": w ( -- ) chan.make drop ;",
        ": w ( -- ) chan.make chan.close ;",
    ),
    "resource-branch-inconsistent": (
        ": w ( Bool -- Channel ) chan.make swap if dup chan.close then ;",
        ": w ( Bool -- ) chan.make swap if chan.close else chan.close then ;",
    ),
    "unreachable-chan-yield": (
        ": w ( -- ) chan.yield ;",
        ": w ( -- ) chan.yield ;\n: main ( -- ) [ w ] strand.spawn drop ;",
    ),
}


@pytest.mark.parametrize("rule", sorted(ANALYSES))
def test_analysis_triggers(rule: str) -> None:
    assert rules_found(ANALYSES[rule][0]) == [rule]


@pytest.mark.parametrize("rule", sorted(ANALYSES))
def test_analysis_quiet_on_clean_code(rule: str) -> None:
    assert rules_found(ANALYSES[rule][1]) == []


@pytest.mark.parametrize("rule", sorted(ANALYSES))
def test_analysis_suppressed(rule: str) -> None:
    assert rules_found(f"# seq:allow({rule})\n{ANALYSES[rule][0]}") == []


def test_error_flag_through_a_branch_and_aux() -> None:
    text = (": w ( Int Int Bool -- Int ) >aux i./ aux> "
            "if swap 1 i.+ swap else swap 2 i.+ swap then drop ;")
    [finding] = lint_source(Source("<t>", text))
    assert finding.rule == "unchecked-error-flag" and "`i./`" in finding.message
    assert finding.span.col == text.rindex("drop") + 1


def test_error_flag_handed_to_a_word_counts_as_checked() -> None:
    text = ": check ( Int Bool -- Int ) if else drop 0 then ;\n: w ( Int Int -- Int ) i./ check ;"
    assert rules_found(text) == []


def test_resource_returned_by_a_user_word_is_tracked() -> None:
    text = ": make ( -- Channel ) chan.make ;\n: w ( -- ) make drop ;"
    assert rules_found(text) == ["resource-leak-channel"]


def test_resumed_handle_may_be_dropped() -> None:
    text = (": w ( -- ) [ 1 drop ] strand.weave 0 strand.resume "
            "if drop drop else drop drop then ;")
    assert rules_found(text) == []


def test_chan_yield_reached_through_calls() -> None:
    text = (": inner ( -- ) chan.yield ;\n: outer ( -- ) inner ;\n"
            ": main ( -- ) [ outer ] strand.spawn drop ;")
    assert rules_found(text) == []


# --- # seq:allow ---------------------------------------------------------------------------


def test_unknown_allow_id_warns_at_the_annotation() -> None:
    text = "# seq:allow(unckecked-div, prefer-nip)\n: w ( Int Int -- Int ) swap drop ;"
    [finding] = lint_source(Source("<t>", text))
    assert (finding.rule, finding.severity) == ("unknown-seq-allow", "warning")
    assert "unckecked-div" in finding.message and finding.span.line == 1


def test_allow_applies_to_the_next_word_only() -> None:
    text = ("# seq:allow(prefer-nip)\n: a ( Int Int -- Int ) swap drop ;\n"
            ": b ( Int Int -- Int ) swap drop ;")
    assert [(f.rule, f.span.line) for f in lint_source(Source("<t>", text))] == [
        ("prefer-nip", 3)]


def test_rule_ids_cover_every_rule() -> None:
    assert {r.id for r in PATTERN_RULES} | set(ANALYSES) | {"unknown-seq-allow"} == RULE_IDS


def test_unparsable_source_has_no_lints() -> None:
    assert lint_source(Source("<t>", ": w ( -- ) [ ;")) == []

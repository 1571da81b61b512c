"""User rules from TOML: the reference's shape, `$X` and `$...` wildcards,
errors that name the file, the entry and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from seqjit.diagnostics import SeqError, Source
from seqjit.lint import lint_source, load_config
from seqjit.lint.config import default_config


def config(tmp_path: Path, text: str):
    path = tmp_path / "rules.toml"
    path.write_text(text)
    return load_config(path)


def found(text: str, cfg) -> list[tuple[str, str]]:
    return [(f.rule, f.span.source.line_text(f.span.line)[f.span.col - 1:f.span.end_col - 1])
            for f in lint_source(Source("<t>", text), cfg)]


def test_single_word_wildcard(tmp_path: Path) -> None:
    cfg = config(tmp_path, '[[lint]]\nid = "dup-then"\npattern = "dup $X drop"\n'
                 'message = "m"\nseverity = "hint"\n')
    text = ": w ( Int -- Int ) dup 1 drop dup 2 3 drop drop drop ;"  # $X is one item
    assert found(text, cfg) == [("dup-then", "dup 1 drop")]


def test_run_wildcard(tmp_path: Path) -> None:
    cfg = config(tmp_path, '[[lint]]\nid = "send-then-drop"\npattern = "chan.send $... drop"\n'
                 'message = "m"\n')
    text = ': w ( Channel -- ) 1 swap chan.send 1 2 i.+ drop drop ;'
    assert ("send-then-drop", "chan.send 1 2 i.+ drop") in found(text, cfg)
    mine = [f for f in lint_source(Source("<t>", text), cfg) if f.rule == "send-then-drop"]
    assert mine[0].severity == "warning"  # the default


def test_user_rule_replaces_a_builtin_of_the_same_id(tmp_path: Path) -> None:
    user = config(tmp_path, '[[lint]]\nid = "prefer-nip"\npattern = "swap drop"\n'
                  'message = "say nip"\nseverity = "error"\nreplacement = "nip"\n')
    merged = default_config().merged(user)
    assert len(merged.rules) == len(default_config().rules)
    [finding] = lint_source(Source("<t>", ": w ( Int Int -- Int ) swap drop ;"), merged)
    assert (finding.severity, finding.message) == ("error", "say nip")


def test_allow_names_a_user_rule(tmp_path: Path) -> None:
    cfg = default_config().merged(config(
        tmp_path, '[[lint]]\nid = "mine"\npattern = "dup dup"\nmessage = "m"\n'))
    text = "# seq:allow(mine)\n: w ( Int -- Int Int Int ) dup dup ;"
    assert lint_source(Source("<t>", text), cfg) == []


@pytest.mark.parametrize(("text", "says"), [
    ('[[lint]]\nid = "a"\nmessage = "m"\n', "[[lint]] #1 (id `a`): field `pattern` is missing"),
    ('[[lint]]\nid = "a"\npattern = "x"\nmessage = "m"\nseverity = "loud"\n',
     "field `severity` must be one of"),
    ('[[lint]]\nid = "a"\npattern = "$... x $..."\nmessage = "m"\n', "`$...` only once"),
    ('[[lint]]\npattern = "x"\nmessage = "m"\n', "field `id` is missing"),
    ('[[lint]]\nid = "a"\npattern = "x"\nmessage = 3\n', "field `message` must be a string"),
    ('[[lint]]\nid = "a"\npattern = "x"\nmessage = "m"\ncolour = "red"\n',
     "unknown field `colour`"),
    ("[[lint]\n", "not valid TOML"),
])
def test_bad_config_names_file_entry_field(tmp_path: Path, text: str, says: str) -> None:
    with pytest.raises(SeqError) as caught:
        config(tmp_path, text)
    assert str(tmp_path / "rules.toml") in caught.value.message
    assert says in caught.value.message


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(SeqError, match="cannot read"):
        load_config(tmp_path / "nope.toml")

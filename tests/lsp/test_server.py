"""The language server as an editor sees it: `seqrepl lsp` started as a
process, a real LSP client (pytest-lsp) talking to it over stdio.

One server serves the whole module; each test opens documents of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

SEQREPL = str(Path(sys.executable).parent / "seqrepl")
pytestmark = pytest.mark.asyncio(loop_scope="module")
MARKDOWN = types.MarkupKind.Markdown
INITIALIZED: list[types.InitializeResult] = []  # what the server answered to initialize


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(server_command=[SEQREPL, "lsp"]))
async def client(lsp_client: LanguageClient):
    INITIALIZED[:] = [await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(
            text_document=types.TextDocumentClientCapabilities(
                publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                    version_support=True),
                hover=types.HoverClientCapabilities(content_format=[MARKDOWN]),
                completion=types.CompletionClientCapabilities(
                    completion_item=types.ClientCompletionItemOptions(
                        documentation_format=[MARKDOWN], snippet_support=True)))),
    ))]
    yield
    await lsp_client.shutdown_session()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("lsp")


async def open_doc(client: LanguageClient, path: Path, text: str) -> str:
    """Open `text` as the document at `path` (written there too, so that
    its relative includes resolve); its diagnostics once published."""
    path.write_text(text)
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="seq", version=1, text=text)))
    await wait_diagnostics(client, uri, 1)
    return uri


async def wait_diagnostics(client: LanguageClient, uri: str, version: int) -> None:
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri and params.version == version:
            return


def at(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


def doc(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


async def hover_text(client: LanguageClient, uri: str, line: int, character: int) -> str:
    answer = await client.text_document_hover_async(
        types.HoverParams(text_document=doc(uri), position=at(line, character)))
    assert answer is not None
    assert isinstance(answer.contents, types.MarkupContent)
    return answer.contents.value


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """`edits` applied to `text` (the last first, so earlier ranges hold)."""
    lines = text.split("\n")

    def offset(p: types.Position) -> int:
        return sum(len(ln) + 1 for ln in lines[: p.line]) + p.character

    for edit in sorted(edits, key=lambda e: offset(e.range.start), reverse=True):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


# --- initialize, diagnostics ----------------------------------------------------------------------


async def test_initialize_names_the_server_and_its_features(client: LanguageClient):
    [result] = INITIALIZED
    assert result.server_info is not None and result.server_info.name == "seqjit-lsp"
    caps = result.capabilities
    assert caps.hover_provider and caps.definition_provider and caps.references_provider
    assert caps.semantic_tokens_provider is not None and caps.inlay_hint_provider


async def test_a_type_error_is_published_at_its_word(client: LanguageClient, folder: Path):
    uri = await open_doc(client, folder / "typeerror.seq",
                         ": ok ( -- Int ) 1 ;\n: f ( -- Int )\n  \"x\" 1 i.+ ;\n")
    [problem] = client.diagnostics[uri]
    assert problem.severity == types.DiagnosticSeverity.Error
    assert problem.range == types.Range(at(2, 8), at(2, 11))  # `i.+`
    assert "cannot unify Int with String" in problem.message
    assert "expected: (..a Int Int)" in problem.message
    assert "actual:   (..rest String Int)" in problem.message


async def test_diagnostics_follow_each_edit(client: LanguageClient, folder: Path):
    uri = await open_doc(client, folder / "edits.seq", ": f ( -- Int ) 1 ;\n")
    assert not client.diagnostics[uri]
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(at(0, 15), at(0, 16)), text="nope")]))
    await wait_diagnostics(client, uri, 2)
    [problem] = client.diagnostics[uri]
    assert "undefined word 'nope'" in problem.message
    assert problem.range == types.Range(at(0, 15), at(0, 19))


async def test_a_parse_error_leaves_the_rest_checked_and_hoverable(client: LanguageClient,
                                                                   folder: Path):
    text = ": sq ( Int -- Int ) dup i.* ;\n: broken ( Int --\n: g ( -- Int ) 3 sq ;\n"
    uri = await open_doc(client, folder / "parse.seq", text)
    [problem] = client.diagnostics[uri]
    assert problem.code == "parse error"
    assert "sq ( Int -- Int )" in await hover_text(client, uri, 2, 17)


async def test_lints_are_warnings_and_hints_with_their_rule_ids(client: LanguageClient,
                                                                folder: Path):
    text = (": f ( Int -- Int ) 0 i./ drop ;\n: g ( Int Int -- Int ) swap drop ;\n"
            "# seq:allow(no-such-rule)\n: h ( -- ) ;\n")
    uri = await open_doc(client, folder / "lints.seq", text)
    found = {(d.code, d.source, d.severity) for d in client.diagnostics[uri]}
    assert ("unchecked-div", "seq-lint", types.DiagnosticSeverity.Warning) in found
    assert ("prefer-nip", "seq-lint", types.DiagnosticSeverity.Hint) in found
    assert ("unknown-seq-allow", "seq-lint", types.DiagnosticSeverity.Warning) in found


# --- hover ----------------------------------------------------------------------


async def test_hover_shows_a_words_effect_doc_and_origin(client: LanguageClient, folder: Path):
    text = "# Square a number.\n: sq ( Int -- Int ) dup i.* ;\n: f ( -- Int ) 3 sq ;\n"
    uri = await open_doc(client, folder / "hover.seq", text)
    mine = await hover_text(client, uri, 2, 17)
    assert "sq ( Int -- Int )" in mine and "Square a number." in mine
    assert "defined in this file" in mine
    builtin = await hover_text(client, uri, 1, 25)
    assert "i.* ( Int Int -- Int )" in builtin and "builtin (arith)" in builtin


async def test_hover_shows_the_stack_before_and_after_the_word(client: LanguageClient,
                                                              folder: Path):
    text = ': f ( Int -- String ) 2.5 swap int->string swap drop ;\n'
    uri = await open_doc(client, folder / "stacks.seq", text)
    shown = await hover_text(client, uri, 0, 32)  # int->string
    assert "stack before: `( Float Int )`" in shown
    assert "stack after: `( Float String )`" in shown


async def test_hover_between_words_shows_the_stack_there(client: LanguageClient, folder: Path):
    uri = await open_doc(client, folder / "between.seq", ': f ( -- Int ) 1 "a"   drop ;\n')
    assert await hover_text(client, uri, 0, 21) == "stack here: `( Int String )`"


async def test_hover_on_a_sugar_names_what_it_resolved_to(client: LanguageClient, folder: Path):
    uri = await open_doc(client, folder / "sugar.seq", ": f ( -- Float ) 1.0 2.0 + ;\n")
    assert "`+` here is `f.+`" in await hover_text(client, uri, 0, 25)


async def test_hover_on_a_quotation_shows_its_inferred_type(client: LanguageClient,
                                                           folder: Path):
    uri = await open_doc(client, folder / "quot.seq",
                         ": f ( -- Int ) 5 [ 1 i.+ ] call ;\n")
    shown = await hover_text(client, uri, 0, 17)  # on `[`
    assert "Int -- " in shown and "Int" in shown and "*quotation*" in shown


# --- completion ----------------------------------------------------------------------


async def labels(client: LanguageClient, uri: str, line: int, character: int) -> dict:
    answer = await client.text_document_completion_async(
        types.CompletionParams(text_document=doc(uri), position=at(line, character)))
    assert isinstance(answer, types.CompletionList)
    return {item.label: item for item in answer.items}


async def test_completion_offers_words_with_their_effects(client: LanguageClient, folder: Path):
    uri = await open_doc(client, folder / "complete.seq",
                         ": square ( Int -- Int ) dup i.* ;\n: f ( -- Int ) 3 squ")
    items = await labels(client, uri, 1, 20)
    assert items["square"].detail == "( Int -- Int )"
    assert items["square"].text_edit is not None
    dotted = await labels(client, uri, 0, 30)  # after `i.`
    assert "i.*" in dotted and "i.+" in dotted


async def test_completion_in_includes_effects_and_allows(client: LanguageClient, folder: Path):
    (folder / "helpers.seq").write_text(": helper ( -- ) ;\n")
    uri = await open_doc(client, folder / "contexts.seq",
                         "include std:\ninclude \"\n# seq:allow(prefer-\n: f ( Int -- Int ) ;\n")
    assert "list" in {k.removeprefix("std:") for k in await labels(client, uri, 0, 12)}
    assert "helpers" in await labels(client, uri, 1, 9)
    allows = await labels(client, uri, 2, 19)
    assert "prefer-nip" in allows and all(k.startswith("prefer-") for k in allows)
    types_in_effect = await labels(client, uri, 3, 9)
    assert {"Int", "String", "Float"} <= set(types_in_effect)


async def test_completing_a_std_word_adds_its_include(client: LanguageClient, folder: Path):
    uri = await open_doc(client, folder / "stdword.seq", ": f ( -- ) list-o")
    item = (await labels(client, uri, 0, 17))["list-of"]
    assert item.additional_text_edits is not None
    assert item.additional_text_edits[0].new_text == "include std:list\n"


# --- navigation ----------------------------------------------------------------------


async def test_definition_goes_into_an_included_file(client: LanguageClient, folder: Path):
    (folder / "lib").mkdir()
    (folder / "lib" / "shapes.seq").write_text("# Area.\n: area ( Int Int -- Int ) i.* ;\n")
    uri = await open_doc(client, folder / "usesinclude.seq",
                         'include "lib/shapes"\n: f ( -- Int ) 2 3 area ;\n')
    assert not client.diagnostics[uri]
    where = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc(uri), position=at(1, 20)))
    assert isinstance(where, types.Location)
    assert where.uri == (folder / "lib" / "shapes.seq").resolve().as_uri()
    assert where.range == types.Range(at(1, 2), at(1, 6))
    into_std = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc(uri), position=at(0, 3)))
    assert isinstance(into_std, types.Location) and into_std.uri.endswith("/lib/shapes.seq")


async def test_definition_of_a_std_word_opens_the_std_module(client: LanguageClient,
                                                            folder: Path):
    uri = await open_doc(client, folder / "stddef.seq",
                         "include std:list\n: f ( -- ) list-of drop ;\n")
    where = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc(uri), position=at(1, 12)))
    assert isinstance(where, types.Location) and where.uri.endswith("/std/list.seq")


async def test_references_and_rename_cover_every_call(client: LanguageClient, folder: Path):
    text = ": sq ( Int -- Int ) dup i.* ;\n: f ( -- Int ) 2 sq sq ;\n: g ( -- Int ) 3 sq ;\n"
    uri = await open_doc(client, folder / "rename.seq", text)
    refs = await client.text_document_references_async(types.ReferenceParams(
        text_document=doc(uri), position=at(1, 17),
        context=types.ReferenceContext(include_declaration=True)))
    assert refs is not None and len(refs) == 4
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=doc(uri), position=at(0, 3), new_name="square"))
    assert edit is not None and edit.changes is not None
    renamed = apply(text, edit.changes[uri])
    assert renamed == text.replace("sq", "square")
    refused = await client.text_document_rename_async(
        types.RenameParams(text_document=doc(uri), position=at(0, 3), new_name="dup"))
    assert refused is None


async def test_document_symbols_list_words_and_unions(client: LanguageClient, folder: Path):
    uri = await open_doc(client, folder / "symbols.seq",
                         "union Shape { Circle { r: Int } Dot }\n: f ( Int -- Int ) ;\n")
    found = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=doc(uri)))
    assert found is not None
    names = {s.name: s for s in found if isinstance(s, types.DocumentSymbol)}
    assert names["f"].detail == "( Int -- Int )"
    assert [c.name for c in names["Shape"].children or []] == ["Circle", "Dot"]


# --- code actions ----------------------------------------------------------------------


async def code_actions(client: LanguageClient, uri: str, line: int, character: int) -> dict:
    answer = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc(uri), range=types.Range(at(line, character), at(line, character)),
        context=types.CodeActionContext(diagnostics=[])))
    assert answer is not None
    return {a.title: a for a in answer if isinstance(a, types.CodeAction)}


async def test_a_lint_fix_applied_gives_a_clean_file(client: LanguageClient, folder: Path):
    text = ": g ( Int Int -- Int ) swap drop ;\n"
    uri = await open_doc(client, folder / "fixnip.seq", text)
    action = (await code_actions(client, uri, 0, 24))["Replace with `nip`"]
    assert action.edit is not None and action.edit.changes is not None
    fixed = apply(text, action.edit.changes[uri])
    assert fixed == ": g ( Int Int -- Int ) nip ;\n"
    fixed_uri = await open_doc(client, folder / "fixednip.seq", fixed)
    assert not client.diagnostics[fixed_uri]


async def test_an_unchecked_flag_gets_an_error_check(client: LanguageClient, folder: Path):
    text = ": f ( Int -- Int ) 0 i./ drop ;\n"
    uri = await open_doc(client, folder / "check.seq", text)
    action = (await code_actions(client, uri, 0, 22))["Add an error check for `i./`"]
    assert action.edit is not None and action.edit.changes is not None
    fixed = apply(text, action.edit.changes[uri])
    assert "i./ [" in fixed and "] if" in fixed
    fixed_uri = await open_doc(client, folder / "checked.seq", fixed)
    assert not [d for d in client.diagnostics[fixed_uri] if d.code == "unchecked-div"]
    assert not [d for d in client.diagnostics[fixed_uri] if d.source == "seq"]


async def test_a_sugar_that_cannot_resolve_offers_each_typed_form(client: LanguageClient,
                                                                  folder: Path):
    uri = await open_doc(client, folder / "sugarfix.seq",
                         ": f ( Int String -- Int ) + ;\n")
    titles = set(await code_actions(client, uri, 0, 26))
    assert {"Replace `+` with `i.+`", "Replace `+` with `f.+`",
            "Replace `+` with `string.concat`"} <= titles


async def test_a_resolved_sugar_can_be_written_out(client: LanguageClient, folder: Path):
    uri = await open_doc(client, folder / "sugarout.seq", ": f ( -- Int ) 1 2 + ;\n")
    assert "Write `+` as `i.+`" in await code_actions(client, uri, 0, 19)


# --- tokens and hints ----------------------------------------------------------------------


async def test_semantic_tokens_classify_from_the_parser(client: LanguageClient, folder: Path):
    text = '# a comment\n: f ( Int -- String ) int->string "!" string.concat ;\n'
    uri = await open_doc(client, folder / "tokens.seq", text)
    answer = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=doc(uri)))
    assert answer is not None
    legend = INITIALIZED[0].capabilities.semantic_tokens_provider.legend  # type: ignore
    decoded, line, start = [], 0, 0
    data = answer.data
    for i in range(0, len(data), 5):
        line += data[i]
        start = data[i + 1] if data[i] else start + data[i + 1]
        piece = text.split("\n")[line][start:start + data[i + 2]]
        decoded.append((piece, legend.token_types[data[i + 3]]))
    assert decoded == [
        ("# a comment", "comment"), ("f", "function"), ("Int", "type"), ("String", "type"),
        ("int->string", "function"), ('"!"', "string"), ("string.concat", "function"),
    ]


async def test_inlay_hints_show_effects_of_calls(client: LanguageClient, folder: Path):
    uri = await open_doc(client, folder / "hints.seq",
                         ": f ( Int -- String ) dup drop int->string ;\n")
    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(text_document=doc(uri), range=types.Range(at(0, 0), at(1, 0))))
    assert hints is not None
    assert [(h.position.character, h.label) for h in hints] == [(42, "( Int -- String )")]

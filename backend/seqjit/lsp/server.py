"""`seqrepl lsp`: the language server, over stdio, built on pygls.

This module only speaks the protocol: it keeps one analysis per document
version (`analysis.py`), converts between the protocol's positions (0-based,
in the client's code units) and spans (1-based, in characters), and hands
each request to the module that answers it. A request that fails is logged
and answered with nothing; no exception ends the server.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import PositionCodec, ServerTextPosition

from .. import __version__
from ..diagnostics import Span
from . import actions as code_actions
from . import complete, hover, navigate, tokens
from .analysis import Analysis, Problem, analyse
from .locate import Pos

log = logging.getLogger("seqjit.lsp")
T = TypeVar("T")

SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "hint": types.DiagnosticSeverity.Hint,
}
COMPLETION_KIND = {
    "word": types.CompletionItemKind.Operator,  # not Function: editors would add "()"
    "module": types.CompletionItemKind.Module,
    "file": types.CompletionItemKind.File,
    "folder": types.CompletionItemKind.Folder,
    "type": types.CompletionItemKind.TypeParameter,
    "lint": types.CompletionItemKind.EnumMember,
    "keyword": types.CompletionItemKind.Keyword,
    "snippet": types.CompletionItemKind.Snippet,
}
SYMBOL_KIND = {
    "word": types.SymbolKind.Function,
    "union": types.SymbolKind.Enum,
    "variant": types.SymbolKind.EnumMember,
    "include": types.SymbolKind.Module,
}


class SeqServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("seqjit-lsp", __version__,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.analyses: dict[str, tuple[int | None, str, Analysis]] = {}
        self.latency: dict[str, float] = {}  # the last analysis of each document, in ms

    def analysis(self, uri: str) -> tuple[TextDocument, Analysis]:
        """The document and its analysis, made once per version."""
        doc = self.workspace.get_text_document(uri)
        cached = self.analyses.get(uri)
        if cached is not None and cached[0] == doc.version and cached[1] == doc.source:
            return doc, cached[2]
        began = time.perf_counter()
        path = to_fs_path(uri)
        base = Path(path).parent if path else Path.cwd()
        found = analyse(doc.source, path or uri, base, notebook=".ipynb" in uri)
        self.latency[uri] = (time.perf_counter() - began) * 1000
        self.analyses[uri] = (doc.version, doc.source, found)
        return doc, found


server = SeqServer()


def guarded(default: Any) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """A handler that logs its exceptions and answers `default` instead."""

    def wrap(handler: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(handler)
        def run(ls: SeqServer, params: Any) -> T:
            try:
                return handler(ls, params)
            except Exception:
                log.exception("%s failed", handler.__name__)
                return default

        return run

    return wrap


# --- positions ------------------------------------------------------------------------------


class Positions:
    """Spans to protocol ranges and back, in the client's code units."""

    def __init__(self, codec: PositionCodec, analysis: Analysis) -> None:
        self.codec = codec
        self.analysis = analysis
        self.lines: dict[int, list[str]] = {}

    def _lines(self, span: Span) -> list[str]:
        text = self.analysis.text if self.analysis.is_local(span) else span.source.text
        key = id(text)
        if key not in self.lines:
            self.lines[key] = text.split("\n")
        return self.lines[key]

    def position(self, span: Span, line: int, col: int) -> types.Position:
        return self.codec.position_to_client_units(
            self._lines(span), ServerTextPosition(line - 1, col - 1))

    def range(self, span: Span | None) -> types.Range:
        if span is None:
            return types.Range(types.Position(0, 0), types.Position(0, 0))
        return types.Range(self.position(span, span.line, span.col),
                           self.position(span, span.end_line, span.end_col))


def point(doc: TextDocument, position: types.Position) -> Pos:
    server_position = doc.position_from_client_units(position)
    return (server_position.line + 1, server_position.character + 1)


def markup(formats: Sequence[types.MarkupKind] | None, markdown: str) -> types.MarkupContent:
    """`markdown` as the client can show it: as markdown, or as the text it is."""
    if formats is not None and types.MarkupKind.Markdown not in formats:
        return types.MarkupContent(kind=types.MarkupKind.PlainText, value=markdown)
    return types.MarkupContent(kind=types.MarkupKind.Markdown, value=markdown)


def hover_formats(ls: SeqServer) -> Sequence[types.MarkupKind] | None:
    text = ls.client_capabilities.text_document
    return text.hover.content_format if text and text.hover else None


def completion_formats(ls: SeqServer) -> Sequence[types.MarkupKind]:
    text = ls.client_capabilities.text_document
    item = text.completion.completion_item if text and text.completion else None
    return (item.documentation_format if item else None) or []


def positions(ls: SeqServer, analysis: Analysis) -> Positions:
    return Positions(ls.workspace.position_codec, analysis)


# --- diagnostics ---------------------------------------------------------------------------------


def diagnostic(where: Positions, problem: Problem) -> types.Diagnostic:
    span = problem.span if problem.span is not None and where.analysis.is_local(problem.span) \
        else None
    return types.Diagnostic(
        range=where.range(span),
        message=problem.message,
        severity=SEVERITY.get(problem.severity, types.DiagnosticSeverity.Information),
        code=problem.code,
        source=problem.origin,
    )


def publish(ls: SeqServer, uri: str) -> None:
    try:
        doc, found = ls.analysis(uri)
        where = positions(ls, found)
        diagnostics = [diagnostic(where, p) for p in found.problems]
    except Exception:
        log.exception("checking %s failed", uri)
        return
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=doc.version))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: SeqServer, params: types.DidOpenTextDocumentParams) -> None:
    publish(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: SeqServer, params: types.DidChangeTextDocumentParams) -> None:
    publish(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: SeqServer, params: types.DidSaveTextDocumentParams) -> None:
    # An included file may have changed on disk: check again.
    ls.analyses.pop(params.text_document.uri, None)
    publish(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: SeqServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.analyses.pop(params.text_document.uri, None)
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))


# --- hover, completion ---------------------------------------------------------------------------


@server.feature(types.TEXT_DOCUMENT_HOVER)
@guarded(None)
def on_hover(ls: SeqServer, params: types.HoverParams) -> types.Hover | None:
    doc, found = ls.analysis(params.text_document.uri)
    answer = hover.hover(found, point(doc, params.position))
    if answer is None:
        return None
    markdown, span = answer
    return types.Hover(
        contents=markup(hover_formats(ls), markdown),
        range=positions(ls, found).range(span) if span is not None else None,
    )


@server.feature(
    types.TEXT_DOCUMENT_COMPLETION,
    types.CompletionOptions(trigger_characters=[":", ".", "(", '"', "/"]),
)
@guarded(None)
def on_completion(ls: SeqServer, params: types.CompletionParams) -> types.CompletionList | None:
    doc, found = ls.analysis(params.text_document.uri)
    line, col = point(doc, params.position)
    lines = found.text.split("\n")
    prefix_text = lines[line - 1][: col - 1] if line <= len(lines) else ""
    typed = complete.WORD_CHARS.search(prefix_text)
    typed_len = len(typed.group(0)) if typed else 0
    start = doc.position_to_client_units(ServerTextPosition(line - 1, col - 1 - typed_len))
    replace = types.Range(start, params.position)
    include_at = include_position(found)
    formats = completion_formats(ls)
    items = []
    for item in complete.complete(found, prefix_text):
        completion = types.CompletionItem(
            label=item.label,
            kind=COMPLETION_KIND.get(item.kind),
            detail=item.detail or None,
            documentation=markup(formats, item.doc) if item.doc else None,
            sort_text=item.sort or None,
        )
        if item.insert is not None:
            completion.insert_text = item.insert
            completion.insert_text_format = types.InsertTextFormat.Snippet
        elif item.kind in ("word", "keyword"):
            completion.text_edit = types.TextEdit(range=replace, new_text=item.label)
        if item.include is not None:
            completion.additional_text_edits = [types.TextEdit(
                range=types.Range(include_at, include_at), new_text=item.include + "\n")]
            completion.detail = f"{item.detail}  (adds {item.include})"
        items.append(completion)
    return types.CompletionList(is_incomplete=False, items=items)


def include_position(found: Analysis) -> types.Position:
    """Where a new include line goes: after the last include, or at the top."""
    if found.module.includes:
        return types.Position(line=max(i.span.end_line for i in found.module.includes),
                              character=0)
    return types.Position(line=0, character=0)


# --- navigation ---------------------------------------------------------------------------


@server.feature(types.TEXT_DOCUMENT_DEFINITION)
@guarded(None)
def on_definition(ls: SeqServer, params: types.DefinitionParams) -> types.Location | None:
    doc, found = ls.analysis(params.text_document.uri)
    target = navigate.definition(found, point(doc, params.position))
    if target is None:
        return None
    if target.span is None:
        assert target.path is not None
        start = types.Position(0, 0)
        return types.Location(uri=from_fs_path(str(target.path)) or "",
                              range=types.Range(start, start))
    if found.is_local(target.span):
        uri = params.text_document.uri
    else:
        path = navigate.source_path(target.span.source)
        if path is None:
            return None
        uri = from_fs_path(str(path.resolve())) or ""
    return types.Location(uri=uri, range=positions(ls, found).range(target.span))


@server.feature(types.TEXT_DOCUMENT_REFERENCES)
@guarded(None)
def on_references(ls: SeqServer, params: types.ReferenceParams) -> list[types.Location] | None:
    doc, found = ls.analysis(params.text_document.uri)
    spans = navigate.references(found, point(doc, params.position),
                                params.context.include_declaration)
    where = positions(ls, found)
    return [types.Location(uri=params.text_document.uri, range=where.range(s)) for s in spans]


@server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
@guarded(None)
def on_prepare_rename(ls: SeqServer, params: types.PrepareRenameParams) -> types.Range | None:
    doc, found = ls.analysis(params.text_document.uri)
    span = navigate.rename_target(found, point(doc, params.position))
    return positions(ls, found).range(span) if span is not None else None


@server.feature(types.TEXT_DOCUMENT_RENAME, types.RenameOptions(prepare_provider=True))
@guarded(None)
def on_rename(ls: SeqServer, params: types.RenameParams) -> types.WorkspaceEdit | None:
    doc, found = ls.analysis(params.text_document.uri)
    pos = point(doc, params.position)
    if navigate.rename_target(found, pos) is None:
        return None
    problem = navigate.rename_problem(found, params.new_name)
    if problem is not None:
        ls.window_show_message(types.ShowMessageParams(types.MessageType.Error,
                                                       f"cannot rename: {problem}"))
        return None
    where = positions(ls, found)
    edits = [types.TextEdit(range=where.range(s), new_text=params.new_name)
             for s in navigate.references(found, pos)]
    return types.WorkspaceEdit(changes={params.text_document.uri: edits})


@server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
@guarded(None)
def on_symbols(ls: SeqServer, params: types.DocumentSymbolParams) -> list[types.DocumentSymbol]:
    _, found = ls.analysis(params.text_document.uri)
    where = positions(ls, found)

    def convert(symbol: navigate.Symbol) -> types.DocumentSymbol:
        return types.DocumentSymbol(
            name=symbol.name, kind=SYMBOL_KIND[symbol.kind], detail=symbol.detail or None,
            range=where.range(symbol.span), selection_range=where.range(symbol.selection),
            children=[convert(c) for c in symbol.children] or None)

    return [convert(s) for s in navigate.symbols(found)]


# --- code actions, tokens, hints -----------------------------------------------------------------


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix,
                                               types.CodeActionKind.RefactorRewrite]),
)
@guarded(None)
def on_code_action(ls: SeqServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    doc, found = ls.analysis(params.text_document.uri)
    where = positions(ls, found)
    answer = []
    start, end = point(doc, params.range.start), point(doc, params.range.end)
    for action in code_actions.actions(found, start, end):
        edits = [types.TextEdit(range=where.range(span), new_text=text)
                 for span, text in action.edits]
        answer.append(types.CodeAction(
            title=action.title,
            kind=action.kind,
            diagnostics=[diagnostic(where, action.problem)] if action.problem else None,
            edit=types.WorkspaceEdit(changes={params.text_document.uri: edits}),
            is_preferred=action.preferred or None,
        ))
    return answer


LEGEND = types.SemanticTokensLegend(token_types=tokens.TOKEN_TYPES,
                                    token_modifiers=tokens.TOKEN_MODIFIERS)


@server.feature(types.TEXT_DOCUMENT_SEMANTIC_TOKENS_FULL, LEGEND)
@guarded(None)
def on_semantic_tokens(ls: SeqServer, params: types.SemanticTokensParams) -> types.SemanticTokens:
    _, found = ls.analysis(params.text_document.uri)
    codec = ls.workspace.position_codec
    lines = found.text.split("\n")
    data: list[int] = []
    last_line, last_start = 0, 0
    for line, col, length, kind, modifiers in tokens.semantic_tokens(found):
        text = lines[line - 1] if line <= len(lines) else ""
        start = codec.client_num_units(text[: col - 1])
        width = codec.client_num_units(text[col - 1: col - 1 + length])
        line0 = line - 1
        delta_start = start - last_start if line0 == last_line else start
        bits = sum(1 << tokens.TOKEN_MODIFIERS.index(m) for m in modifiers)
        data += [line0 - last_line, delta_start, width, tokens.TOKEN_TYPES.index(kind), bits]
        last_line, last_start = line0, start
    return types.SemanticTokens(data=data)


@server.feature(types.TEXT_DOCUMENT_INLAY_HINT)
@guarded(None)
def on_inlay_hints(ls: SeqServer, params: types.InlayHintParams) -> list[types.InlayHint]:
    _, found = ls.analysis(params.text_document.uri)
    where = positions(ls, found)
    hints = tokens.inlay_hints(found, params.range.start.line + 1, params.range.end.line + 1)
    return [types.InlayHint(position=where.position(span, span.end_line, span.end_col),
                            label=effect, kind=types.InlayHintKind.Type, padding_left=True)
            for span, effect in hints]


def serve() -> int:
    logging.basicConfig(level=logging.WARNING, format="seqjit-lsp: %(levelname)s %(message)s")
    server.start_io()
    return 0

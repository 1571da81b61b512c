"""What inspect_request shows for the word under the cursor: what the
shared `:see` command shows (stack effect, where the word comes from, the
doc of a builtin, the source of a word defined in the session), with the
`#` comment lines written just above a user word's definition as its doc."""

from __future__ import annotations

import re
from dataclasses import dataclass

from seqjit.shell import commands, render
from seqjit.shell.highlight import WORD

_WORD = re.compile(WORD)


@dataclass
class Info:
    text: str
    html: str


def word_at(code: str, cursor: int) -> str | None:
    """The Seq word the cursor is in or just after."""
    for m in _WORD.finditer(code):
        if m.start() <= cursor <= m.end():
            return m.group()
        if m.start() > cursor:
            break
    return None


def word_info(session, name: str) -> Info | None:
    out = commands.run_command(session, f":see {name}")
    if not out.ok:
        return None
    text, html = out.text, out.html or render.plain(out.text).html
    word = session.world.program.words.get(name)
    doc = _doc_comment(word.definition.span) if word is not None else None
    if doc:
        head, _, rest = text.partition("\n")
        text = f"{head}\n{doc}\n{rest}".rstrip("\n")
        note = render.block_html(render.styled(doc, render.DIM)).html
        html = note + html if not html.startswith("<pre") else _after_first_line(html, doc)
    return Info(text, html)


def _after_first_line(html: str, doc: str) -> str:
    """The doc inserted under the head line of `:see`'s <pre>."""
    at = html.find("\n")
    if at < 0:
        return html
    return html[:at] + "\n" + render.styled(doc, render.DIM).html + html[at:]


def _doc_comment(span) -> str | None:
    """The `#` comment lines just above a definition (not `# seq:allow`)."""
    lines = span.source.text.split("\n")[: span.line - 1]
    doc: list[str] = []
    for line in reversed(lines):
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        if not stripped.startswith("# seq:allow"):
            doc.append(stripped.lstrip("#").strip())
    return "\n".join(reversed(doc)) or None

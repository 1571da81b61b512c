"""What inspect_request shows for the word under the cursor: the catalog's
entry for it (shell/catalog.py) as `:see` shows it, with the `#` comment
lines written just above a user word's definition as its doc, in a
text/plain and a text/html form."""

from __future__ import annotations

import re

from seqjit.shell import present, render
from seqjit.shell.catalog import Entry
from seqjit.shell.highlight import WORD

_WORD = re.compile(WORD)


def word_at(code: str, cursor: int) -> str | None:
    """The Seq word the cursor is in or just after."""
    for m in _WORD.finditer(code):
        if m.start() <= cursor <= m.end():
            return m.group()
        if m.start() > cursor:
            break
    return None


def inspect_data(entry: Entry) -> dict[str, str]:
    """The mime bundle of an inspect reply."""
    out = present.word(entry, comment=True)
    return {"text/plain": out.text, "text/html": render.block_html(out).html}

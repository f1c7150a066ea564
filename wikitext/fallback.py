"""A linear, parser-free markup stripper for input the parser should not (or could not) take."""

from __future__ import annotations

import html
import re

from wikitext.builder import Builder

# Each alternative is bounded or possessive in effect, so a scan is linear in the input.
_TOKEN = re.compile(
    r"<!--|&#?[A-Za-z0-9]{1,10};|</?[A-Za-z][^<>\n]{0,200}>|\[\[|\]\]|\{\{|\}\}|'{2,}|\|"
)
_DROP = {"[[": "", "]]": "", "{{": "", "}}": "", "|": " "}


def strip(text: str, base: int, b: Builder) -> None:
    """Copy `text` (which starts at wikitext offset `base`) without comments, tags, brackets."""
    i = 0
    n = len(text)
    while i < n:
        m = _TOKEN.search(text, i)
        if m is None:
            b.copy(text[i:], base + i)
            return
        b.copy(text[i:m.start()], base + i)
        i = _token(text, m, base, b)


def _token(text: str, m: re.Match[str], base: int, b: Builder) -> int:
    tok = m.group()
    if tok == "<!--":
        close = text.find("-->", m.end())
        return len(text) if close < 0 else close + 3
    if tok.startswith("&"):
        value = html.unescape(tok)
        b.make(" " if value == "\xa0" else value, base + m.start(), base + m.end())
    elif tok in _DROP:
        # Zero-width source: a made character never looks copied from a 1-character token.
        b.make(_DROP[tok], base + m.start(), base + m.start())
    elif tok.startswith("<") and tok[1:3].lower() == "br":
        b.separate("\n", base + m.start())
    return m.end()

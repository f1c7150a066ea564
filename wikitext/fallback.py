"""A linear, parser-free markup stripper for input the parser should not (or could not) take."""

from __future__ import annotations

import html
import re

from wikitext.accounts import link_target
from wikitext.builder import Builder
from wikitext.links import link_kind

# Each alternative is bounded or possessive in effect, so a scan is linear in the input.
_TOKEN = re.compile(
    r"<!--|&#?[A-Za-z0-9]{1,10};|</?[A-Za-z][^<>\n]{0,200}>|\[\[|\]\]|\{\{|\}\}|'{2,}|\|"
)
_DROP = {"[[": "", "]]": "", "{{": "", "}}": "", "|": " "}
# A simple link on one line: its label is kept and a user link still makes a mention.
_LINK = re.compile(r"\[\[([^\[\]|\n]{1,255})(?:\|([^\[\]\n]{0,255}))?\]\]")


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
    elif tok == "[[" and (link := _LINK.match(text, m.start())):
        return _link(link, base, b)
    elif tok in _DROP:
        # Zero-width source: a made character never looks copied from a 1-character token.
        b.make(_DROP[tok], base + m.start(), base + m.start())
    elif tok.startswith("<") and tok[1:3].lower() == "br":
        b.separate("\n", base + m.start())
    return m.end()


def _link(link: re.Match[str], base: int, b: Builder) -> int:
    title, label = link.group(1), link.group(2)
    kind = link_kind(title, label is not None)
    start = b.length
    if kind == "shown" or (kind == "file" and label):
        group = 2 if label else 1
        shown = link.group(group)
        offset = shown.rfind("|") + 1
        offset += len(shown[offset:]) - len(shown[offset:].lstrip(":"))
        b.copy(shown[offset:], base + link.start(group) + offset)
    target = link_target(title)
    if target is not None:
        b.mention(target[0], target[1], start)
    return link.end()

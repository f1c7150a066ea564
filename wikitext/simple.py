"""A linear fast path for added text whose only markup is the simplest kind.

Half of what a feed adds holds no markup but plain wikilinks (`[[Page]]`, `[[User:A|A]]`),
list and indent markers at a line's start (`*`, `#`, `:`) and whole-line headings
(`== Title ==`). Parsing that with mwparserfromhell cost a quarter of the judgement. Here it
reads in one pass and gives what the parser and walker give, exactly: same text, offset
map and mentions (tests/wikitext/test_simple.py compares the two on generated text).
Anything else (templates, tags, entities, external links in brackets, bold and italics, file
links, definition lists, rules) returns None, and the parser takes the text.
"""

from __future__ import annotations

import re

from mwparserfromhell.definitions import URI_SCHEMES

from wikitext.accounts import link_target
from wikitext.builder import Builder
from wikitext.links import link_kind, shown_title

# Inside a link: no bracket, brace, bar, angle, newline, entity or run of apostrophes.
_LINK = re.compile(r"\[\[([^\[\]{}|<>\n&]+)(?:\|([^\[\]{}|<>\n&]*))?\]\]")
_HEADING = re.compile(r"(={1,6})([^=\n]+)\1")
_MARKERS = re.compile(r"[*#:]*")
# What plain text between links must not hold: any of it means markup the parser reads.
_BLOCKER = re.compile(r"[\[\]{}<>|]|''|&[#A-Za-z]")
# What a line must not start with (after its list markers): a definition, a heading, a rule.
_LINE_BLOCKER = re.compile(r"[;=]|----")
_URL_START = re.compile(r"\s*([A-Za-z][A-Za-z0-9+.-]*):")


class NotSimple(Exception):
    """The text holds markup this path does not read."""


def convert(source: str, b: Builder) -> bool:
    """Write `source` into `b` as the parser's walk would; False (b left partly written, to
    be thrown away) when the text holds markup only the parser reads."""
    try:
        pos = 0
        for line in source.split("\n"):
            if pos:
                b.copy("\n", pos - 1)
            _line(line, pos, b)
            pos += len(line) + 1
    except NotSimple:
        return False
    return True


def _line(line: str, pos: int, b: Builder) -> None:
    if "''" in line:  # bold or italics, in a link's label too
        raise NotSimple
    heading = _HEADING.fullmatch(line)
    if heading:  # the parser's separator is never needed: a line's newline comes before it
        if _BLOCKER.search(heading.group(2)):
            raise NotSimple
        b.copy(heading.group(2), pos + heading.end(1))
        return
    i = _MARKERS.match(line).end()  # type: ignore[union-attr]  # "*" matches everything
    if _LINE_BLOCKER.match(line, i):
        raise NotSimple
    while True:
        link = _LINK.search(line, i)
        end = link.start() if link else len(line)
        if _BLOCKER.search(line, i, end):
            raise NotSimple
        b.copy(line[i:end], pos + i)
        if link is None:
            return
        _link(link, pos, b)
        i = link.end()


def _link(link: re.Match[str], pos: int, b: Builder) -> None:
    title, label = link.group(1), link.group(2)
    if not title.strip() or _url_like(title):
        raise NotSimple
    kind = link_kind(title, label is not None)
    if kind == "file":
        raise NotSimple
    start = b.length
    if kind == "shown":
        tpos = pos + link.start(1)
        if label is not None and label.strip():
            b.copy(label, pos + link.start(2))
        else:
            i, shown = shown_title(title, pipe_trick=label is not None)
            b.copy(shown, tpos + i)
    target = link_target(title)
    if target is not None:
        b.mention(target[0], target[1], start)


def _url_like(title: str) -> bool:
    """`[[http://...]]` is read by the parser as an external link in brackets (any scheme,
    with or without slashes, is left to it)."""
    match = _URL_START.match(title)
    return match is not None and match.group(1).lower() in URI_SCHEMES

"""Added wikitext -> plain text for the detectors, with an offset map and the accounts named."""

from __future__ import annotations

import logging
import re
import time
from array import array
from dataclasses import replace
from typing import TypeVar

import mwparserfromhell

from wikitext import budget, fallback, simple
from wikitext.builder import INVISIBLE, UNSAFE, Builder
from wikitext.plain import Mention, PlainText, TemplateParam, TemplateUse
from wikitext.signatures import find_timestamps, mark
from wikitext.walk import LinkTest, Walker

_S = TypeVar("_S", Mention, TemplateParam)

log = logging.getLogger("outingwatch.wikitext")

MAX_CHARS = 200_000
# Nothing here can start markup (line-start list markers are checked separately).
_MARKUP = re.compile(r"[\[{<'&=|]|(?:^|\n)[*#:;]")


def to_plain(
    wikitext: str, editor: str = "", max_chars: int = MAX_CHARS, keep_hidden: bool = False,
    link_kept: LinkTest | None = None, *, fast: bool = True,
) -> PlainText:
    """Plain text of `wikitext` (cut to `max_chars`, `truncated` says so). Never raises.

    `keep_hidden` also keeps what readers do not see but the revision holds: references and
    HTML comments, each on its own line. A labelled external link (`[url label]`) reads as its
    label, and also as its address first where `link_kept(url)` says so. Text whose only
    markup is simple (`wikitext.simple`) skips the parser unless `fast` is False: the result
    is the same (the tests compare both ways).
    """
    truncated = len(wikitext) > max_chars
    source = UNSAFE.sub("\ufffd", wikitext[:max_chars])
    if not _MARKUP.search(source) and not INVISIBLE.search(source):
        return _identity(source, editor, truncated)
    if fast:
        b = Builder()
        if simple.convert(source, b):
            return _finish(b, source, editor, truncated, False)
    try:
        b = Builder()
        used_fallback = _convert(source, b, Walker(source, b, keep_hidden, link_kept))
        return _finish(b, source, editor, truncated, used_fallback)
    except Exception as exc:  # the parser's failure modes are not documented; never crash
        log.warning("wikitext conversion failed (%s); linear stripper used", type(exc).__name__)
    try:
        b = Builder()
        fallback.strip(source, 0, b)
        return _finish(b, source, editor, truncated, True)
    except Exception as exc:
        log.error("linear stripper failed (%s); passing the text through", type(exc).__name__)
    return _identity(source, editor, truncated)


def _convert(source: str, b: Builder, walker: Walker) -> bool:
    """Parse piece by piece within the budget; True if any piece went to the linear stripper.
    One walker for all pieces: a template cut across pieces keeps its name."""
    deadline = time.monotonic() + budget.PARSE_SECONDS
    fell_back = False
    for piece in budget.plan(source):
        text = source[piece.start:piece.end]
        if not piece.parse or time.monotonic() > deadline:
            fallback.strip(text, piece.start, b)
            fell_back = True
            continue
        walker.run(mwparserfromhell.parse(text), piece.start)
    return fell_back


def _finish(b: Builder, source: str, editor: str, truncated: bool, fell_back: bool) -> PlainText:
    text = "".join(b.parts)
    starts, ends, mentions = b.starts, b.ends, b.mentions
    timestamps = find_timestamps(text)
    return PlainText(
        text=text,
        source_offsets=starts,
        source_ends=ends,
        mentions=mark([_trim_span(text, m) for m in mentions], timestamps, editor),
        templates=tuple(sorted(
            (_trim_template(text, t) for t in b.templates), key=lambda t: (t.start, -t.end)
        )),
        timestamps=timestamps,
        source_length=len(source),
        truncated=truncated,
        fallback=fell_back,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _trim_span(text: str, span: _S) -> _S:
    start, end = _trim(text, span.start, span.end)
    if start == span.start and end == span.end:
        return span  # most spans: a copy (dataclasses.replace is slow) would change nothing
    return replace(span, start=start, end=end)


def _trim_template(text: str, t: TemplateUse) -> TemplateUse:
    start, end = _trim(text, t.start, t.end)
    return replace(t, start=start, end=end, params=tuple(_trim_span(text, q) for q in t.params))


def _identity(source: str, editor: str, truncated: bool) -> PlainText:
    n = len(source)
    timestamps = find_timestamps(source)
    return PlainText(
        text=source,
        source_offsets=array("q", range(n)),
        source_ends=array("q", range(1, n + 1)),
        mentions=mark([], timestamps, editor),
        timestamps=timestamps,
        source_length=n,
        truncated=truncated,
    )

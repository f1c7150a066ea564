"""Keeps mwparserfromhell's worst case bounded.

Its tokenizer retries every construct it cannot close, and the cost grows with the square
(for some mixes the cube) of the text length: measured, 1,000 unclosed "{{a|" in 4,000
characters take 0.25 s, "{{a|<!--" repeated over 8,000 characters 27 s. So:
- a text is cut into pieces of at most SEGMENT_MAX characters, at line ends where no
  template or table is open when there is one; a longer well-formed template or table is
  kept whole up to LONG_PIECE_MAX (a template cut anyway degrades to its loose
  "| name = value" lines, which the walker understands);
- a piece with more than MAX_UNCLOSED unclosed openers is looked at line by line, and the
  lines that still have too many go to the linear stripper;
- once the pieces parsed so far took PARSE_SECONDS, the rest go to the linear stripper.
Measured worst case for a piece that passes: about 0.1 s (2,000 characters, 12 unclosed).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# A self-closing tag (<ref name=a/>) comes first so that it is not counted as an opener.
# "{{{a}}}" counts as "{{" and "}}", so "}}}}" closing two templates is read right.
_TOKENS = re.compile(
    r"<[A-Za-z][^<>]{0,300}/>|\{\{|\}\}|\{\||\|\}|\[\[|\]\]|\[|\]|<!--|-->|</"
    r"|<(?!br|hr|wbr)[A-Za-z]",
    re.IGNORECASE,
)
_CLOSES = {
    "}}": "{{", "|}": "{|", "]]": "[[", "]": "[", "-->": "<!--", "</": "<",
}
_BLOCK = re.compile(r"\{\{|\}\}|\{\||\|\}|\n")

SEGMENT_MAX = 2_000
SEGMENT_MIN = 500
LONG_PIECE_MAX = 16_000
MAX_UNCLOSED = 12
PARSE_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class Piece:
    start: int
    end: int
    parse: bool  # False: too many unclosed openers, give it to the linear stripper


def unclosed(text: str) -> int:
    """How many openers ({{, {|, [[, [, <tag, <!--) are left without a closer, per kind."""
    depth: dict[str, int] = {}
    for m in _TOKENS.finditer(text):
        tok = m.group()
        if tok.endswith("/>"):
            continue
        opener = _CLOSES.get(tok)
        if opener is None:
            key = "<" if tok.startswith("<") and tok != "<!--" else tok
            depth[key] = depth.get(key, 0) + 1
        elif depth.get(opener, 0):
            depth[opener] -= 1
    return sum(depth.values())


def plan(text: str) -> list[Piece]:
    """The pieces to convert, in order, covering the whole text."""
    pieces = []
    for start, end in _cuts(text):
        if unclosed(text[start:end]) <= MAX_UNCLOSED:
            pieces.append(Piece(start, end, True))
        else:  # isolate the bad lines so that the good ones around them still parse
            lines = _lines(text, start, end)
            pieces += [Piece(s, e, unclosed(text[s:e]) <= MAX_UNCLOSED) for s, e in lines]
    return pieces


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while start < end:
        nl = text.find("\n", start, end)
        stop = end if nl < 0 else nl + 1
        spans.append((start, stop))
        start = stop
    return spans


def _cuts(text: str) -> list[tuple[int, int]]:
    if len(text) <= SEGMENT_MAX:
        return [(0, len(text))]
    lines, closed = _line_ends(text)
    spans, start = [], 0
    while start < len(text):
        end = _cut(text, start, lines, closed)
        spans.append((start, end))
        start = end
    return spans


def _line_ends(text: str) -> tuple[list[int], list[int]]:
    """Offsets just after each newline; and those where no template or table is open."""
    lines, closed, depth = [], [], 0
    for m in _BLOCK.finditer(text):
        tok = m.group()
        if tok == "\n":
            lines.append(m.end())
            if depth == 0:
                closed.append(m.end())
        else:
            depth = depth + 1 if tok[0] == "{" else max(0, depth - 1)
    return lines, closed


def _cut(text: str, start: int, lines: list[int], closed: list[int]) -> int:
    hi = start + SEGMENT_MAX
    if hi >= len(text):
        return len(text)
    end = _last_between(closed, start + SEGMENT_MIN, hi)
    if end is None:
        end = _long_piece(text, start, closed)
    if end is None:
        end = _last_between(lines, start + SEGMENT_MIN, hi)
    return hi if end is None else end


def _long_piece(text: str, start: int, closed: list[int]) -> int | None:
    """The end of a template or table longer than SEGMENT_MAX (a country infobox), if it is
    well-formed enough to parse whole."""
    k = bisect_right(closed, start + SEGMENT_MAX)
    if k == len(closed) or closed[k] > start + LONG_PIECE_MAX:
        return None
    end = closed[k]
    return end if unclosed(text[start:end]) <= MAX_UNCLOSED else None


def _last_between(offsets: list[int], lo: int, hi: int) -> int | None:
    k = bisect_right(offsets, hi)
    if k and offsets[k - 1] > lo:
        return offsets[k - 1]
    return None

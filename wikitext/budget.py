"""Keeps mwparserfromhell's worst case bounded.

Its tokenizer retries every construct it cannot close, so N unclosed openers in a text of
length L cost about N * L (measured: 1,000 unclosed "{{a|" in 4,000 characters take 0.25 s,
in 8,000 about 1 s). We estimate N with one linear scan, parse small or well-formed texts
whole, cut large badly-formed ones at line ends into short segments, and give segments that
would still cost too much to the linear stripper.
"""

from __future__ import annotations

import re

# A self-closing tag (<ref name=a/>) comes first so that it is not counted as an opener.
_TOKENS = re.compile(
    r"<[A-Za-z][^<>]{0,300}/>|\{\{\{|\}\}\}|\{\{|\}\}|\[\[|\]\]|\[|\]|<!--|-->|</"
    r"|<(?!br|hr|wbr)[A-Za-z]",
    re.IGNORECASE,
)
_CLOSES = {"}}}": "{{{", "}}": "{{", "]]": "[[", "]": "[", "-->": "<!--", "</": "<"}

WHOLE_BUDGET = 4_000_000
SEGMENT = 2_000
SEGMENT_BUDGET = 1_000_000
TOTAL_BUDGET = 8_000_000


def unclosed(text: str) -> int:
    """How many openers ({{, [[, [, <tag, <!--) are left without a closer, per kind."""
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


def cost(text: str) -> int:
    return unclosed(text) * len(text)


def segments(text: str) -> list[tuple[int, int]]:
    """[start, end) pieces of at most SEGMENT characters, cut after a newline where possible."""
    spans = []
    start = 0
    while start < len(text):
        end = min(len(text), start + SEGMENT)
        if end < len(text):
            nl = text.rfind("\n", start + SEGMENT // 4, end)
            end = nl + 1 if nl >= 0 else end
        spans.append((start, end))
        start = end
    return spans

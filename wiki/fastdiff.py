"""A fast reader of wikidiff2's table markup: rows that read as `TableReader`'s do, or None.

wikidiff2 writes a fixed, small markup: rows of `<td>` cells holding text, `<div>`, `<br />`,
`<ins>`/`<del>` and, in moved paragraphs' marker cells, `<a>` links. This scanner reads exactly
that with `str.find` and a few compiled regexes, possessive where they could backtrack, so each
is linear. Rows that cannot add or remove anything (context and line-number rows, however long)
are matched whole by one regex and skipped; a plain wholly added or deleted line (a div of text)
is matched whole by another. The other rows are read tag by tag with `TableReader`'s rules (the
same `Cell` and `Row`), so `diffparse` reads them alike.

Anything else (nested tables as in Wikibase bodies, comments other than `<!--LINE n-->`, other
tags, upper case, unquoted or single-quoted attributes, a stray `<`) returns None: the caller
then reads the body with the html.parser reference.
"""

from __future__ import annotations

import re
from html import unescape

from wiki.tablereader import Cell, Row

__all__ = ["scan_rows"]

_WS = r"[ \t\n\r\f]"
_ATTRS = rf'(?:{_WS}++[a-z][a-z0-9-]*+(?:="[^"<>]*+")?+)*+{_WS}*+'
_INLINE = r"(?:div|span|ins|del|a|p|b|i)"
_NAMES = rf"(?:tr|td|th|br|{_INLINE})"
_COMMENT = r"!--[^<>-]*+--"
_TAG = re.compile(
    rf"<(?:(?P<name>{_NAMES})(?P<attrs>{_ATTRS})(?P<close>/?)>|/(?P<end>{_NAMES})>|{_COMMENT}>)"
)
_ATTR = re.compile(r'([a-z][a-z0-9-]*)(?:="([^"]*)")?')
# A cell that reads as context, empty, line number or marker: its row adds and removes nothing.
_QUIET_CLASS = r"diff-marker|diff-lineno|diff-(?:context|empty)(?: diff-side-(?:deleted|added))?"
_QUIET_ATTRS = (
    rf'(?: colspan="[0-9]++")? class="(?:{_QUIET_CLASS})"(?: (?:data-marker|id)="[^"<>]*+")?'
)
_INNER = rf"(?:{_INLINE}{_ATTRS}|/{_INLINE}|br{_ATTRS}/?|{_COMMENT})"
_CONTENT = rf"[^<]*+(?:<{_INNER}>[^<]*+)*+"
_QUIET_ROW = re.compile(rf"<tr>(?:{_WS}*+<td{_QUIET_ATTRS}>{_CONTENT}</td>)++{_WS}*+</tr>")
_LINE = r"(?:<div>([^<]*+)</div>|<br />)"
_ADDED_ROW = re.compile(
    rf'<tr>{_WS}*+<td colspan="2" class="diff-empty diff-side-deleted"></td>{_WS}*+'
    rf'<td class="diff-marker" data-marker="\+"></td>{_WS}*+'
    rf'<td class="diff-addedline diff-side-added">{_LINE}</td>{_WS}*+</tr>'
)
_DELETED_ROW = re.compile(
    rf'<tr>{_WS}*+<td class="diff-marker" data-marker="−"></td>{_WS}*+'
    rf'<td class="diff-deletedline diff-side-deleted">{_LINE}</td>{_WS}*+'
    rf'<td colspan="2" class="diff-empty diff-side-added"></td>{_WS}*+</tr>'
)
_PLAIN_ROWS = (
    (_ADDED_ROW, "+", frozenset({"diff-addedline", "diff-side-added"})),
    (_DELETED_ROW, "−", frozenset({"diff-deletedline", "diff-side-deleted"})),
)
_STRUCTURE = frozenset({"tr", "td", "th"})
_SPANS = frozenset({"ins", "del"})


class _Unfamiliar(Exception):
    """Markup the scanner does not fully understand."""


def scan_rows(body: str) -> list[Row] | None:
    """The rows with something to read, read as `TableReader` would; None for unfamiliar markup."""
    if "<table" in body:  # Wikibase's rendered HTML: no use starting
        return None
    scanner = _Scanner(body)
    try:
        scanner.run()
    except _Unfamiliar:
        return None
    return scanner.rows


class _Scanner:
    def __init__(self, body: str) -> None:
        self.body = body
        self.rows: list[Row] = []
        self._row: Row | None = None
        self._cell: Cell | None = None

    def run(self) -> None:
        body, pos = self.body, 0
        while (lt := body.find("<", pos)) >= 0:
            self._data(body[pos:lt])
            pos = self._tag(lt)
        self._data(body[pos:])
        self._end_row()

    def _tag(self, at: int) -> int:
        """Read the tag at `at` (or skip a quiet row); where the scan goes on."""
        if self.body.startswith("<tr>", at) and (whole := self._whole_row(at)):
            return whole
        match = _TAG.match(self.body, at)
        if match is None:
            raise _Unfamiliar
        name, end = match["name"], match["end"]
        if name is not None:
            self._start(name, match["attrs"], bool(match["close"]))
        elif end is not None:
            self._end(end)
        return match.end()

    def _whole_row(self, at: int) -> int:
        """Skip a quiet row or read a plain wholly added or deleted line at once; its end, or 0."""
        quiet = _QUIET_ROW.match(self.body, at)
        if quiet is not None:
            self._end_row()
            return quiet.end()
        for pattern, sign, classes in _PLAIN_ROWS:
            plain = pattern.match(self.body, at)
            if plain is not None:
                self._end_row()
                self.rows.append(_plain_row(sign, classes, plain[1] or ""))
                return plain.end()
        return 0

    def _data(self, text: str) -> None:
        if self._cell is not None and text:
            self._cell.append(unescape(text) if "&" in text else text)

    def _start(self, name: str, attrs: str, self_closing: bool) -> None:
        if self_closing:
            if name != "br":
                raise _Unfamiliar
            self._inner(name, attrs)
        elif name in _STRUCTURE:
            self._structure(name, attrs)
        elif self._cell is not None:
            self._inner(name, attrs)

    def _structure(self, name: str, attrs: str) -> None:
        if name == "tr":
            self._end_row()
            self._row = Row()
            return
        self._end_cell()
        if self._row is None:
            self._row = Row()
        values = _values(attrs)
        self._cell = Cell(frozenset(values.get("class", "").split()), values.get("data-marker", ""))

    def _inner(self, name: str, attrs: str) -> None:
        cell = self._cell
        if cell is None:
            return
        if name == "br":
            if cell.length:
                cell.append("\n")
        elif name in _SPANS:
            cell.open_span(name)
        elif name == "a" and "mw-diff-movedpara" in _values(attrs).get("class", ""):
            cell.moved = True

    def _end(self, name: str) -> None:
        if name == "tr":
            self._end_row()
        elif self._cell is None:
            return
        elif name in ("td", "th"):
            self._end_cell()
        elif name in _SPANS:
            self._cell.close_span(name)

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            self._cell.finish()
            self._row.cells.append(self._cell)
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and self._row.cells:
            self.rows.append(self._row)
        self._row = None


def _plain_row(sign: str, classes: frozenset[str], text: str) -> Row:
    """A wholly added or deleted line's row: its marker and its line (the empty side reads as
    nothing, so it is left out)."""
    marker, cell = Cell(frozenset({"diff-marker"}), sign), Cell(classes)
    cell.append(unescape(text) if "&" in text else text)
    marker.finish()
    cell.finish()
    return Row([marker, cell])


def _values(attrs: str) -> dict[str, str]:
    """Attribute values as html.parser gives them (entities decoded, the last of a name wins)."""
    return {name: unescape(value) for name, value in _ATTR.findall(attrs)}

"""A tolerant reader of diff table rows: cells with their classes, text and `<ins>`/`<del>` spans.

Built on the standard library's HTMLParser, which never fails on broken markup; a missing
`</td>` or `</tr>` closes the open cell or row when the next one starts. Tables nested in a cell
(Wikibase renders HTML there) are cell content, not rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

_SPAN_TAGS = ("ins", "del")


@dataclass(slots=True)
class Cell:
    classes: frozenset[str]
    marker: str = ""
    moved: bool = False
    parts: list[str] = field(default_factory=list)
    length: int = 0
    ins: list[tuple[int, int]] = field(default_factory=list)
    dels: list[tuple[int, int]] = field(default_factory=list)
    open_spans: dict[str, list[int]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def append(self, data: str) -> None:
        if data:
            self.parts.append(data)
            self.length += len(data)

    def open_span(self, tag: str) -> None:
        self.open_spans.setdefault(tag, []).append(self.length)

    def close_span(self, tag: str) -> None:
        starts = self.open_spans.get(tag)
        if starts:
            (self.ins if tag == "ins" else self.dels).append((starts.pop(), self.length))

    def finish(self) -> None:
        for tag in _SPAN_TAGS:
            while self.open_spans.get(tag):
                self.close_span(tag)
        if not self.marker.strip():
            self.marker = self.text.strip()


@dataclass(slots=True)
class Row:
    cells: list[Cell] = field(default_factory=list)


def _attrs(attrs: list[tuple[str, str | None]]) -> dict[str, str]:
    return {name.lower(): value or "" for name, value in attrs}


class TableReader(HTMLParser):
    """Collects the top-level rows of a diff table body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[Row] = []
        self._row: Row | None = None
        self._cell: Cell | None = None
        self._nested = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._nested == 0 and tag in ("tr", "td", "th"):
            self._start_structure(tag, _attrs(attrs))
        elif self._cell is not None:
            self._inner_start(tag, _attrs(attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._cell is not None and tag == "br" and self._cell.length:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._cell is None:
            if tag == "tr" and self._nested == 0:
                self._end_row()
            return
        if tag == "table" and self._nested:
            self._nested -= 1
        elif self._nested == 0 and tag in ("td", "th"):
            self._end_cell()
        elif self._nested == 0 and tag == "tr":
            self._end_row()
        elif tag in _SPAN_TAGS:
            self._cell.close_span(tag)

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def close(self) -> None:
        super().close()
        self._end_row()

    def _start_structure(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "tr":
            self._end_row()
            self._row = Row()
            return
        self._end_cell()
        if self._row is None:
            self._row = Row()
        self._cell = Cell(frozenset(attrs.get("class", "").split()), attrs.get("data-marker", ""))

    def _inner_start(self, tag: str, attrs: dict[str, str]) -> None:
        assert self._cell is not None
        if tag == "table":
            self._nested += 1
        elif tag in ("td", "th") and self._cell.length:
            self._cell.append(" ")
        elif tag == "br" and self._cell.length:
            self._cell.append("\n")
        elif tag in _SPAN_TAGS:
            self._cell.open_span(tag)
        elif tag == "a" and "mw-diff-movedpara" in attrs.get("class", ""):
            self._cell.moved = True

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            self._cell.finish()
            self._row.cells.append(self._cell)
        self._cell = None
        self._nested = 0

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and self._row.cells:
            self.rows.append(self._row)
        self._row = None

"""What an edit added, read from MediaWiki's table diff (`action=compare` `body`).

A row of the table is one line: context, wholly added, wholly deleted, changed (a deleted and an
added cell side by side, the word changes in `<ins>`/`<del>`), or moved (the marker cell links to
the other end with `mw-diff-movedpara-left|right`). Only new text counts as added: a wholly added
line, the `<ins>` pieces of a changed or moved line. Deleted text goes to `removed`, never to
`added`. Both the current markup (`data-marker`, `diff-side-*`) and the older one (the marker as
cell text, `diff-empty`) are read; Wikibase bodies nest rendered HTML, tables included, in cells.
"""

from __future__ import annotations

from dataclasses import dataclass

from wiki.fastdiff import scan_rows
from wiki.tablereader import Cell, Row, TableReader

__all__ = [
    "AddedFragment",
    "DiffText",
    "added_wikitext",
    "merge_spans",
    "parse_table_diff",
    "parse_table_diff_reference",
    "removed_wikitext",
]

_DELETED_MARKERS = frozenset({"−", "-", "\\u2212", "&minus;"})


@dataclass(frozen=True, slots=True)
class AddedFragment:
    """New text: `line[start:end] == text`; `whole_line` when the line itself is new.

    Wholly added lines are fragments even when blank; inserted pieces never are.
    """

    text: str
    line: str
    start: int
    end: int
    whole_line: bool


@dataclass(frozen=True, slots=True)
class DiffText:
    added: tuple[AddedFragment, ...] = ()
    removed: tuple[str, ...] = ()


def added_wikitext(diff: DiffText) -> str:
    """The added wikitext as one string, one fragment a line (like the corpus `added`)."""
    return "\n".join(fragment.text for fragment in diff.added).strip("\n")


def removed_wikitext(diff: DiffText) -> str:
    return "\n".join(diff.removed)


def merge_spans(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join spans only whitespace apart: `<ins>0583</ins> <ins>555</ins>` is one number."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and not line[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def parse_table_diff(body: str) -> DiffText:
    """Parse a compare body; never raises on odd markup (what cannot be read is left out).

    wikidiff2's own markup is read by the fast scanner (wiki.fastdiff); a body it does not fully
    understand (Wikibase's nested tables, say) by the html.parser reference, with the same result.
    """
    rows = scan_rows(body)
    return _diff_text(rows if rows is not None else _reference_rows(body))


def parse_table_diff_reference(body: str) -> DiffText:
    """The html.parser reading of any body: what the fast scanner must agree with."""
    return _diff_text(_reference_rows(body))


def _reference_rows(body: str) -> list[Row]:
    reader = TableReader()
    reader.feed(body)
    reader.close()
    return reader.rows


def _diff_text(rows: list[Row]) -> DiffText:
    added: list[AddedFragment] = []
    removed: list[str] = []
    for row in rows:
        _read_row(row, added, removed)
    return DiffText(tuple(added), tuple(removed))


def _kind(cell: Cell, marker: Cell | None) -> str:
    for kind in ("lineno", "addedline", "deletedline", "context", "empty"):
        if f"diff-{kind}" in cell.classes:
            return kind
    if marker is not None and marker.marker == "+":
        return "addedline"
    if marker is not None and marker.marker in _DELETED_MARKERS:
        return "deletedline"
    return "empty"


def _sides(row: Row) -> dict[str, tuple[Cell, Cell | None]]:
    """Content cells by kind, each with the marker cell just before it."""
    sides: dict[str, tuple[Cell, Cell | None]] = {}
    marker: Cell | None = None
    for cell in row.cells:
        if "diff-marker" in cell.classes:
            marker = cell
            continue
        sides.setdefault(_kind(cell, marker), (cell, marker))
        marker = None
    return sides


def _read_row(row: Row, added: list[AddedFragment], removed: list[str]) -> None:
    sides = _sides(row)
    if "lineno" in sides:
        return
    new, old = sides.get("addedline"), sides.get("deletedline")
    if new is not None:
        whole = old is None and not _moved(new[1])
        added.extend(_added_fragments(new[0], whole))
    if old is not None:
        whole = new is None and not _moved(old[1])
        removed.extend(_removed_pieces(old[0], whole))


def _moved(marker: Cell | None) -> bool:
    return marker is not None and marker.moved


def _added_fragments(cell: Cell, whole: bool) -> list[AddedFragment]:
    line = cell.text
    if whole:  # blank lines too: they keep an added block's paragraphs apart
        return [AddedFragment(line, line, 0, len(line), True)]
    return [
        AddedFragment(line[start:end], line, start, end, False)
        for start, end in merge_spans(line, cell.ins)
        if line[start:end].strip()
    ]


def _removed_pieces(cell: Cell, whole: bool) -> list[str]:
    line = cell.text
    if whole:
        return [line] if line.strip() else []
    pieces = (line[start:end] for start, end in merge_spans(line, cell.dels))
    return [piece for piece in pieces if piece.strip()]

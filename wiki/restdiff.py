"""What an edit added, read from the REST compare JSON (`diff[]`, wikidiff2's inline JSON).

Item types: 0 context, 1 added line, 2 deleted line, 3 changed line, 4 moved away, 5 moved here.
In a changed or moved line `text` holds both sides; `highlightRanges` (type 0 inserted, 1
deleted) count UTF-8 bytes. The client uses the Action API (see wiki/client.py); this reader
exists so the same `DiffText` can come from either form, and cross-checks the table reader.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wiki.diffparse import AddedFragment, DiffText, merge_spans

_ADDED, _DELETED, _CHANGED, _MOVED_AWAY, _MOVED_HERE = 1, 2, 3, 4, 5
_INSERTED_RANGE, _DELETED_RANGE = 0, 1


def parse_rest_diff(payload: Any) -> DiffText:
    """Parse `{"diff": [...]}`; items that are not well formed are left out, nothing raises."""
    items = payload.get("diff") if isinstance(payload, Mapping) else None
    added: list[AddedFragment] = []
    removed: list[str] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, Mapping) and isinstance(item.get("text"), str):
            _read_item(item, added, removed)
    return DiffText(tuple(added), tuple(removed))


def _read_item(item: Mapping[str, Any], added: list[AddedFragment], removed: list[str]) -> None:
    kind, text = item.get("type"), item["text"]
    if kind == _ADDED:
        added.append(AddedFragment(text, text, 0, len(text), True))
    elif kind == _DELETED and text.strip():
        removed.append(text)
    elif kind in (_CHANGED, _MOVED_AWAY, _MOVED_HERE):
        _read_changed(text, _ranges(item), added, removed)


def _ranges(item: Mapping[str, Any]) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    ranges = item.get("highlightRanges")
    for rng in ranges if isinstance(ranges, list) else []:
        if isinstance(rng, Mapping):
            start, length, kind = rng.get("start"), rng.get("length"), rng.get("type")
            if isinstance(start, int) and isinstance(length, int) and start >= 0 <= length:
                out.append((start, start + length, kind if isinstance(kind, int) else -1))
    return sorted(out)


def _read_changed(
    text: str,
    ranges: list[tuple[int, int, int]],
    added: list[AddedFragment],
    removed: list[str],
) -> None:
    """Rebuild the new line (the text without deleted ranges) and its inserted spans."""
    raw = text.encode("utf-8")
    new_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    position = length = 0
    for start, end, kind in ranges:
        if start < position:
            continue
        length += _take(new_parts, raw[position:start])
        piece = raw[start:end].decode("utf-8", "replace")
        if kind == _DELETED_RANGE:
            if piece.strip():
                removed.append(piece)
        else:
            taken = _take(new_parts, raw[start:end])
            if kind == _INSERTED_RANGE:
                spans.append((length, length + taken))
            length += taken
        position = end
    _take(new_parts, raw[position:])
    line = "".join(new_parts)
    for start, end in merge_spans(line, spans):
        if line[start:end].strip():
            added.append(AddedFragment(line[start:end], line, start, end, False))


def _take(parts: list[str], raw: bytes) -> int:
    piece = raw.decode("utf-8", "replace")
    parts.append(piece)
    return len(piece)

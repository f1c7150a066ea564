"""spaCy NER over the parts of a text where entities can change the decision.

Long texts (whole articles, long threads) are cut into windows around the triggers (candidate
findings, identity cues); short ones go whole. Entity offsets are mapped back to the full text
and handed to detectors as a doc-like `Entities` view (`.text`, `.ents`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Entity:
    start_char: int
    end_char: int
    label_: str


@dataclass(frozen=True, slots=True)
class Entities:
    text: str
    ents: tuple[Entity, ...]


def windows(length: int, triggers: Sequence[tuple[int, int]], radius: int,
            whole_below: int) -> list[tuple[int, int]]:
    """Merged [lo, hi) spans of `radius` characters around each trigger (or the whole text)."""
    if not triggers:
        return []
    if length <= whole_below:
        return [(0, length)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(triggers):
        lo, hi = max(0, start - radius), min(length, end + radius)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def recognise(nlp: Any, jobs: Sequence[tuple[str, list[tuple[int, int]]]],
              batch_size: int = 32) -> list[Entities]:
    """One `Entities` per (text, windows) job, with a single nlp.pipe over every window."""
    pieces = [(index, lo, text[lo:hi]) for index, (text, spans) in enumerate(jobs)
              for lo, hi in spans]
    found: list[list[Entity]] = [[] for _ in jobs]
    docs = nlp.pipe((piece for _, _, piece in pieces), batch_size=batch_size)
    for (index, lo, _), doc in zip(pieces, docs, strict=True):
        found[index].extend(Entity(e.start_char + lo, e.end_char + lo, e.label_) for e in doc.ents)
    return [Entities(text, tuple(ents)) for (text, _), ents in zip(jobs, found, strict=True)]

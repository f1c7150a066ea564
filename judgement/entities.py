"""spaCy NER over the parts of a text where entities can change the decision.

Long texts (whole articles, long threads) are cut into windows around the triggers (candidate
findings, identity cues); short ones go whole. Entity offsets are mapped back to the full text
and handed to detectors as a doc-like `Entities` view (`.text`, `.ents`), with every model's
labels in the OntoNotes names (WikiNER's PER is PERSON).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from detectors.nlp import LABELS


@dataclass(frozen=True, slots=True)
class Entity:
    start_char: int
    end_char: int
    label_: str


@dataclass(frozen=True, slots=True)
class Entities:
    text: str
    ents: tuple[Entity, ...]


_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿā-ž'’\\-"
# Two or more capitalised words in a row, not opening a sentence, or two words in capitals:
# what spaCy's models can take for a person or an organisation. A text without one rarely
# holds an entity worth the model's time.
# Both shapes open with a capital: a look-ahead on it turns every other offset down in one
# step, before the look-behinds and the alternation (the same matches, a quarter of the time).
_NAME_SHAPED = re.compile(
    rf"(?=[{_UPPER}])(?:"
    rf"(?<![.!?]\s)(?<!^)\b[{_UPPER}][{_LOWER}]+(?:[ \t]+[{_UPPER}][{_LOWER}]+)+"
    rf"|\b[{_UPPER}]{{2,}}[ \t]+[{_UPPER}]{{2,}}\b)"
)


def name_shaped(text: str) -> bool:
    """Whether `text` holds a run of capitalised words that NER could take for a name."""
    return _NAME_SHAPED.search(text) is not None


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
        found[index].extend(Entity(e.start_char + lo, e.end_char + lo,
                                   LABELS.get(e.label_, e.label_)) for e in doc.ents)
    return [Entities(text, tuple(ents)) for (text, _), ents in zip(jobs, found, strict=True)]

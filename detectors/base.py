"""The detector contract: one plain text in, frozen findings out.

spaCy runs once per text (in a worker process) and every detector that wants entities reads
`TextContext.doc`; pattern detectors ignore it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from detectors.finding import Finding


@dataclass(frozen=True, slots=True)
class TextContext:
    text: str  # the plain text the edit added (wikitext already stripped)
    language: str = "en"  # the wiki's content language ("commonswiki" → "en")
    regions: tuple[str, ...] = ()  # phonenumbers regions to try besides "+" numbers
    doc: Any = None  # a spaCy Doc of `text`, when the judgement decided NER is worth running
    # wikitext TemplateUse of the edit (name, params with plain-text offsets), when known
    templates: tuple[Any, ...] = ()


class Detector(Protocol):
    name: str

    def detect(self, ctx: TextContext) -> list[Finding]: ...

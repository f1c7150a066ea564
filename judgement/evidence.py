"""Everything the rules look at for one edit, computed once: plain text, sentences, cue spans,
entities, enclosing templates of each offset, the accounts the edit names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from detectors.dates import LIFESPAN_RE, years
from judgement.config import JudgeConfig
from judgement.cues import Cues
from judgement.page import Page

# checked after the full stop is found (a look-behind per character would be slow)
_ABBREVIATIONS = "".join(
    rf"(?<!\b{abbreviation}\.)" for abbreviation in
    ("Dr", "Mr", "Ms", "St", "no", "Nr", "nr", "Tel", "tel", "geb", "Prof", "Mrs", "Apt", "v\\.l")
) + r"(?<!\b[A-Z]\.)(?<!\b\d\.)(?<!\b\d\d\.)"  # initials; ordinals ("12. Mai")
_SENTENCE_END = re.compile(rf"[.!?]{_ABBREVIATIONS}(?=\s+[\"'(\[A-ZÀ-Ý])|\n+")
_PRONOUN_I = re.compile(r"(?<![\w'])I(?![\w'’])")
PRONOUNS = ("first_person", "first_subject", "second_person", "third_person")


@dataclass
class Evidence:
    text: str
    page: Page
    config: JudgeConfig
    cues: Cues
    templates: Sequence[Any]  # wikitext TemplateUse: name, start, end, params (plain offsets)
    accounts: set[str]  # accounts the edit names, lower-case, without the editor
    mention_spans: list[tuple[int, int]]
    persons: list[tuple[int, int]] = field(default_factory=list)
    orgs: list[tuple[int, int]] = field(default_factory=list)
    _cue_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _bounds: list[int] = field(default_factory=list)

    @property
    def bounds(self) -> list[int]:
        """Sentence starts (and the text's end), computed on first use."""
        if not self._bounds:
            ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
            self._bounds = [0, *ends, len(self.text)]
        return self._bounds

    def cue(self, category: str) -> list[tuple[int, int]]:
        if category not in self._cue_spans:
            spans = self.cues.spans(category, self.text)
            if category == "first_subject":
                capital_i = [(m.start(), m.end()) for m in _PRONOUN_I.finditer(self.text)]
                spans = sorted(spans + capital_i)
            self._cue_spans[category] = spans
        return self._cue_spans[category]

    def has(self, category: str, lo: int, hi: int) -> bool:
        return any(lo <= s and e <= hi for s, e in self.cue(category))

    def sentence(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The sentence (or line) holding [start, end)."""
        end = start if end is None else end
        i = max(0, bisect.bisect_right(self.bounds, start) - 1)
        j = min(len(self.bounds) - 1, bisect.bisect_left(self.bounds, max(end, start + 1)))
        return self.bounds[i], self.bounds[j]

    def next_sentence(self, lo: int, hi: int) -> tuple[int, int]:
        if hi >= len(self.text):
            return lo, hi
        return lo, self.sentence(min(hi + 1, len(self.text) - 1))[1]

    def pronoun_left(self, start: int, within: int | None = None) -> str:
        """The person (first/second/third) of the nearest pronoun before `start` in its
        sentence, at most `within` characters away (default: the configured window)."""
        reach = int(self.config["pronoun_window"]) if within is None else within
        lo = max(self.sentence(start)[0], start - reach)
        best, best_end = "", -1
        for category in PRONOUNS:
            for s, e in self.cue(category):
                if lo <= s and e <= start and e > best_end:
                    best, best_end = category, e
        if best and any(best_end <= s and e <= start for s, e in self.persons):
            return "third_person"  # "between me and Jane Doe (ID ...)": the data is Jane's
        return best

    def templates_at(self, start: int) -> list[tuple[str, str]]:
        """(template name, parameter name) of each template around `start`, innermost first."""
        around = sorted((t for t in self.templates if t.start <= start < t.end),
                        key=lambda t: t.end - t.start)
        return [(str(t.name).lower(), _param_at(t, start)) for t in around]

    def historical(self, start: int, end: int) -> bool:
        window = int(self.config["window"])
        lo, hi = max(0, start - window), min(len(self.text), end + window)
        if LIFESPAN_RE.search(self.text, lo, hi) or self.has("historical", lo, hi):
            return True
        found = years(self.text)
        return bool(found) and max(found) < int(self.config["historical_before_year"])

    def in_mention(self, start: int, end: int) -> bool:
        return any(s <= start < e or s < end <= e for s, e in self.mention_spans)


def _param_at(template: Any, offset: int) -> str:
    for param in template.params:
        if param.start <= offset < param.end:
            return str(param.name).lower()
    return ""

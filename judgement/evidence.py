"""Everything the rules look at for one edit, computed once: plain text, sentences, cue spans,
entities, enclosing templates of each offset, the accounts the edit names.

Whole-text work (cue scans, sentence bounds, years, the template tree) happens once per text;
each question a rule asks about one finding is then a binary search, so the judgement's time
grows with findings plus text, never with their product.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from detectors.dates import LIFESPAN_RE, years
from judgement.config import JudgeConfig
from judgement.cues import Cues, WordIndex
from judgement.page import Page

# checked after the full stop is found (a look-behind per character would be slow)
_ABBREVIATIONS = "".join(
    rf"(?<!\b{abbreviation}\.)" for abbreviation in
    ("Dr", "Mr", "Ms", "St", "no", "Nr", "nr", "Tel", "tel", "geb", "Prof", "Mrs", "Apt", "v\\.l")
) + r"(?<!\b[A-Z]\.)(?<!\b\d\.)(?<!\b\d\d\.)"  # initials; ordinals ("12. Mai")
_SENTENCE_END = re.compile(rf"[.!?]{_ABBREVIATIONS}(?=\s+[\"'(\[A-ZÀ-Ý])|\n+")
_PRONOUN_I = re.compile(r"(?<![\w'])I(?![\w'’])")
PRONOUNS = ("first_person", "first_subject", "second_person", "third_person")
_MAX_TEMPLATE_DEPTH = 64  # enclosing templates reported per offset, innermost first


@dataclass(frozen=True, slots=True)
class Spans:
    """Spans sorted by start, with their starts for binary search."""

    spans: list[tuple[int, int]]
    starts: list[int]

    @classmethod
    def of(cls, spans: list[tuple[int, int]]) -> Spans:
        if not spans:
            return cls([], [])  # most cue categories of most texts
        ordered = sorted(spans)
        return cls(ordered, [s for s, _ in ordered])

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans inside [lo, hi)."""
        i, j = bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)
        return [(s, e) for s, e in self.spans[i:j] if e <= hi]

    def any_within(self, lo: int, hi: int) -> bool:
        spans = self.spans
        for i in range(bisect.bisect_left(self.starts, lo), len(spans)):
            s, e = spans[i]
            if s >= hi:
                return False
            if e <= hi:
                return True
        return False

    def last_ending_by(self, lo: int, hi: int) -> int:
        """The largest end of a span inside [lo, hi), or -1. One regex's spans do not overlap,
        so their ends grow with their starts: a few spans back from `hi` decide."""
        best, after_best = -1, 0
        i, j = bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.starts, hi)
        for k in range(j - 1, i - 1, -1):
            e = self.spans[k][1]
            if e <= hi and e > best:
                best = e
            if best >= 0:
                after_best += 1
                if after_best > 3:
                    break
        return best


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
    _persons_key: tuple[Any, ...] = ()
    _persons_index: Spans = field(default_factory=lambda: Spans([], []))
    _cue_spans: dict[str, Spans] = field(default_factory=dict)
    _words: WordIndex | None = None  # the text's word index, shared by every cue category
    _bounds: list[int] = field(default_factory=list)

    @property
    def bounds(self) -> list[int]:
        """Sentence starts (and the text's end), computed on first use."""
        if not self._bounds:
            ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
            self._bounds = [0, *ends, len(self.text)]
        return self._bounds

    def _indexed(self, category: str) -> Spans:
        if category not in self._cue_spans:
            if self._words is None:
                self._words = self.cues.index(self.text)
            spans = self.cues.spans(category, self.text, self._words)
            if category == "first_subject":
                spans += [(m.start(), m.end()) for m in _PRONOUN_I.finditer(self.text)]
            self._cue_spans[category] = Spans.of(spans)
        return self._cue_spans[category]

    def cue(self, category: str) -> list[tuple[int, int]]:
        """Every span of the cue category in the text, sorted (scanned once per text)."""
        return self._indexed(category).spans

    def within(self, category: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """The cue category's spans inside [lo, hi)."""
        return self._indexed(category).within(max(0, lo), hi)

    def has(self, category: str, lo: int, hi: int) -> bool:
        return self._indexed(category).any_within(max(0, lo), hi)

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
            end = self._indexed(category).last_ending_by(lo, start)
            if end > best_end:
                best, best_end = category, end
        if best and self._persons.any_within(best_end, start):
            return "third_person"  # "between me and Jane Doe (ID ...)": the data is Jane's
        return best

    @property
    def _persons(self) -> Spans:
        key = tuple(self.persons[:1]), len(self.persons)  # persons are set once, after NER
        if self._persons_key != key:
            self._persons_index, self._persons_key = Spans.of(self.persons), key
        return self._persons_index

    def templates_at(self, start: int) -> list[tuple[str, str]]:
        """(template name, parameter name) of each template around `start`, innermost first."""
        return [(str(t.name).lower(), _param_at(t, start)) for t in self._tree.around(start)]

    @cached_property
    def _tree(self) -> _TemplateTree:
        return _TemplateTree(self.templates)

    @cached_property
    def _latest_year(self) -> int:
        return max(years(self.text), default=0)

    def historical(self, start: int, end: int) -> bool:
        window = int(self.config["window"])
        lo, hi = max(0, start - window), min(len(self.text), end + window)
        if LIFESPAN_RE.search(self.text, lo, hi) or self.has("historical", lo, hi):
            return True
        latest = self._latest_year
        return bool(latest) and latest < int(self.config["historical_before_year"])

    def in_mention(self, start: int, end: int) -> bool:
        mentions = self._mentions
        i = bisect.bisect_right(mentions.starts, end) - 1
        while i >= 0:  # mentions do not nest: the few starting before `end` are checked
            s, e = mentions.spans[i]
            if s <= start < e or s < end <= e:
                return True
            if e <= start:
                return False
            i -= 1
        return False

    @cached_property
    def _mentions(self) -> Spans:
        return Spans.of(self.mention_spans)


class _TemplateTree:
    """Templates sorted by start, each with the index of its enclosing template: the
    templates around an offset are the innermost one's chain of parents (templates nest)."""

    def __init__(self, templates: Sequence[Any]) -> None:
        self.items = sorted(templates, key=lambda t: (t.start, -t.end))
        self.starts = [t.start for t in self.items]
        self.parent: list[int] = []
        stack: list[int] = []
        for index, t in enumerate(self.items):
            while stack and self.items[stack[-1]].end < t.end:
                stack.pop()
            self.parent.append(stack[-1] if stack else -1)
            stack.append(index)

    def around(self, offset: int) -> list[Any]:
        found: list[Any] = []
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0 and len(found) < _MAX_TEMPLATE_DEPTH:
            t = self.items[i]
            if t.start <= offset < t.end:
                found.append(t)
            i = self.parent[i]
        return found


def _param_at(template: Any, offset: int) -> str:
    for param in template.params:
        if param.start <= offset < param.end:
            return str(param.name).lower()
    return ""

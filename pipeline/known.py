"""Known values: values oversighters suppressed before, kept only as keyed hashes (the same
HMAC and per-type normalisation as finding fingerprints). An edit containing one is flagged at
the top of the queue, whatever the judgement said.

Two ways to find one: a fingerprint of the decision (the detectors found the value, normalised
as they saw it), or a candidate from the edit's fields (added text, summary, title) hashed the
same way: word runs for names, addresses and workplaces, tokens for emails, profiles, ID numbers
and IP addresses, number runs for phones. Only the types some known value has are tried, and the
text is capped, so the cost stays bounded. Nothing here keeps or logs a value.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import time
from collections import Counter
from collections.abc import Iterator, Sequence

from core.edit import EditRecord
from detectors.finding import Finding
from detectors.regions import regions_for
from judgement.decision import Decision
from judgement.operating import LIKELY
from redaction.excerpt import excerpt
from redaction.fingerprint import fingerprint
from store.cases import CaseStore

log = logging.getLogger(__name__)

REFRESH_S = 15.0
MAX_CHARS = 50_000
MAX_WORDS = 8  # the longest word run tried (an address)
WORD_TYPES = frozenset({"name", "address", "workplace", "birth_date"})
TOKEN_TYPES = frozenset({"email", "profile", "id_number", "ip_address"})
KNOWN_REASON = "contains a value oversighters suppressed before (a known value)"
KNOWN_SCORE = 1.0
NO_EXCERPT = "[a known value in the edit's summary or title: open the diff]"
_TOKEN = re.compile(r"\S+")
_PHONE = re.compile(r"\+?\d[\d\s().\-/]{5,}\d")
_EDGE = "\"'.,;:!?()[]{}<>|*=#~"


@dataclasses.dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


def _tokens(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text[:MAX_CHARS])]


def _stripped(span: Span) -> Span:
    text = span.text.strip(_EDGE)
    if not text:
        return span
    start = span.start + span.text.index(text)
    return Span(start, start + len(text), text)


def word_runs(text: str, longest: int = MAX_WORDS) -> Iterator[Span]:
    """Every run of 1..`longest` whitespace-separated words, as written and edge-stripped."""
    tokens = _tokens(text)
    for first in range(len(tokens)):
        for last in range(first, min(first + longest, len(tokens))):
            run = Span(tokens[first].start, tokens[last].end,
                       text[tokens[first].start:tokens[last].end])
            yield run
            stripped = _stripped(run)
            if stripped.text != run.text:
                yield stripped


def candidates(text: str, types: frozenset[str]) -> Iterator[tuple[str, Span]]:
    """(type, span) pairs worth hashing for the known values' types."""
    words = types & WORD_TYPES
    if words:
        for run in word_runs(text):
            for kind in words:
                yield kind, run
    tokens = types & TOKEN_TYPES
    if tokens:
        for token in _tokens(text):
            for kind in tokens:
                yield kind, _stripped(token)
    if "phone" in types:
        for match in _PHONE.finditer(text[:MAX_CHARS]):
            yield "phone", Span(match.start(), match.end(), match.group())


def _masked(shown: str, added: str, spans: Sequence[Finding]) -> str:
    """The judgement's excerpt with every known value found in it masked too (the judgement
    may not have seen it as personal information)."""
    for span in sorted(spans, key=lambda f: f.start - f.end):
        value = added[span.start:span.end]
        if value.strip():
            shown = re.sub(re.escape(value), f"[{span.type.upper()}]", shown, flags=re.IGNORECASE)
    return shown


class KnownValues:
    """The known values' digests, refreshed from the store every REFRESH_S (or when told)."""

    def __init__(self, cases: CaseStore | None, key: bytes) -> None:
        self.cases = cases
        self.key = key
        self.digests: dict[str, str] = {}
        self.matched: Counter[str] = Counter()  # digest → matches not yet counted in the store
        self._loaded_at = float("-inf")
        self._lock = asyncio.Lock()

    def invalidate(self) -> None:
        self._loaded_at = float("-inf")

    async def refresh(self) -> None:
        if self.cases is None:
            return
        try:
            self.digests = await self.cases.known_digests()
            counted, self.matched = self.matched, Counter()
            if counted:
                await self.cases.count_matches(list(counted))
        except Exception as exc:  # the last digests stay in use; the next call tries again
            log.warning("known values not refreshed: %s", type(exc).__name__)
        self._loaded_at = time.monotonic()

    async def _fresh(self) -> None:
        """Refresh when stale: one read every REFRESH_S, or right after a change here."""
        if self.cases is None or time.monotonic() - self._loaded_at < REFRESH_S:
            return
        async with self._lock:
            if time.monotonic() - self._loaded_at >= REFRESH_S:
                await self.refresh()

    async def check(self, record: EditRecord, decision: Decision,
                    others: Sequence[EditRecord] = ()) -> Decision:
        """The decision, flagged at the top of the queue if the edit holds a known value (in
        `record` or in the event's other fields, `others`)."""
        await self._fresh()
        if not self.digests:
            return decision
        hits = {p for p in decision.fingerprints if p in self.digests}
        spans: list[Finding] = []
        texts = (record.added, record.comment, record.title, *(o.added for o in others))
        for number, field_text in enumerate(texts):
            found = self._scan(field_text, record.wiki)
            hits |= {digest for digest, _ in found}
            if number == 0:  # the excerpt shows the added text, the values masked
                spans += [f for _, f in found]
        if not hits:
            return decision
        self.matched.update(hits)
        log.info("an edit holds a known value", extra={"count": len(hits)})
        return self._flagged(decision, hits, record.added, spans)

    def _scan(self, text: str, wiki: str) -> list[tuple[str, Finding]]:
        if not text:
            return []
        types = frozenset(self.digests.values())
        regions = regions_for(wiki)
        found: list[tuple[str, Finding]] = []
        for kind, span in candidates(text, types):
            digest = fingerprint(self.key, kind, span.text, regions)
            if self.digests.get(digest) == kind:
                found.append((digest, Finding(kind, span.start, span.end, 1.0, "known_value")))
        return found

    def _flagged(self, decision: Decision, hits: set[str], added: str,
                 spans: Sequence[Finding]) -> Decision:
        kinds = tuple(dict.fromkeys([*decision.types, *sorted({self.digests[h] for h in hits})]))
        shown = (_masked(decision.excerpt, added, spans) if decision.excerpt
                 else excerpt(added, list(spans)) if spans else NO_EXCERPT)
        return dataclasses.replace(
            decision, flag=True, score=KNOWN_SCORE, tier=LIKELY, types=kinds, excerpt=shown,
            reasons=(KNOWN_REASON, *decision.reasons))

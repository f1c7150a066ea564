"""Masked spans: what each finding type is shown as, and overlapping spans merged."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Most specific first: where spans overlap, the merged span takes the most specific label
# (a validator-confirmed email beats a name the NER saw inside it), then the most confident.
LABELS: dict[str, str] = {
    "email": "[EMAIL]",
    "phone": "[PHONE]",
    "ip_address": "[IP_ADDRESS]",
    "id_number": "[ID_NUMBER]",
    "profile": "[PROFILE]",
    "birth_date": "[BIRTH_DATE]",
    "address": "[ADDRESS]",
    "workplace": "[WORKPLACE]",
    "name": "[NAME]",
    "number": "[NUMBER]",
}
UNKNOWN_LABEL = "[REDACTED]"
_RANK = {t: i for i, t in enumerate(LABELS)}

# A threat to out someone is the harassment itself, not personal information: oversighters
# need to read it, so it stays visible (what it names is masked by its own findings).
VISIBLE_TYPES = frozenset({"threat"})


@dataclass(frozen=True, slots=True)
class Masked:
    start: int
    end: int
    type: str
    confidence: float = 1.0
    from_net: bool = False  # found by the safety net, not by a detector

    @property
    def label(self) -> str:
        return LABELS.get(self.type, UNKNOWN_LABEL)

    def beats(self, other: Masked) -> bool:
        """A detector's finding beats the safety net; then the more specific type; then the
        more confident."""
        return self._key() > other._key()

    def _key(self) -> tuple[bool, int, float]:
        return (not self.from_net, -_RANK.get(self.type, len(_RANK)), self.confidence)


def merge(spans: Iterable[Masked]) -> list[Masked]:
    """Union of overlapping spans, sorted; each union labelled by its best member."""
    merged: list[Masked] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.end <= span.start:
            continue
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            best = span if span.beats(last) else last
            end = max(last.end, span.end)
            merged[-1] = Masked(last.start, end, best.type, best.confidence, best.from_net)
        else:
            merged.append(span)
    return merged

"""The quick pass for an edit whose full judgement ran out of time.

An attacker must not be able to hide outing behind a slow edit. When the full judgement of an
edit times out, only the cheap, linear, capped detectors (email, phone, IP address, profile)
run on its raw added wikitext (the wikitext→plain stage may be what was slow). Anything they
find becomes a request marked "could not be fully judged", for an oversighter to read: no rule
weighs it, since the evidence the rules need is what could not be computed.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.edit import EditRecord
from detectors.base import Detector, TextContext
from detectors.finding import TYPES, Finding
from judgement.decision import Decision
from judgement.page import language_of
from judgement.parts import Parts

QUICK_DETECTORS = ("email", "phone", "ip_address", "profile")
# The quick pass is linear and capped (about half a second at the text cap); it gets at least
# this long, however short the edit budget that sent the edit here.
QUICK_BUDGET_S = 10.0
MAX_CHARS = 200_000
NOT_FULLY_JUDGED = ("Could not be fully judged: the edit took too long, so only the quick "
                    "checks (email, phone, IP address, profile) ran")
TIMED_OUT = "judgement timed out"
_WHAT = {"email": "an email address", "phone": "a phone number",
         "ip_address": "an IP address", "profile": "a social or messenger profile"}


def quick_decision(record: EditRecord, detectors: Sequence[Detector], parts: Parts,
                   key: bytes) -> Decision:
    """A decision from the quick detectors alone: flagged, and marked, when any finds something."""
    text = record.added[:MAX_CHARS]
    regions = parts.regions(record.wiki)
    ctx = TextContext(text, language_of(record.wiki), regions)
    findings = sorted((f for d in detectors for f in d.detect(ctx)), key=lambda f: f.start)
    if not findings:
        return Decision(record.id, False, 0.0, partial=True)
    present = {f.type for f in findings}
    types = tuple(t for t in TYPES if t in present)
    reasons = (NOT_FULLY_JUDGED, *(f"It contains {_WHAT[t]}" for t in types if t in _WHAT))
    prints = tuple(parts.fingerprint(key, f.type, text[f.start:f.end], regions)
                   for f in findings)
    return Decision(record.id, True, _score(findings), types, parts.excerpt(text, findings),
                    reasons, tuple(findings), prints, tier="possible", partial=True)


def _score(findings: Sequence[Finding]) -> float:
    """The surest finding's confidence: the queue sorts these among the others by it."""
    return max(f.confidence for f in findings)

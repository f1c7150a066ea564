"""From the rules' verdict and the model's calibrated scores to the final verdict: flag, tier,
types and the findings and reasons behind them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from detectors.finding import TYPES, Finding
from judgement.decide import Verdict
from judgement.evidence import Evidence
from judgement.model import Scores
from judgement.operating import OperatingPoints
from judgement.reasons import reason


@dataclass(frozen=True, slots=True)
class Learned:
    verdict: Verdict
    tier: str
    type_scores: dict[str, float]


def combine(ev: Evidence, wiki: str, rules: Verdict, usable: list[Finding], *,
            scores: Scores, points: OperatingPoints) -> Learned:
    tier = points.tier(scores.flag, wiki)
    if not tier:
        return Learned(replace(rules, flag=False, score=scores.flag, personal=(), reasons=()),
                       "", scores.types)
    types = [t for t in TYPES if scores.types[t] >= points.type_threshold(t)]
    if not types:  # of the types found in the edit (any if none was), the nearest its level
        found = [t for t in TYPES if any(f.type == t for f in usable)] or list(TYPES)
        types = [max(found, key=lambda t: _near_level(scores, points, t))]
    personal = _personal(rules, usable, types)
    reasons = tuple(dict.fromkeys(reason(t, _why(rules, t), ev.page) for t in types))
    verdict = Verdict(True, scores.flag, personal, reasons, rules.masked)
    masked = tuple(sorted({*rules.masked, *personal}, key=lambda f: (f.start, f.end)))
    return Learned(replace(verdict, masked=masked), tier, scores.types)


def _near_level(scores: Scores, points: OperatingPoints, finding_type: str) -> float:
    """How near a type's score is to its level (1: at it)."""
    return scores.types[finding_type] / max(points.type_threshold(finding_type), 1e-6)


def _personal(rules: Verdict, usable: list[Finding], types: list[str]) -> tuple[Finding, ...]:
    chosen: list[Finding] = []
    for t in types:
        by_rule = [f for f in rules.personal if f.type == t]
        chosen += by_rule or [f for f in usable if f.type == t]
    return tuple(sorted(set(chosen), key=lambda f: (f.start, f.end)))


def _why(rules: Verdict, finding_type: str) -> str:
    return next((why for t, why in rules.why if t == finding_type), "learned")

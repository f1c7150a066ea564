"""From the rules' verdict and the model's calibrated scores to the final verdict: flag, tier,
types and the findings and reasons behind them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from detectors.finding import TYPES, Finding
from judgement.decide import Verdict
from judgement.evidence import Evidence
from judgement.model import Scores
from judgement.operating import OperatingPoints
from judgement.reasons import reason

# An edit in which no detector found anything is flagged for its wording alone; with fewer
# letters than this ("192", "Done.") there is no wording to carry it, and nothing to suppress.
# Letters, not words: scripts without spaces ("我知道你住在哪里") have no word breaks.
MIN_LETTERS_UNFOUND = 8
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Learned:
    verdict: Verdict
    tier: str
    type_scores: dict[str, float]


def combine(ev: Evidence, wiki: str, rules: Verdict, usable: list[Finding], *,
            scores: Scores, points: OperatingPoints) -> Learned:
    tier = points.tier(scores.flag, wiki, found=bool(usable))
    if not usable and not _worded(ev.text):
        tier = ""
    if not tier:
        return Learned(replace(rules, flag=False, score=scores.flag, personal=(), reasons=()),
                       "", scores.types)
    found, worded = listed(scores, points, usable)
    personal = _personal(rules, usable, found)
    types = [t for t in TYPES if t in found or t in worded]
    reasons = tuple(dict.fromkeys(reason(t, _why(rules, t), ev.page) for t in types))
    verdict = Verdict(True, scores.flag, personal, reasons, rules.masked, worded=tuple(worded))
    masked = tuple(sorted({*rules.masked, *personal}, key=lambda f: (f.start, f.end)))
    return Learned(replace(verdict, masked=masked), tier, scores.types)


def _worded(text: str) -> bool:
    letters = enumerate(_LETTER.finditer(text), 1)
    return any(count >= MIN_LETTERS_UNFOUND for count, _ in letters)


def listed(scores: Scores, points: OperatingPoints,
           usable: list[Finding]) -> tuple[list[str], list[str]]:
    """The types a flagged edit lists: found types whose score reaches their level, values
    found with little doubt (see `Listing`), and types the wording alone carries; when none
    qualifies, the found type nearest its level."""
    rule, present = points.listing, {f.type for f in usable}
    level = points.type_threshold
    found = [t for t in TYPES if t in present and scores.types[t] >= level(t)]
    found += [t for t in TYPES if t in rule.values and t not in found
              and scores.types[t] >= rule.min_share * level(t)
              and any(f.type == t and f.confidence >= rule.min_confidence for f in usable)]
    worded = [t for t in TYPES if t not in present
              and scores.types[t] >= rule.worded.get(t, float("inf")) * level(t)]
    if not found and not worded and present:
        found = [max(present, key=lambda t: _near_level(scores, points, t))]
    return found, worded


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

"""Birth dates: a full date introduced by "born", "geb.", "né le", "nacido el", a birthday...

A date alone is not a birth date; the cue before it is what makes it one. A year alone
("born 1961") comes out with low confidence: the judgement does not treat it as identifying.
"""

from __future__ import annotations

import re

from detectors.base import TextContext
from detectors.dates import FULL_DATE, YEAR
from detectors.finding import Finding

_BORN = (
    r"born(?:\s+on)?|b\.|n[ée]e?(?:\s+le)?|geb\.|geboren(?:\s+am|\s+op)?|nacid[oa](?:\s+el)?"
    r"|nat[oa](?:\s+il)?|nascid[oa](?:\s+(?:em|a|no))?|\*"
)
_DOB = (
    r"date\s+of\s+birth|d\.?o\.?b\.?|birth\s*date|geburtsdatum|date\s+de\s+naissance"
    r"|fecha\s+de\s+nacimiento|data\s+di\s+nascita|data\s+de\s+nascimento|geboortedatum"
)
_BIRTHDAY = (
    r"birthday|geburtstag|anniversaire|cumpleaños|compleanno|aniversário|aniversario|verjaardag"
)
_FULL = re.compile(rf"(?:(?<!\w)(?:{_BORN})|\b(?:{_DOB}))\s*:?\s*(?:the\s+)?({FULL_DATE})", re.I)
_AFTER_BIRTHDAY = re.compile(rf"\b(?:{_BIRTHDAY})\b[^\n]{{0,60}}?({FULL_DATE})", re.I)
_YEAR_ONLY = re.compile(rf"(?<!\w)(?:born|geb\.|geboren|né|née|nacid[oa]|nat[oa]|nascid[oa])"
                        rf"\s+(?:in\s+|en\s+|im\s+|nel\s+|em\s+)?({YEAR})\b", re.I)


class BirthDateDetector:
    name = "birth_date"

    def detect(self, ctx: TextContext) -> list[Finding]:
        found = [self._finding(m, 0.9) for m in _FULL.finditer(ctx.text)]
        found += [self._finding(m, 0.8) for m in _AFTER_BIRTHDAY.finditer(ctx.text)]
        found += [self._finding(m, 0.3) for m in _YEAR_ONLY.finditer(ctx.text)]
        return _dedupe(found)

    def _finding(self, match: re.Match[str], confidence: float) -> Finding:
        return Finding("birth_date", match.start(1), match.end(1), confidence, self.name)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    best: dict[tuple[int, int], Finding] = {}
    for finding in findings:
        key = (finding.start, finding.end)
        if key not in best or best[key].confidence < finding.confidence:
            best[key] = finding
    return sorted(best.values(), key=lambda f: f.start)

"""Job titles with employers: "works as a nurse at X", "Oberarzt am Klinikum X", "travaille chez".

The finding spans the job phrase and the employer after it. Employers named by spaCy (ORG)
after "at/bei/chez/en..." count as well when a doc is present.
"""

from __future__ import annotations

import re

from detectors.base import TextContext
from detectors.finding import Finding

_TITLES = (
    r"nurse|teacher|lecturer|senior\s+lecturer|professor|doctor|physician|surgeon|lawyer|solicitor"
    r"|attorney|archivist|librarian|photographer|conservator|curator|officer|manager|engineer"
    r"|technician|clerk|secretary|assistant|accountant|consultant|developer|programmer"
    r"|journalist|reporter|receptionist|cashier|administrator|coordinator|analyst|designer"
    r"|partner|paralegal|pharmacist|therapist|social\s+worker|caretaker|janitor|intern"
    r"|oberarzt|oberärztin|arzt|ärztin|lehrer(?:in)?|krankenschwester|pfleger(?:in)?|anwalt"
    r"|anwältin|bibliothekar(?:in)?|beamte[rn]?|referent(?:in)?|sachbearbeiter(?:in)?"
    r"|mitarbeiter(?:in)?|infirmi(?:er|ère)|professeure?|enseignante?|avocate?|médecin"
    r"|bibliothécaire|enfermer[oa]|profesora?|maestr[oa]|abogad[oa]|médic[oa]|bibliotecari[oa]"
    r"|avvocat[oa]|insegnante|professoressa|medico|infermier[ea]|socio|advogad[oa]|professora"
    r"|enfermeir[oa]|leraar|lerares|beleidsmedewerker|verpleegkundige|advocaat|arts|medewerker"
)
_QUAL = r"(?:(?:senior|junior|chief|head|staff|lead|local-studies|assistant|deputy)\s+)?"
_EMPLOYER = (
    r"(?:(?:the\s+|der\s+|dem\s+|de\s+|het\s+|la\s+|le\s+|el\s+|il\s+|lo\s+|l'|o\s+|a\s+|da\s+|do\s+)?"
    r"(?:[\w'’&.\-]+\s+){0,2}?[A-ZÀ-Ý][\w'’&.\-]*(?:\s+(?:&|of|de|der|des|di|da|do|am|and|la|le"
    r"|van|von|[A-ZÀ-Ý][\w'’&.\-]*)){0,5}"
    r"|the\s+[a-z][\w-]+(?:'s)?(?:\s+[a-z][\w-]+){0,2})"
)
_AT = (
    r"at|for|with|in|of|bei|am|im|beim|für|an\s+der|chez|pour|à|au|en|para|presso|per|na|no"
    r"|nella|nello|dello|della|del|dei|do|da|bij|voor|op"
)
_TITLED = (
    rf"(?i:\b{_QUAL}(?:{_TITLES}))\b(?:\s+(?i:in|of)\s+[\w ]{{2,30}}?)?"
    rf"\s+(?i:{_AT})\s+{_EMPLOYER}"
)
_WORKS = (
    r"(?i:\b(?:works|worked|employed|(?:i|you|we|they|still|also)\s+work|working(?!\s+on)|arbeitet|arbeite|arbeitest|travaille|travailles"
    r"|trabaja|trabajas|trabajo|lavora|lavori|trabalha|trabalhas|werkt|werk|teach(?:es)?|teaching"
    r"|edits\s+from\s+work))\b"
    rf"(?:\s+(?i:as|als|comme|como|come)\s+(?:an?\s+|een\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    rf"(?:\s+(?!(?i:on|in|with|a|an|the|of)\b)[\w-]+)?\s+(?i:{_AT})\s+{_EMPLOYER}"
)
_POSSESSIVE = rf"\b[A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){{0,3}}'s\s+{_QUAL}(?i:{_TITLES})\b"
_LOWER_POSSESSIVE = rf"\bthe\s+[a-z][\w-]+'s\s+{_QUAL}(?:[a-z][\w-]+\s+)?(?i:{_TITLES})\b"
_WORKS_AS = (
    r"(?i:\b(?:works?|worked|arbeitet|arbeitest|travaille|trabaja|lavora|trabalha|werkt)\s+"
    rf"(?:as|als|comme|como|come)\s+(?:an?\s+|een\s+)?(?:[\w-]+\s+){{0,2}}?{_QUAL}(?:{_TITLES}))\b"
)
_COMMA_EMPLOYER = (
    rf"(?i:\b{_QUAL}(?:{_TITLES})),\s+[A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){{1,4}}"
)
_RUNS = (
    r"\b(?:runs|manages|leitet|dirige|gère|gestisce)\s+the\s+[a-z][\w-]+'s"
    r"\s+[a-z][\w-]+(?:\s+[a-z][\w-]+)?"
)
_DESK = (
    rf"(?i:\bon\s+the\s+(?:reference|front|help|information|news)\s+desk\s+(?:{_AT}))"
    rf"\s+{_EMPLOYER}"
)
_PATTERNS = (
    (re.compile(_TITLED), 0.7), (re.compile(_WORKS), 0.8), (re.compile(_POSSESSIVE), 0.6),
    (re.compile(_LOWER_POSSESSIVE), 0.6), (re.compile(_WORKS_AS), 0.6),
    (re.compile(_COMMA_EMPLOYER), 0.6), (re.compile(_RUNS), 0.5), (re.compile(_DESK), 0.6),
)


# Every pattern needs one of these words; the patterns run only in windows around them.
_TRIGGER = re.compile(
    rf"(?:{_TITLES}|works|worked|work|working|employed|teach(?:es|ing)?|arbeite[nt]?"
    r"|arbeitest|travaille[sz]?|trabaj[ao]s?|lavor[ao]|lavori|trabalh[ao]s?|werkt?|runs|manages"
    r"|leitet|dirige|gère|gestisce|desk)",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\w+")
_BEFORE, _AFTER = 80, 160


def _triggers(text: str) -> list[re.Match[str]]:
    """Words that can start a pattern; one set lookup per word, the regex only on a miss."""
    found = []
    for word in _WORDS.finditer(text):
        lowered = word.group().lower()
        if lowered in _KNOWN_NO:
            continue
        if _TRIGGER.fullmatch(lowered):
            found.append(word)
        elif len(_KNOWN_NO) < 50_000:
            _KNOWN_NO.add(lowered)
    return found


_KNOWN_NO: set[str] = set()  # words seen not to be triggers (bounded cache)


def _windows(text: str) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for match in _triggers(text):
        lo, hi = max(0, match.start() - _BEFORE), min(len(text), match.end() + _AFTER)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


class WorkplaceDetector:
    name = "workplace"

    def detect(self, ctx: TextContext) -> list[Finding]:
        found = [
            Finding("workplace", match.start(), match.end(), confidence, self.name)
            for lo, hi in _windows(ctx.text)
            for pattern, confidence in _PATTERNS
            for match in pattern.finditer(ctx.text, lo, hi)
        ]
        return _merge(found)


def _merge(findings: list[Finding]) -> list[Finding]:
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and finding.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Finding("workplace", last.start, max(last.end, finding.end),
                                 max(last.confidence, finding.confidence), last.detector)
        else:
            merged.append(finding)
    return merged

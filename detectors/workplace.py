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
    r"|registrar|midwife|paramedic|porter|dentist|vet|veterinarian|radiographer|physiotherapist"
    r"|carer|care\s+worker|cleaner|barista|waiter|waitress|driver|firefighter|constable|sergeant"
    r"|scientist|researcher|postdoc|tutor|trainee|apprentice|supervisor|executive|specialist"
    r"|adviser|advisor|planner|auditor|inspector|surveyor|architect|electrician|mechanic"
    r"|assistenzarzt|assistenzärztin|verkäufer(?:in)?|erzieher(?:in)?|polizist(?:in)?"
    r"|pharmacien(?:ne)?|serveu(?:r|se)|vendeu(?:r|se)|ingénieure?|chercheu(?:r|se)|secrétaire"
    r"|farmacéutic[oa]|camarer[oa]|dependient[ea]|ingenier[oa]|investigador(?:a)?|secretari[oa]"
    r"|farmacista|commess[oa]|ingegnere|ricercat(?:ore|rice)|farmacêutic[oa]|engenheir[oa]"
    r"|pesquisador(?:a)?|apotheker|docent|onderzoeker|ingenieur|verkoper"
)
# Kinds of workplace that a lower-case phrase can name before its proper name ("la farmacia de
# la calle Mayor", "the bakery on Mill Road") and that can follow a firm's name ("... solicitors").
_PLACES = (
    r"pharmacy|chemist'?s|bakery|hospital|clinic|surgery|school|library|bank|shop|store"
    r"|supermarket|garage|caf[eé]|restaurant|pub|hotel|office|factory|warehouse|farmacia"
    r"|panader[íi]a|cl[íi]nica|escuela|colegio|biblioteca|banco|tienda|supermercado|pharmacie"
    r"|boulangerie|[ée]cole|clinique|banque|apotheke|b[äa]ckerei|schule|klinik|krankenhaus"
    r"|panetteria|scuola|banca|negozio|apotheek|bakkerij|ziekenhuis|winkel|farm[áa]cia|padaria"
    r"|escola|loja"
)
_FIRM_KINDS = (
    r"solicitors|accountants|architects|surveyors|estate\s+agents|insurance|ltd|plc|llp|gmbh"
    r"|inc|hospital|school|pharmacy|surgery|clinic|group|partners|bank|library"
)
_QUAL = r"(?:(?:senior|junior|chief|head|staff|lead|local-studies|assistant|deputy)\s+)?"
_EMPLOYER = (
    r"(?:(?:the\s+|der\s+|dem\s+|de\s+|het\s+|la\s+|le\s+|el\s+|il\s+|lo\s+|l'|o\s+|a\s+|da\s+|do\s+)?"
    r"(?:[\w'’&.\-]+\s+){0,2}?(?!I\b)[A-ZÀ-Ý][\w'’&.\-]*(?:\s+(?:&|of|de|der|des|di|da|do|am|and|la|le"
    r"|van|von|[A-ZÀ-Ý][\w'’&.\-]*)){0,5}"
    r"|the\s+[a-z][\w-]+(?:'s)?(?:\s+[a-z][\w-]+){0,2}"
    rf"|(?:the\s+|la\s+|el\s+|le\s+|l'|die\s+|der\s+|de\s+|het\s+|a\s+|o\s+)?(?i:{_PLACES})"
    r"\s+(?:de\s+la|de\s+los|del|de|on|in|at|of|am|an\s+der|in\s+der|di|della|do|da|van\s+de"
    r"|aan\s+de|op\s+de)\s+(?:the\s+|la\s+|el\s+)?(?:[a-zà-ÿ]+\s+)?"
    r"[A-ZÀ-Ý][\w'’&.\-]*(?:\s+[A-ZÀ-Ý][\w'’&.\-]*){0,3})"
    # a firm's kind after its name, and the town after it: both give the place away
    rf"(?:\s+(?i:{_FIRM_KINDS})\b)?(?:,?\s+(?:in|en|à|a|im|na|no)\s+[A-ZÀ-Ý][\w'’\-]+"
    r"(?:\s+[A-ZÀ-Ý][\w'’\-]+)?)?"
)
_AT = (
    r"at|for|with|in|of|bei|am|im|beim|für|an\s+der|chez|pour|à|au|en|para|presso|per|na|no"
    r"|nella|nello|dello|della|del|dei|do|da|bij|voor|op"
)
# the first letters of _QUAL's and _TITLES' words: half the word boundaries (word ends) and
# words of other letters are turned down in one step
TITLE_FIRST = "abcdefhijklmnoprstvwä"
_TITLED = (
    rf"(?i:\b(?=[{TITLE_FIRST}]){_QUAL}(?:{_TITLES}))\b(?:\s+(?i:in|of)\s+[\w ]{{2,30}}?)?"
    rf"\s+(?i:{_AT})\s+{_EMPLOYER}"
)
_WORKS = (
    r"(?i:\b(?:works|worked|employed|(?:i|you|we|they|still|also)\s+work|working(?!\s+on)|arbeitet|arbeite|arbeitest|travaille|travailles"
    r"|trabaja|trabajas|trabajo|lavora|lavori|trabalha|trabalhas|werkt|werk|teach(?:es)?|teaching"
    r"|edits\s+from\s+work))\b"
    rf"(?:\s+(?i:as|als|comme|como|come)\s+(?:an?\s+|een\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    rf"(?:\s+(?!(?i:on|in|with|a|an|the|of|at|for)\b)[\w-]+){{0,3}}?\s+(?i:{_AT})\s+{_EMPLOYER}"
)
_POSSESSIVE = rf"\b[A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){{0,3}}'s\s+{_QUAL}(?i:{_TITLES})\b"
_LOWER_POSSESSIVE = rf"\bthe\s+[a-z][\w-]+'s\s+{_QUAL}(?:[a-z][\w-]+\s+)?(?i:{_TITLES})\b"
_WORKS_AS = (
    r"(?i:\b(?:works?|worked|arbeitet|arbeitest|travaille|trabaja|lavora|trabalha|werkt)\s+"
    rf"(?:as|als|comme|como|come)\s+(?:an?\s+|een\s+)?(?:[\w-]+\s+){{0,2}}?{_QUAL}(?:{_TITLES}))\b"
)
_COMMA_EMPLOYER = (
    rf"(?i:\b(?=[{TITLE_FIRST}]){_QUAL}(?:{_TITLES})),\s+"
    r"[A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){1,4}"
)
_RUNS = (
    r"\b(?:runs|manages|leitet|dirige|gère|gestisce)\s+the\s+[a-z][\w-]+'s"
    r"\s+[a-z][\w-]+(?:\s+[a-z][\w-]+)?"
)
_DESK = (
    rf"(?i:\bon\s+the\s+(?:reference|front|help|information|news)\s+desk\s+(?:{_AT}))"
    rf"\s+{_EMPLOYER}"
)
# "your office at X", "her firm, X": the reader's or someone's place of work named
_YOUR_PLACE = (
    r"(?i:\b(?:your|ur|his|her|their)\s+(?:office|workplace|firm|company|employer|practice"
    rf"|surgery|branch|department|team))\s+(?i:at|with|bei|chez)\s+{_EMPLOYER}"
)
_PATTERNS = (
    (re.compile(_TITLED), 0.7), (re.compile(_WORKS), 0.8), (re.compile(_POSSESSIVE), 0.6),
    (re.compile(_LOWER_POSSESSIVE), 0.6), (re.compile(_WORKS_AS), 0.6),
    (re.compile(_COMMA_EMPLOYER), 0.6), (re.compile(_RUNS), 0.5), (re.compile(_DESK), 0.6),
    (re.compile(_YOUR_PLACE), 0.7),
)


# Every pattern needs one of these words; the patterns run only in windows around them.
_TRIGGER = re.compile(
    rf"(?:{_TITLES}|works|worked|work|working|employed|teach(?:es|ing)?|arbeite[nt]?"
    r"|arbeitest|travaille[sz]?|trabaj[ao]s?|lavor[ao]|lavori|trabalh[ao]s?|werkt?|runs|manages"
    r"|leitet|dirige|gère|gestisce|desk|office|workplace|firm|company|employer|practice|surgery"
    r"|branch|department|team)",
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


# A full stop ending a word that is no abbreviation ends the employer's name: "... Infirmary.
# Just so you know" must not run into the next sentence ("St. Anne's", "Co. Ltd" go on).
_STOP = re.compile(
    r"(?<!\bSt)(?<!\bCo)(?<!\bDr)(?<!\bMt)(?<!\bJr)(?<!\bBros)(?<!\b[A-Z])\.(?=\s|$)"
)


def _trimmed(text: str, start: int, end: int) -> int:
    stop = _STOP.search(text, start, end)
    return stop.start() if stop else end


class WorkplaceDetector:
    name = "workplace"

    def detect(self, ctx: TextContext) -> list[Finding]:
        found = [
            Finding("workplace", match.start(), _trimmed(ctx.text, *match.span()), confidence,
                    self.name)
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

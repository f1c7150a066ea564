"""Birth dates: a full date after a birth cue ("born", "geb.", "né le", "nacido el", "nato il",
"nascido em", "geboren op", "urodzony", "date of birth", "P569", a birthday...), in the eight
languages of the watched wikis.

A date alone is not a birth date; the cue before it is what makes it one. A year or an age
alone ("born 1961", "Jahrgang 1990", "32 years old") comes out with low confidence: the
judgement weighs it, it does not identify anyone by itself.
"""

from __future__ import annotations

import re

from detectors.base import TextContext
from detectors.dates import DAY_MONTH, FULL_DATE, SHORT_DATE, YEAR
from detectors.finding import Finding
from detectors.lookahead import first_letters, gate_start, starting_with, word_gate
from detectors.patterns import ignorecase_fold

_BORN = (
    r"born(?:\s+on)?|b\.|n[ée]e?(?:\s+le)?|geb\.|geboren(?:\s+am|\s+op)?"
    r"|nac(?:id[oa]|ió)(?:\s+el)?|nat[oa](?:\s+il)?|nacque(?:\s+il)?"
    r"|nas(?:cid[oa]|ceu)(?:\s+(?:em|a|no))?|urodzon[yae](?:\s+się)?|urodził[ao]?\s+się|ur\."
)
_DOB = (
    r"date\s+of\s+birth|d\.?o\.?b\.?|birth\s*date|geburtsdatum|date\s+de\s+naissance"
    r"|fecha\s+de\s+nacimiento|f\.\s*nac\.|data\s+di\s+nascita|data\s+de\s+nascimento"
    r"|geboortedatum|data\s+urodzenia|p569"
)
_BIRTHDAY = (
    r"birthday|geburtstag|anniversaire|cumpleaños|compleanno|aniversário|aniversario|verjaardag"
    r"|jarig|urodzin[yaoa]?m?|b-?day"
)
# the verb after the date, as German, Dutch and Polish word order has it ("am 3. Mai 1989
# geboren", "op 3 mei 1985 geboren", "3 maja 1985 r. urodzona")
_BORN_AFTER = r"geboren|born|urodzon[yae]|urodził[ao]?"
# a word or two between "born" and the date ("born on the"), a few more after a field name
# ("date of birth (P569):", "fecha de nacimiento es el"); "*" is the genealogists' "born"
_CUE = rf"(?<!\w)(?:{_BORN})[^\n\d]{{0,8}}?|\b(?:{_DOB})[^\n\d]{{0,24}}?"
_FULL = re.compile(starting_with(
    first_letters(f"{_BORN}|{_DOB}") + r"\*",
    rf"(?:{_CUE}|(?<![\w*])\*\s?)({FULL_DATE})(?![\w-])"), re.I)
_SHORT = re.compile(starting_with(
    first_letters(f"{_BORN}|{_DOB}"), rf"(?:{_CUE})({SHORT_DATE})(?![\w/.-])"), re.I)
_AFTER_BIRTHDAY = re.compile(starting_with(
    first_letters(_BIRTHDAY), rf"\b(?:{_BIRTHDAY})\b[^\n]{{0,60}}?({FULL_DATE})"), re.I)
_BIRTHDAY_NO_YEAR = re.compile(starting_with(
    first_letters(_BIRTHDAY), rf"\b(?:{_BIRTHDAY})\b[^\n\d]{{0,30}}?({DAY_MONTH})(?![\w-])"),
    re.I)
_THEN_BORN = re.compile(rf"(?<![\w-])({FULL_DATE})[^\n\d.,;]{{0,6}}?(?<!\w)(?:{_BORN_AFTER})(?!\w)",
                        re.I)
_YEAR_CUES = (
    r"born|geb\.|geboren|n[ée]e?|nacid[oa]|nat[oa]|nascid[oa]|urodzon[yae]|ur\.|jahrgang"
    r"|rocznik|année\s+de\s+naissance|año\s+de\s+nacimiento|anno\s+di\s+nascita"
    r"|ano\s+de\s+nascimento|geboortejaar|rok\s+urodzenia|classe|class\s+of|bouwjaar"
)
_YEAR_ONLY = re.compile(starting_with(
    first_letters(_YEAR_CUES), rf"(?<!\w)(?:{_YEAR_CUES})\b[^\n\d]{{0,16}}?({YEAR})\b"), re.I)
_AGE = re.compile(
    r"(?<![\w.])(\d{1,2})\s*(?:-\s*)?(?:years?\s+old|y/?o\b|jahre\s+alt|jährig|ans\b"
    r"|años\b|anni\b|anos\b|jaar\s+oud|jarige|lat(?:a)?\b)", re.I)

_DIGIT = re.compile(r"\d")
# Where each pattern can start at the earliest, in the lower-cased text (lookahead.word_gate):
# most texts have a digit but no birth cue, and skip the scans.
_CUE_GATE = word_gate(rf"{_BORN}|{_DOB}|\*")  # _FULL and _SHORT
_BIRTHDAY_GATE = word_gate(_BIRTHDAY)
_YEAR_CUE_GATE = word_gate(_YEAR_CUES)
_BORN_AFTER_GATE = word_gate(_BORN_AFTER)  # after the date: present, not where the scan starts
# the age's number and the first letter of its unit
_AGE_GATE = re.compile(r"\d{1,2}\s*(?:-\s*)?[yjal]")


class BirthDateDetector:
    name = "birth_date"

    def detect(self, ctx: TextContext) -> list[Finding]:
        text = ctx.text
        if not _DIGIT.search(text):
            return []  # every shape has a digit: a day, a year or an age
        low = ignorecase_fold(text)
        cue, birthday = gate_start(_CUE_GATE, low), gate_start(_BIRTHDAY_GATE, low)
        found = self._scan(_FULL, text, cue, 0.9)
        found += self._scan(_SHORT, text, cue, 0.8)
        found += self._scan(_AFTER_BIRTHDAY, text, birthday, 0.8)
        found += self._scan(_BIRTHDAY_NO_YEAR, text, birthday, 0.6)
        if gate_start(_BORN_AFTER_GATE, low) is not None:  # the date first, the verb after
            found += self._scan(_THEN_BORN, text, 0, 0.85)
        found += self._scan(_YEAR_ONLY, text, gate_start(_YEAR_CUE_GATE, low), 0.4)
        found += self._scan(_AGE, text, gate_start(_AGE_GATE, low), 0.3)
        return _dedupe(found)[:50]

    def _scan(self, pattern: re.Pattern[str], text: str, start: int | None,
              confidence: float) -> list[Finding]:
        """The pattern's findings from `start` on (no match starts before it), none for None."""
        if start is None:
            return []
        return [Finding("birth_date", m.start(1), m.end(1), confidence, self.name)
                for m in pattern.finditer(text, start)]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    best: dict[tuple[int, int], Finding] = {}
    for finding in findings:
        key = (finding.start, finding.end)
        if key not in best or best[key].confidence < finding.confidence:
            best[key] = finding
    kept = sorted(best.values(), key=lambda f: f.start)
    return [f for f in kept if not any(o is not f and o.start <= f.start and f.end <= o.end
                                      and o.confidence > f.confidence for o in kept)]

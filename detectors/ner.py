"""Names from spaCy's PERSON entities, plus names introduced by a naming phrase.

The small English model misses names in other languages and in capitals ("THIS USER IS PAUL
OKONJO"), so a capitalised name right after "real name is", "ich heiße", "si chiama", "you're"...
is a finding too. Which names matter (tied to an account, a private person) is the judgement's
question, not this detector's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from detectors.base import TextContext
from detectors.finding import Finding
from detectors.given_names import full_names

_UPPER = r"A-ZÀ-ÖØ-ÝĀ-Ž"
_WORD = rf"[{_UPPER}][a-zà-öø-ÿā-ž'’\-]+"
_PARTICLE = r"(?:van|von|de|der|den|da|do|dos|das|del|della|di|du|la|le|ter|ten|bin|al)"
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Mme|Prof|Herr|Frau|Sr|Sra|Dona|Signora|Signor|seu|dona)\.?\s+)?"
NAME_SHAPE = rf"{_HONORIFIC}{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{1,3}}"
CAPS_NAME = rf"[{_UPPER}]{{2,}}(?:\s+[{_UPPER}][{_UPPER}'\-]+){{1,3}}"
_INTRO = (
    r"(?:real|legal|true|full|actual)\s+name\s+is|name\s+is|this\s+user\s+is|should\s+i\s+say"
    r"|you(?:'re|\s+are)(?:\s+actually|\s+really)?|eres|tu\s+es|t'es|sei|és|(?:he|she)\s+is(?:\s+actually|\s+really)?"
    r"|i(?:'m|\s+am)|ich\s+heiße|ich\s+bin|du\s+bist(?:\s+doch)?|heißt|je\s+m'appelle|s'appelle"
    r"|vrai\s+nom\s+est|me\s+llamo|se\s+llama|nombre\s+(?:real\s+)?es|mi\s+chiamo|si\s+chiama"
    r"|nome\s+(?:dele|dela|verdadeiro)\s+é|você\s+é(?:\s+a|\s+o)?|sou|ik\s+ben|ik\s+heet"
    r"|behind\s+(?:the|this)\s+account(?:\s+is)?|verstecken,"
    r"|is(?:\s+(?:actually|really|in\s+fact))?|è\s+(?:l'\w+\s+)?"
)
_STRONG = r"(?:real|legal|true|actual)\s+name\s+is|this\s+user\s+is|my\s+name\s+is"
# the first letters of the phrases above: most word boundaries are turned down in one step
INTRO_FIRST = "abdefhijlmnrstvyéè"
STRONG_FIRST = "almrt"
_INTRODUCED = re.compile(
    rf"(?:(?i:\b(?=[{INTRO_FIRST}])(?:{_INTRO}))|\s=)[\s:,'\"]+(?:''')?({NAME_SHAPE})")
_INTRODUCED_CAPS = re.compile(
    rf"(?i:\b(?=[{STRONG_FIRST}])(?:{_STRONG}))[\s:,'\"]+(?:''')?({CAPS_NAME})")


class NameDetector:
    name = "name"

    def detect(self, ctx: TextContext) -> list[Finding]:
        found = {(f.start, f.end): f for f in self._introduced(ctx.text)}
        for start, end in person_spans(ctx.doc):
            if not any(s <= start and end <= e for s, e in found):
                found[(start, end)] = Finding("name", start, end, 0.7, self.name)
        for start, end in full_names(ctx.text):  # given-name list: languages without a model
            if not any(s < end and start < e for s, e in found):
                found[(start, end)] = Finding("name", start, end, 0.6, self.name)
        return sorted(found.values(), key=lambda f: f.start)

    def _introduced(self, text: str) -> Iterator[Finding]:
        for pattern in (_INTRODUCED, _INTRODUCED_CAPS):
            for match in pattern.finditer(text):
                yield Finding("name", match.start(1), match.end(1), 0.8, self.name)


def person_spans(doc: Any) -> list[tuple[int, int]]:
    """Character spans of PERSON entities with at least one capitalised word."""
    return [(start, end) for start, end in entity_spans(doc, ("PERSON",))
            if any(ch.isupper() for ch in doc.text[start:end])]


def entity_spans(doc: Any, labels: tuple[str, ...]) -> list[tuple[int, int]]:
    if doc is None:
        return []
    return [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in labels]

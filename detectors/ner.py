"""Names from spaCy's PERSON entities, plus names introduced by a naming phrase.

The small English model misses names in other languages and in capitals ("THIS USER IS PAUL
OKONJO"), so a capitalised name right after "real name is", "ich heiße", "si chiama", "you're"...
is a finding too. Which names matter (tied to an account, a private person) is the judgement's
question, not this detector's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import Any

from detectors.base import TextContext
from detectors.finding import Finding
from detectors.given_names import full_names, given_names
from detectors.lookahead import gate_source, gate_start
from detectors.patterns import ignorecase_fold
from detectors.stopwords import stop_words

_UPPER = r"A-ZÀ-ÖØ-ÝĀ-Ž"
_WORD = rf"[{_UPPER}][a-zà-öø-ÿā-ž'’\-]+"
_PARTICLES = ("van", "von", "de", "der", "den", "da", "do", "dos", "das", "del", "della", "di",
              "du", "la", "le", "ter", "ten", "bin", "al")
_PARTICLE = rf"(?:{'|'.join(_PARTICLES)})"
_MAX_MATCHES = 200
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

# What every name of each shape holds, its first two words: a text without them (most) is not
# scanned for naming phrases at every word start. Both open with a capital: a fast scan.
_NAME_START = re.compile(rf"{_WORD}\s+(?:{_PARTICLE}\s+)*{_WORD}")
_CAPS_START = re.compile(rf"[{_UPPER}]{{2,}}\s+[{_UPPER}][{_UPPER}'\-]")

# Phrases that can only introduce a name, so the name may be one word or lower case: "my name
# is vitoria", "her maiden name is Møller", "ich heiße jonas", "je m'appelle Léa".
_POSSESSOR = (
    r"my|his|her|their|your|the\s+user'?s|mein|sein|ihr|mon|son|mi|su|il\s+(?:mio|suo)|meu|seu"
    r"|mijn|zijn|haar|moje|jego|jej"
)
_NAME_WORD = (
    r"(?:(?:real|legal|full|maiden|birth|given|first|last|true|actual|family|christian|middle"
    r"|vrai|véritable|verdadero|vero|verdadeiro|echter|richtiger|bürgerlicher|wahrer)\s+)?"
    r"(?:name|nom|nombre|nome|naam|imię|nazwisko|vorname|nachname|apellido|cognome|sobrenome)"
)
_NAMING = (
    rf"(?:{_POSSESSOR})\s+{_NAME_WORD}(?:'s|\s+(?:is|was|ist|war|est|était|es|era|è|é|to))"
    r"|o\s+nome\s+(?:dele|dela)\s+é|maiden\s+name|née|geborene|nom\s+de\s+jeune\s+fille"
    r"|nombre\s+de\s+soltera|nome\s+de\s+solteira|meisjesnaam|nazwisko\s+panieńskie"
    r"|i(?:'m|\s+am)\s+called|ich\s+heiße|(?:er|sie)\s+heißt|je\s+m'appelle"
    r"|(?:il|elle)\s+s'appelle|me\s+llamo|se\s+llama|mi\s+chiamo|si\s+chiama|me\s+chamo"
    r"|chamo-me|chama-se|se\s+chama|(?:ik|hij|zij|ze)\s+heet|nazywam\s+się|nazywa\s+się"
    r"|mam\s+na\s+imię|ma\s+na\s+imię|goes\s+by"
)
# the first letters of the phrases above: most word starts are turned down in one step
NAMING_FIRST = "ceghijmnostyz"
_LOWER = "a-zà-öø-ÿā-žß"
_ONE_WORD = rf"[{_UPPER}{_LOWER}][{_LOWER}{_UPPER}'’\-]{{1,30}}"
_NAMED_AS = re.compile(
    rf"(?i:(?<![\w'])(?=[{NAMING_FIRST}])(?:{_NAMING})"
    rf"(?:\s+(?:is|was|ist|war|est|était|es|era|è|é|to|da))?)"
    rf"[\s:,\"]{{1,3}}(?:''')?"
    rf"({_ONE_WORD}(?:\s{_ONE_WORD}){{0,3}})"
)
# A word every naming phrase holds at a word start (the name word after a possessor, "née",
# "llamo", "appelle"...): most texts hold none and are not scanned for naming phrases.
_NAMING_GATE = re.compile(gate_source({
    "name", "nom", "naam", "imię", "nazwisko", "vorname", "nachname", "apellido", "cognome",
    "sobrenome", "née", "geborene", "meisjesnaam", "called", "heiß", "m'appelle", "s'appelle",
    "llam", "chiam", "cham", "heet", "nazyw", "goes",
}))
# Words after a naming phrase that say it is about the name, not a name ("my name is not
# important", "her name was mentioned"); the language packages' stop words add the rest.
_NOT_NAMES = frozenset((
    "not", "also", "mentioned", "listed", "important", "irrelevant", "misspelled", "wrong",
    "correct", "right", "same", "different", "unknown", "known", "given", "used", "still",
    "now", "already", "just", "only", "spelled", "written", "derived", "based", "public",
    "private", "secret", "hidden", "visible", "there", "here", "on", "in", "at", "fine",
    "nicht", "auch", "bekannt", "egal", "pas", "connu", "inconnu", "no", "conocido", "non",
    "noto", "não", "niet", "bekend", "nie", "znane", "ok", "okay", "unusual", "common",
    "rare", "nice", "cool", "redacted", "removed", "confidential", "sensitive", "unclear",
    "irrelevant", "nobody", "none", "anonymous", "user", "account", "username", "ein", "une",
))


_STOP_WORDS = stop_words() - frozenset(_PARTICLES)
_SPAN_WORD = re.compile(r"[^\W\d_]+")


def _function_words(start: int, end: int, text: str) -> bool:
    """True when every word of a span is a stop word of one of the eight languages and no
    given name: the English model reads "Quando", "Outras" or "Wenn" opening a sentence in
    another language as a person."""
    words = _SPAN_WORD.findall(text[start:end])
    return bool(words) and all(
        w.lower() in _STOP_WORDS and w not in given_names() for w in words)


class NameDetector:
    name = "name"

    def detect(self, ctx: TextContext) -> list[Finding]:
        found: dict[tuple[int, int], Finding] = {}
        for f in self._introduced(ctx.text):  # the first introduction of a span wins
            if not any(s <= f.start < e or s < f.end <= e for s, e in found):
                found[(f.start, f.end)] = f
        for start, end in person_spans(ctx.doc):
            if not any(s <= start and end <= e for s, e in found):
                found[(start, end)] = Finding("name", start, end, 0.7, self.name)
        for start, end in full_names(ctx.text):  # given-name list: languages without a model
            if not any(s < end and start < e for s, e in found):
                found[(start, end)] = Finding("name", start, end, 0.6, self.name)
        return sorted(found.values(), key=lambda f: f.start)

    def _introduced(self, text: str) -> Iterator[Finding]:
        for pattern, needed in ((_INTRODUCED, _NAME_START), (_INTRODUCED_CAPS, _CAPS_START)):
            if needed.search(text) is None:
                continue  # most texts: no name of that shape at all
            for match in islice(pattern.finditer(text), _MAX_MATCHES):
                yield Finding("name", match.start(1), match.end(1), 0.8, self.name)
        low = ignorecase_fold(text)
        if gate_start(_NAMING_GATE, low) is None:
            return
        for match in islice(_NAMED_AS.finditer(text), _MAX_MATCHES):
            span = _name_words(text, match.start(1), match.end(1))
            if span is not None:
                start, end, capitalised = span
                yield Finding("name", start, end, 0.7 if capitalised else 0.6, self.name)


def _name_words(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The words after a naming phrase up to the first that cannot be part of a name (a stop
    word, "mentioned", "important"...); None when the first cannot. Capitalised names are
    surer than lower-case ones."""
    kept_end, capitalised, position = start, True, start
    for word in text[start:end].split():
        bare = word.strip("'’-").lower()
        particle = bare in _PARTICLES and kept_end > start
        if not particle and (bare in _NOT_NAMES or bare in _STOP_WORDS
                             or bare.endswith(("ed", "ing", "ly"))):
            break
        position = text.index(word, position) + len(word)
        kept_end = position
        capitalised = capitalised and (word[0].isupper() or particle)
    if kept_end == start:
        return None
    return start, kept_end, capitalised


def person_spans(doc: Any) -> list[tuple[int, int]]:
    """Character spans of PERSON entities, cut to their name (`_name_part`), with a capitalised
    word and a word that is not a function word."""
    spans = (_name_part(doc.text, start, end) for start, end in entity_spans(doc, ("PERSON",)))
    return [(start, end) for start, end in spans
            if start < end and any(ch.isupper() for ch in doc.text[start:end])
            and not _function_words(start, end, doc.text)]


_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*")
_SPACE_RUN = re.compile(r"[ \t]+")


def _name_part(text: str, start: int, end: int) -> tuple[int, int]:
    """The span's leading words that can be a name. The model's spans can run on over a dash, a
    link or a line break ("Olivia Whitfield - https://www.instagram.com/... - aka"); a finding
    that covers a link gives way to the link's, and the name was left unmasked. Where the span
    is cut so, what remains must be a full name (two capitalised words or more): "Instagram"
    cut from "Instagram @museum.example" is none. An empty span means no name."""
    first = next((i for i in range(start, end) if text[i].isalpha()), end)
    kept, pos, capitalised = first, first, 0
    while pos < end:
        word = _NAME_TOKEN.match(text, pos, end)
        if word is None:
            break
        bare_end = word.end()
        while bare_end > word.start() and text[bare_end - 1] in "-'’":
            bare_end -= 1  # a trailing dash or quote ("Desmarais'"); "J." and "Dr." keep the dot
        kept = bare_end
        capitalised += text[word.start()].isupper()
        gap = _SPACE_RUN.match(text, word.end(), end)
        if gap is None or bare_end < word.end():
            pos = word.end()
            break
        pos = gap.end()
    cut = text[pos:end].strip() != ""
    if cut and capitalised < 2:
        return first, first
    return first, kept


def entity_spans(doc: Any, labels: tuple[str, ...]) -> list[tuple[int, int]]:
    if doc is None:
        return []
    return [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in labels]

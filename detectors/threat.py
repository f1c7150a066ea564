"""Threats to out someone: "I know where you live", "I'll publish your real name",
"je vais révéler ton vrai nom", "ich stelle deinen Klarnamen ins Netz", "voy a publicar tu
nombre real", and their kin in Italian, Portuguese and Dutch.

Rules are families (a first-person verb that reveals or tells, aimed at a second-person
object: name, address, employer...) plus fixed phrases; detectors/patterns/threat_rules.py
holds them. Objects are rare, so the scan starts from them and looks back (or, for German
and Dutch, around) within the sentence for the verb and the first-person marker. Quoted,
exemplified or reported threats ("he threatened to publish my address") are not the writer's
threats and are skipped: the personal data in such a report is for the other detectors.
"""

from __future__ import annotations

import bisect
import re

from detectors.base import TextContext
from detectors.finding import Finding
from detectors.lookahead import starting_with, word_starts
from detectors.patterns import fold, lower_source
from detectors.patterns import threat_rules as rules

_MAX_TEXT = 100_000
_MAX_OBJECTS = 300
_SENTENCE_REACH = 220
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)|\n")
_REPORTED = re.compile(lower_source(rules.REPORTED))
_NEGATION = re.compile(lower_source(rules.NEGATION))
_QUOTES = re.compile(r"[\"“„«»]")
_ULTIMATUM = re.compile(lower_source(rules.ULTIMATUM))
_EXPOSURE_SOURCE = lower_source(rules.EXPOSURE)
# Every text is scanned for it: a look-ahead on its first letters spares most word starts
# its thirty alternatives
_EXPOSURE = re.compile(rf"\b{starting_with(word_starts(_EXPOSURE_SOURCE), _EXPOSURE_SOURCE)}")
_CONSEQUENCE = re.compile(lower_source(rules.CONSEQUENCE))
_MENACE = re.compile(lower_source(rules.MENACE))
_COMBINE_REACH = 300  # characters between an exposure and the ultimatum or menace it goes with
Span = tuple[int, int, float]


class _Family:
    """One compiled family: verb, object and first-person marker patterns."""

    def __init__(self, family: rules.Family) -> None:
        self.verb = _compile(family.verb)
        self.obj = _compile(family.obj)
        self.first = _compile(family.first) if family.first else None
        self.clause_wide = family.clause_wide
        self.confidence = family.confidence
        self.max_gap = family.max_gap
        self.needles = family.needles


def _compile(source: str) -> re.Pattern[str]:
    """Rules are matched on the case-folded text (see patterns.fold): lower-case sources."""
    return re.compile(lower_source(source))


class _Fixed:
    """One fixed phrase rule, compiled, with the words one of which it needs."""

    def __init__(self, rule: rules.Fixed) -> None:
        source, self.confidence, self.needles = rule
        self.pattern = re.compile(lower_source(source))


def _needed(needles: tuple[str, ...], probe: str) -> bool:
    return not needles or any(n in probe for n in needles)


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One scan for "does any of `words` occur" (instead of a Python loop of `in` tests). The
    space most of them open with is written once: at a space, the engine then turns most
    alternatives down by their first letter instead of entering each."""
    spaced = sorted({w[1:] for w in words if w.startswith(" ")})
    others = sorted({w for w in words if not w.startswith(" ")})
    alternatives = [f" (?:{'|'.join(map(re.escape, spaced))})"] if spaced else []
    return re.compile("|".join(alternatives + [re.escape(w) for w in others]))


class _Language:
    """One language's rules and the words without which none of them can match."""

    def __init__(self, language: str) -> None:
        self.triggers = rules.TRIGGERS.get(language, ())
        self._trigger = _any_of(self.triggers)
        self.fixed = tuple(_Fixed(rule) for rule in rules.FIXED[language])
        self.families = tuple(_Family(f) for f in rules.FAMILIES if f.language == language)

    def applies(self, probe: str) -> bool:
        return not self.triggers or self._trigger.search(probe) is not None


_LANGUAGES = tuple(_Language(language) for language in rules.FIXED)
# Most texts hold no language's trigger: one scan for them all turns them down at once.
_ANY_TRIGGER = _any_of(tuple(t for language in _LANGUAGES for t in language.triggers))
_ALWAYS = tuple(language for language in _LANGUAGES if not language.triggers)
_PROBE = str.maketrans(dict.fromkeys("\n\t\r([{«»\"'“”„‘’:;,.!?¡¿-–—/*#|=", " "))
# The same punctuation made spaces by a regex: several times faster than str.translate
_PROBE_MARKS = re.compile("[" + "".join(re.escape(chr(c)) for c in _PROBE) + "]")


class ThreatDetector:
    """Finds threats to out someone; 0.7 ("I know who you are") to 0.9 ("I'll publish your
    real name")."""

    name = "threat"

    def detect(self, ctx: TextContext) -> list[Finding]:
        text = fold(ctx.text[:_MAX_TEXT])
        probe = " " + _PROBE_MARKS.sub(" ", text) + " "
        spans: list[Span] = []
        languages = _LANGUAGES if _ANY_TRIGGER.search(probe) else _ALWAYS
        for language in languages:
            if language.applies(probe):
                spans += _language_spans(text, probe, language)
        spans += _combined_spans(text)
        kept = [s for s in spans if not _reported(text, s[0])]
        return [Finding("threat", s, e, c, self.name) for s, e, c in _merge(kept)]


def _language_spans(text: str, probe: str, language: _Language) -> list[Span]:
    """Spans of the language's rules whose needed words occur (str `in` is far cheaper than
    the regex scan it saves)."""
    spans: list[Span] = []
    for rule in language.fixed:
        if _needed(rule.needles, probe):
            spans += [(m.start(), m.end(), rule.confidence) for m in rule.pattern.finditer(text)]
    for family in language.families:
        if _needed(family.needles, probe):
            spans += _family_spans(text, family)
    return spans


def _family_spans(text: str, family: _Family) -> list[Span]:
    found = []
    for count, obj in enumerate(family.obj.finditer(text)):
        if count >= _MAX_OBJECTS:
            break
        start, end = _sentence(text, obj.start(), obj.end())
        if family.clause_wide:
            span = _around(text[start:end], obj.start() - start, obj.end() - start, family)
        else:
            span = _before(text[start:obj.start()], family)
            span = span and (span[0], obj.end() - start)
        if span:
            found.append((start + span[0], start + span[1], family.confidence))
    return found


def _hits(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    found = []
    for count, match in enumerate(pattern.finditer(text)):
        if count >= _MAX_OBJECTS:
            break
        found.append(match.span())
    return found


def _combined_spans(text: str) -> list[Span]:
    """Indirect threats: something exposing the reader (their name, family, employer, contact
    data the writer holds) near an ultimatum on their editing, a consequence or a menacing
    close, on the same line. 0.8 ultimatum with consequence or menace, 0.7 consequence with
    menace, 0.6 menace alone, 0.55 ultimatum alone."""
    exposures = _hits(_EXPOSURE, text)
    if not exposures:
        return []
    parts = {name: _hits(pattern, text) for name, pattern in (
        ("ultimatum", _ULTIMATUM), ("consequence", _CONSEQUENCE), ("menace", _MENACE))}
    if not parts["ultimatum"] and not parts["menace"]:
        return []
    found: list[Span] = []
    for start, end in exposures:
        lo = max(text.rfind("\n", 0, start) + 1, start - _COMBINE_REACH)
        newline = text.find("\n", end)
        hi = min(len(text) if newline < 0 else newline, end + _COMBINE_REACH)
        near = {name: [h for h in hits[bisect.bisect_left(hits, (lo, lo)):] if h[1] <= hi]
                for name, hits in parts.items()}
        confidence = _combined_confidence(*(bool(near[n]) for n in
                                            ("ultimatum", "consequence", "menace")))
        if confidence:
            every = [(start, end)] + [h for hits in near.values() for h in hits]
            found.append((min(h[0] for h in every), max(h[1] for h in every), confidence))
    return found


def _combined_confidence(ultimatum: bool, consequence: bool, menace: bool) -> float:
    if ultimatum and (consequence or menace):
        return 0.8
    if consequence and menace:
        return 0.7
    if menace:
        return 0.6
    return 0.55 if ultimatum else 0.0


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), at most _SENTENCE_REACH characters either side."""
    lo = max(0, start - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, min(len(text), end + _SENTENCE_REACH))
    return (ends[-1] if ends else lo), (after.start() if after else min(len(text), end + 100))


def _before(head: str, family: _Family) -> tuple[int, int] | None:
    """Verb (and first-person marker) in the text before the object, nearest verb last."""
    verbs = list(family.verb.finditer(head))
    if not verbs:
        return None
    verb = verbs[-1]
    if len(head) - verb.end() > family.max_gap:
        return None
    if family.first is None:
        lead = head[max(0, verb.start() - 16):verb.start()]
        return None if _NEGATION.search(lead) else (verb.start(), verb.end())
    first = family.first.search(head, max(0, verb.start() - 90), verb.start())
    if first is None or first.end() != verb.start() or _NEGATION.search(first.group()):
        return None
    return first.start(), verb.end()


def _around(clause: str, obj_start: int, obj_end: int, family: _Family) -> tuple[int, int] | None:
    """German/Dutch: marker and verb anywhere in the clause; no negation between them."""
    verb = _nearest(family.verb, clause, obj_start, obj_end)
    first = _nearest(family.first, clause, obj_start, obj_end) if family.first else None
    if verb is None or first is None:
        return None
    lo = min(verb.start(), first.start(), obj_start)
    hi = max(verb.end(), first.end(), obj_end)
    return None if _NEGATION.search(clause, lo, hi) else (lo, hi)


def _nearest(pattern: re.Pattern[str], clause: str, lo: int, hi: int) -> re.Match[str] | None:
    matches = [m for m in pattern.finditer(clause) if m.end() <= lo or m.start() >= hi]
    if not matches:
        return None
    return min(matches, key=lambda m: min(abs(m.end() - lo), abs(m.start() - hi)))


def _reported(text: str, start: int) -> bool:
    """Inside quotation marks on its line, or after "he said", "for example", "threatened to"."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60):start]
    opened = len(_QUOTES.findall(text, line_start, start)) % 2 == 1
    return opened or bool(_REPORTED.search(before))


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans become one, with the highest confidence among them."""
    merged: list[Span] = []
    for start, end, confidence in sorted(spans):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), max(last[2], confidence))
        else:
            merged.append((start, end, confidence))
    return merged

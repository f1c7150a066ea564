"""Cue phrases from the configuration, compiled once into one regex per category.

Phrases are literal and matched case-insensitively on word boundaries; a space in a phrase
matches any run of whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from judgement.config import JudgeConfig


def _phrase(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())


def _rest(phrase: str) -> str:
    """The phrase's pattern without its first character."""
    first, *others = phrase.split()
    return re.escape(first[1:]) + "".join(r"\s+" + re.escape(word) for word in others)


def _same_case(a: str, b: str) -> bool:
    """`a` and `b` match each other case-insensitively (the regex engine's own rule)."""
    return bool(re.fullmatch(re.escape(a), b, re.IGNORECASE)
                or re.fullmatch(re.escape(b), a, re.IGNORECASE))


def _grouped(ordered: list[str]) -> str:
    """The phrases as one alternation, grouped by first character: at an offset the engine
    tries one cheap branch per first character instead of every phrase. Phrases keep their
    order within a group, and groups cannot overlap, so the first match is the same; where two
    first characters are case variants of each other ("i", "ı") the plain alternation is kept.
    """
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        groups.setdefault(phrase.split()[0][0], []).append(_rest(phrase))
    firsts = list(groups)
    if any(_same_case(a, b) for i, a in enumerate(firsts) for b in firsts[i + 1 :]):
        return "|".join(_phrase(p) for p in ordered)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    # One word-start check, then the alternation: far cheaper than a check per phrase. A phrase
    # starting with an apostrophe ("'s address") attaches to the word before it.
    words = [p for p in ordered if p[0] not in "'’"]
    attached = [p for p in ordered if p[0] in "'’"]
    branches = [rf"(?<![\w'’])(?:{_grouped(words)})"] if words else []
    branches += [rf"(?:{_grouped(attached)})"] if attached else []
    # A case-insensitive alternation tries every branch at every offset; a lookahead on the
    # phrases' first characters (same case rules) turns most offsets down in one step.
    first = "".join(sorted({re.escape(p.lstrip()[0]) for p in ordered}))
    return re.compile(rf"(?=[{first}])(?:{'|'.join(branches)})(?![\w'’])", re.IGNORECASE)


class Cues:
    """Where each cue category occurs in a text."""

    def __init__(self, config: JudgeConfig, language: str = "") -> None:
        extra = config.data.get("language_cues", {}).get(language, {})
        self._patterns = {
            category: compile_phrases(config.cue_phrases(category) + tuple(extra.get(category, ())))
            for category in config["cues"]
        }

    def spans(self, category: str, text: str) -> list[tuple[int, int]]:
        pattern = self._patterns.get(category)
        if pattern is None:
            return []
        return [(m.start(), m.end()) for m in pattern.finditer(text)]

    def any_in(self, category: str, text: str) -> bool:
        pattern = self._patterns.get(category)
        return pattern is not None and pattern.search(text) is not None

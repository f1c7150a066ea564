"""Cue phrases from the configuration, compiled once into one regex per category.

Phrases are literal and matched case-insensitively on word boundaries; a space in a phrase
matches any run of whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from itertools import compress

from detectors.casefold import lower_is_ignorecase, plain_latin
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


# A phrase starts a word: after no letter or apostrophe, or after an elided article or
# preposition ("l'azienda", "dell'ufficio", "d'entreprise") when three letters or more follow,
# never inside an English contraction ("you're", "don't").
WORD_START = r"(?:(?<![\w'’])|(?<=\w['’])(?=\w{3}))"


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    # One word-start check, then the alternation: far cheaper than a check per phrase. A phrase
    # starting with an apostrophe ("'s address") attaches to the word before it.
    words = [p for p in ordered if p[0] not in "'’"]
    attached = [p for p in ordered if p[0] in "'’"]
    branches = [rf"{WORD_START}(?:{_grouped(words)})"] if words else []
    branches += [rf"(?:{_grouped(attached)})"] if attached else []
    # A case-insensitive alternation tries every branch at every offset; a lookahead on the
    # phrases' first characters (same case rules) turns most offsets down in one step.
    first = "".join(sorted({re.escape(p.lstrip()[0]) for p in ordered}))
    return re.compile(rf"(?=[{first}])(?:{'|'.join(branches)})(?![\w'’])", re.IGNORECASE)


_WORD_RUN = re.compile(r"\w+")


def first_word_key(phrase: str) -> str | None:
    """The lower-cased word-character run a match of `phrase` must begin with, as one whole
    word of the text (a match starts after a non-word character and its first word is
    literal); None when the phrase cannot be keyed so (it opens with an apostrophe or a sign,
    or holds letters whose case rules are not str.lower()'s)."""
    first = phrase.split(maxsplit=1)[0]
    run = _WORD_RUN.match(first)
    if run is None or not plain_latin(first):
        return None
    return run.group().lower()


def first_char_key(phrase: str) -> str | None:
    """The character a match of `phrase` must begin with, when that character matches only
    itself case-insensitively (an apostrophe, "=", "†"): each of its occurrences in a text
    is where a match may start. None for a character with case variants."""
    first = phrase.split(maxsplit=1)[0][0]
    return first if first.lower() == first == first.upper() else None


class _Keys:
    """Per category, the first words its phrases begin with, or for a phrase without one its
    uncased first character (None: scan the whole text). A match starts where a word of the
    text begins and that word is one of them, or at one of those characters, so only those
    offsets are tried: a category none of whose keys occurs costs nothing."""

    def __init__(self, phrases: dict[str, tuple[str, ...]]) -> None:
        self.keys: dict[str, frozenset[str] | None] = {}
        marks: set[str] = set()
        for category, listed in phrases.items():
            keys = [first_word_key(p) or first_char_key(p) for p in listed if p.strip()]
            marks.update(first_char_key(p) or "" for p in listed
                         if p.strip() and not first_word_key(p))
            self.keys[category] = None if None in keys else frozenset(k for k in keys if k)
        # characters keyed by every occurrence (a word key equal to one then gets them all:
        # more offsets tried, never fewer)
        self.marks = frozenset(marks - {""})
        owners: dict[str, list[str]] = {}
        for category, keyed in self.keys.items():
            for key in keyed or ():
                owners.setdefault(key, []).append(category)
        # first word → the categories with a phrase opening with it
        self.owners = {key: tuple(categories) for key, categories in owners.items()}

    def index(self, text: str) -> WordIndex:
        """The text's words, and per category the ones its phrases may open with."""
        starts = _word_starts(text, self.owners)
        keyed: dict[str, list[str]] = {}
        if starts is not None:
            for mark in self.marks:
                if mark in text:  # the lower case keeps the offsets (lower_is_ignorecase)
                    starts[mark] = [m.start() for m in re.finditer(re.escape(mark), text)]
            for word in starts.keys() & self.owners.keys():
                for category in self.owners[word]:
                    keyed.setdefault(category, []).append(word)
        return WordIndex(starts, keyed)

    def starts(self, category: str, index: WordIndex) -> list[int] | None:
        """The offsets where a match of `category` may start, ascending; None: anywhere."""
        if self.keys.get(category) is None or index.starts is None:
            return None
        found = index.keyed.get(category)
        if not found:
            return []  # most categories of most texts
        if len(found) == 1:
            return index.starts[found[0]]
        # an offset twice (a mark that starts a keyed word) is tried once: see _matches_from
        return sorted(p for word in found for p in index.starts[word])


@dataclass(frozen=True, slots=True)
class WordIndex:
    """One text's words, built once for every category's scan: each lower-cased word that
    opens a phrase and where it starts (None when case rules are odd), and per category the
    words among them that open one of its phrases."""

    starts: dict[str, list[int]] | None
    keyed: dict[str, list[str]]


def _word_starts(text: str, wanted: Container[str]) -> dict[str, list[int]] | None:
    """Each lower-cased word of `text` among `wanted` and where it starts (None when case
    rules are odd). Most words are none: they are told apart in C-level passes."""
    if not lower_is_ignorecase(text):
        return None
    matches = list(_WORD_RUN.finditer(text.lower()))
    words = list(map(re.Match.group, matches))
    starts: dict[str, list[int]] = {}
    for word, m in compress(zip(words, matches, strict=True), map(wanted.__contains__, words)):
        starts.setdefault(word, []).append(m.start())
    return starts


def _matches_from(pattern: re.Pattern[str], text: str,
                  starts: list[int]) -> list[tuple[int, int]]:
    """What `pattern.finditer(text)` finds, trying only `starts`."""
    found: list[tuple[int, int]] = []
    after = 0
    for pos in starts:
        if pos < after:
            continue
        m = pattern.match(text, pos)
        if m:
            found.append((pos, m.end()))
            after = max(m.end(), pos + 1)
    return found


class Cues:
    """Where each cue category occurs in a text."""

    def __init__(self, config: JudgeConfig, language: str = "") -> None:
        extra = config.data.get("language_cues", {}).get(language, {})
        phrases = {category: config.cue_phrases(category) + tuple(extra.get(category, ()))
                   for category in config["cues"]}
        self._patterns = {category: compile_phrases(listed)
                          for category, listed in phrases.items()}
        self._keys = _Keys(phrases)

    def index(self, text: str) -> WordIndex:
        """The word index every category's scan of `text` reads: build it once per text."""
        return self._keys.index(text)

    def spans(self, category: str, text: str,
              index: WordIndex | None = None) -> list[tuple[int, int]]:
        """The category's matches in `text`; `index` is `self.index(text)`, when known."""
        pattern = self._patterns.get(category)
        if pattern is None:
            return []
        starts = None
        if self._keys.keys.get(category) is not None:  # no index for a category scanned whole
            starts = self._keys.starts(category, self.index(text) if index is None else index)
        if starts is None:
            return [(m.start(), m.end()) for m in pattern.finditer(text)]
        return _matches_from(pattern, text, starts) if starts else []

    def any_in(self, category: str, text: str) -> bool:
        return bool(self.spans(category, text))

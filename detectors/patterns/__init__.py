"""Data the pattern detectors read (keyword lists, allow-lists) and the helpers to use it.

Keyword lists live in JSON beside this module so they can be reviewed and extended without
touching code; each list becomes one compiled alternation at import time.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from detectors.casefold import lower_is_ignorecase
from detectors.lookahead import starting_with


@cache
def load(name: str) -> Any:
    """The parsed JSON file `name` (e.g. "phone.json") of this package."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def words_regex(words: list[str], *, whole: bool = True) -> re.Pattern[str]:
    """One case-insensitive alternation of `words` (longest first), optionally whole words."""
    return re.compile(_ignorecase_source(words, whole=whole), re.IGNORECASE)


def _ignorecase_source(words: list[str], *, whole: bool) -> str:
    """The words for IGNORECASE: there a cased first character gives the engine no fast
    scan, and a look-ahead on the first characters (detectors/lookahead.py) turns most offsets
    down in one step instead of trying each word's first character."""
    ordered, body = _longest_first(words)
    if not whole:
        return body
    firsts = _first_characters(ordered)
    return rf"(?<!\w){starting_with(firsts, body) if firsts else f'(?:{body})'}(?!\w)"


def words_source(words: list[str], *, whole: bool = True) -> str:
    """The words lower-cased, longest first, for patterns run on `fold(text)` without
    IGNORECASE; the same matches as `words_regex` has in the text."""
    ordered, body = _longest_first(words)
    if not whole:
        return body
    if not _first_characters(ordered):
        return rf"(?<!\w)(?:{body})(?!\w)"
    return rf"(?:{_by_first_character(ordered)})(?!\w)"


def _longest_first(words: list[str]) -> tuple[list[str], str]:
    """The words lower-cased, longest first (an alternation takes its first match: a longer
    word must be tried before a word it starts with), and their alternation's body."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return ordered, "|".join(map(_word_source, ordered))


def _word_source(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s{1,3}")


def _by_first_character(ordered: list[str]) -> str:
    """The words at a word start, one alternative per first character, each opening with
    that character and the look-behind after it: the engine scans for the first characters in
    C instead of trying every offset (without IGNORECASE). At any offset only the words of
    one character can match, in the order of `ordered`, so the matches are those of the plain
    alternation."""
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[0], []).append(_word_source(word[1:]))
    return "|".join(
        rf"{re.escape(first)}(?<!\w.)(?:{'|'.join(rests)})" for first, rests in groups.items())


def words_or_stems(words: list[str], stems: list[str]) -> re.Pattern[str]:
    """Whole `words`, or any word beginning with one of `stems` (its inflected forms:
    "telefon" finds "telefonie" and "Telefonnummer"), case-insensitively."""
    if not stems:
        return words_regex(words)
    beginnings = _ignorecase_source(stems, whole=False)
    whole = _ignorecase_source(words, whole=True)
    return re.compile(rf"{whole}|(?<!\w)(?:{beginnings})\w*", re.IGNORECASE)


def _first_characters(words: list[str]) -> str:
    """The characters the words start with, as a class body for a look-ahead
    (`_ignorecase_source`); `_by_first_character` opens an alternative with each. None where
    a word is empty or starts with a space (a space matches any run of whitespace)."""
    if not words or not all(w and not w[0].isspace() for w in words):
        return ""
    return "".join(sorted({re.escape(w[0]) for w in words}))


# "İ" is the one character whose lower case is two characters; folding it alone keeps offsets.
_ONE_TO_ONE = {0x130: "i"}


def fold(text: str) -> str:
    """`text` lower-cased with every offset kept, so lower-case patterns can run on it without
    re.IGNORECASE (several times faster on long alternations) and report offsets into `text`."""
    # translate reads the text character by character; most texts have no "İ" to fold
    return text.translate(_ONE_TO_ONE).lower() if "\u0130" in text else text.lower()


# the last text ignorecase_fold was asked of, and its answer (one slot, replaced whole)
_LAST_FOLDED: list[tuple[str, str | None]] = [("", "")]


def ignorecase_fold(text: str) -> str | None:
    """`fold(text)` where comparing it lower-cased is what IGNORECASE does
    (casefold.lower_is_ignorecase), else None. Several detectors ask it of one text in a row:
    the last answer is kept."""
    last_text, last_low = _LAST_FOLDED[0]
    if text is last_text:
        return last_low
    low = fold(text) if lower_is_ignorecase(text) else None
    _LAST_FOLDED[0] = (text, low)
    return low


_ESCAPE_OR_UPPER = re.compile(r"\\.|[A-Z]")


def _lower_literal(match: re.Match[str]) -> str:
    return match.group() if len(match.group()) > 1 else match.group().lower()


def lower_source(source: str) -> str:
    """A regex source with its literal capitals lower-cased (escapes like \\S, \\W kept)."""
    return _ESCAPE_OR_UPPER.sub(_lower_literal, source)

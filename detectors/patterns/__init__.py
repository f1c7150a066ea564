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

from detectors.lookahead import starting_with


@cache
def load(name: str) -> Any:
    """The parsed JSON file `name` (e.g. "phone.json") of this package."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def words_regex(words: list[str], *, whole: bool = True) -> re.Pattern[str]:
    """One case-insensitive alternation of `words` (longest first), optionally whole words."""
    return re.compile(words_source(words, whole=whole), re.IGNORECASE)


def words_source(words: list[str], *, whole: bool = True) -> str:
    """The regex source of `words_regex`, lower-cased, for patterns run on `fold(text)`."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in ordered)
    if not whole:
        return body
    firsts = _first_characters(ordered)
    return rf"(?<!\w){starting_with(firsts, body) if firsts else f'(?:{body})'}(?!\w)"


def words_or_stems(words: list[str], stems: list[str]) -> re.Pattern[str]:
    """Whole `words`, or any word beginning with one of `stems` (its inflected forms:
    "telefon" finds "telefonie" and "Telefonnummer"), case-insensitively."""
    if not stems:
        return words_regex(words)
    beginnings = words_source(stems, whole=False)
    return re.compile(rf"{words_source(words)}|(?<!\w)(?:{beginnings})\w*", re.IGNORECASE)


def _first_characters(words: list[str]) -> str:
    """The characters the words start with, as a class body for a look-ahead
    (detectors/lookahead.py: the engine turns most offsets down in one step instead of
    entering the alternation). None where a word is empty or starts with a space (a space
    matches any run of whitespace)."""
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


_ESCAPE_OR_UPPER = re.compile(r"\\.|[A-Z]")


def _lower_literal(match: re.Match[str]) -> str:
    return match.group() if len(match.group()) > 1 else match.group().lower()


def lower_source(source: str) -> str:
    """A regex source with its literal capitals lower-cased (escapes like \\S, \\W kept)."""
    return _ESCAPE_OR_UPPER.sub(_lower_literal, source)

"""When a case-insensitive regex and `str.lower()` agree, so that a word index of the
lower-cased text can stand in for trying a pattern at every offset.

Python's `re.IGNORECASE` folds a few letters onto others that `str.lower()` keeps apart
("ı" and "i", "ſ" and "s", "ẛ" and "ṡ", "ﬅ" and "ﬆ", "µ" and "μ"), and "İ" lower-cases to two
characters. For every other character, two characters match each other exactly when their
lower cases are equal.
"""

from __future__ import annotations

import re

ODD_CASE = frozenset("ıſẛﬅﬆµİ")
# a class search reads the text in C at a few nanoseconds a character; a set's isdisjoint
# builds a string of every character first, several times slower
_ODD_CASE_CHAR = re.compile("[" + "".join(sorted(ODD_CASE)) + "]")
GREEK = "\u0370"  # below it, no letter folds onto another but the ones above


def lower_is_ignorecase(text: str) -> bool:
    """Whether matching `text` case-insensitively is comparing it lower-cased."""
    return _ODD_CASE_CHAR.search(text) is None


def plain_latin(word: str) -> bool:
    """A pattern word whose letters fold only onto their own cases (Latin, no odd letters):
    it can be looked up lower-cased in a lower-cased text."""
    return (not word or max(word) < GREEK) and lower_is_ignorecase(word)

"""A look-ahead on the characters a pattern can start with, put in front of it.

Python's regex engine tries a pattern at every offset of the text. A pattern that opens with
a look-behind, a word boundary or a case-insensitive alternation of words gets no fast scan
from it, and every offset enters the alternation. A look-ahead on the few characters its
words start with turns most offsets down in one step: the same matches, in about half the
time. The look-ahead must allow every character a match can start with; the tests of each
pattern compare it with the pattern without one.
"""

from __future__ import annotations

import re

_LOOK_BEHIND = re.compile(r"^\(\?<!.*?\)")


def first_letters(alternation: str) -> str:
    """The first characters of the words of an alternation ("born|geb\\.|ur\\."), a leading
    look-behind skipped; each is a letter or digit, so it needs no escape in a class."""
    firsts = {_LOOK_BEHIND.sub("", word)[0] for word in _alternatives(alternation)}
    if not all(c.isalnum() for c in firsts):
        raise ValueError("an alternative does not start with a letter or digit")
    return "".join(sorted(firsts))


def word_starts(alternation: str) -> str:
    """The first characters of an alternation whose every alternative opens with a word start
    and a word or a group of words ("\\b(?:your|ur)\\s+name|\\bwho\\s+you"), each a letter or
    digit."""
    firsts: set[str] = set()
    for alternative in _alternatives(alternation):
        if not alternative.startswith(r"\b"):
            raise ValueError("an alternative does not open with a word start")
        body = alternative[2:]
        if body.startswith("(?:"):
            end = _group_end(body)
            if body[end + 1 : end + 2] in ("?", "*") or body[end + 1 :].startswith("{0"):
                raise ValueError("an optional group opens an alternative")
            body = body[3:end]
        if any(word[1:2] in ("?", "*") or word[1:].startswith("{0")
               for word in _alternatives(body)):
            raise ValueError("an optional first character")
        firsts.update(first_letters(body))
    return "".join(sorted(firsts))


def _group_end(source: str) -> int:
    """The index of the parenthesis that closes the group `source` opens with."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("an unclosed group")


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives (an escaped character, a group or a class holds no split)."""
    found, depth, start, i = [], 0, 0, 0
    in_class = False
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            found.append(alternation[start:i])
            start = i + 1
        i += 1
    return [*found, alternation[start:]]


def starting_with(chars: str, pattern: str) -> str:
    """`pattern`, turned down at once where the text's next character is none of `chars` (a
    regex class body)."""
    return f"(?=[{chars}])(?:{pattern})"

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
from collections.abc import Iterator

from detectors.casefold import plain_latin

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


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """Each character of a regex source that is not escaped and not in a class, with its
    index and the group depth once it is read."""
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
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _group_end(source: str) -> int:
    """The index of the parenthesis that closes the group `source` opens with."""
    for i, c, depth in _structure(source):
        if c == ")" and depth == 0:
            return i
    raise ValueError("an unclosed group")


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives (an escaped character, a group or a class holds no split)."""
    found, start = [], 0
    for i, c, depth in _structure(alternation):
        if c == "|" and depth == 0:
            found.append(alternation[start:i])
            start = i + 1
    return [*found, alternation[start:]]


def starting_with(chars: str, pattern: str) -> str:
    """`pattern`, turned down at once where the text's next character is none of `chars` (a
    regex class body)."""
    return f"(?=[{chars}])(?:{pattern})"


# A gate: where, at the earliest, a pattern can match in a text. It looks for the literal
# words every match of the pattern opens with in the lower-cased text (patterns.fold), each
# alternative opening with its first letter: the engine then scans for those letters in C
# instead of entering a pattern at every offset, and the costly scan starts at the first word
# found, or not at all (finditer from there finds every match the scan from 0 finds). Lower
# case stands for IGNORECASE only where casefold.lower_is_ignorecase holds of the text.
_MAX_PREFIXES = 64
_STOP = frozenset("()|.^$*+?{}")
_QUANTIFIERS = frozenset("?*+{")


def word_gate(alternation: str) -> re.Pattern[str]:
    """A pattern that finds, in a lower-cased text, the word starts where an alternative of
    `alternation` (each opening, after a look-behind the gate does without, with a letter or
    digit at a word start) can begin, in lower case. A match of it is a word start; the
    words are the literal beginnings of the alternatives (`literal_prefixes`)."""
    words = {w.lower() for alternative in _alternatives(alternation)
             for w in literal_prefixes(_LOOK_BEHIND.sub("", alternative))}
    if not all(plain_latin(w) for w in words):
        raise ValueError("a gate word folds otherwise than by lower case")
    return re.compile(gate_source(words))


def gate_start(gate: re.Pattern[str], low: str | None) -> int | None:
    """Where the scan of a gated pattern starts: the gate's first match in the lower-cased
    text, None where there is none (nothing to scan); 0 where `low` is None, the text's lower
    case not being what IGNORECASE compares."""
    if low is None:
        return 0
    found = gate.search(low)
    return None if found is None else found.start()


def gate_source(words: set[str]) -> str:
    """An alternation of `words`, each alternative opening with its first character so that
    the engine scans for the first characters in C. A word opening with a letter or digit is
    looked for at word starts (the look-behind follows its first character), any other
    anywhere."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        if not word:
            raise ValueError("an empty gate word")
        by_first.setdefault(word[0], set()).add(word[1:])
    alternatives = []
    for first, rests in sorted(by_first.items()):
        boundary = r"(?<!\w.)" if first.isalnum() else ""
        # a word that holds another at its start adds nothing to the gate ("ne" and "née")
        kept = sorted(r for r in rests if not any(r.startswith(o) for o in rests if o != r))
        body = "" if "" in rests else "(?:" + "|".join(map(re.escape, kept)) + ")"
        alternatives.append(f"{re.escape(first)}{boundary}{body}")
    return "|".join(alternatives)


def literal_prefixes(alternative: str) -> list[str]:
    """The literal strings one alternative of a pattern must open with ("n[ée]e?(?:\\s+le)?"
    opens with "ne" or "né"; "d\\.?o" with "d.o" or "do"): its leading characters, escaped
    characters and classes of plain characters, an optional one as two ways. Raises where
    the alternative opens with nothing literal."""
    prefixes, i = [""], 0
    while i < len(alternative):
        atom = _atom(alternative, i)
        if atom is None:
            break
        chars, end = atom
        quantifier = alternative[end : end + 1]
        if quantifier == "?":
            chars, end = [*chars, ""], end + 1
        elif quantifier in _QUANTIFIERS:
            break  # repeated or possibly absent: what was read is the prefix
        grown = [p + c for p in prefixes for c in chars]
        if len(grown) > _MAX_PREFIXES:
            break
        prefixes, i = grown, end
    if any(not p for p in prefixes):
        raise ValueError(f"no literal opening: {alternative!r}")
    return prefixes


def _atom(source: str, i: int) -> tuple[list[str], int] | None:
    """The characters one literal atom at `source[i]` matches and where it ends; None for
    anything else (a group, a class escape, a wildcard)."""
    c = source[i]
    if c == "\\":
        escaped = source[i + 1 : i + 2]
        return None if not escaped or escaped.isalnum() else ([escaped], i + 2)
    if c == "[":
        end = source.find("]", i + 1)
        body = source[i + 1 : end]
        if end < 0 or not body or any(ch in "\\^-[" for ch in body):
            return None
        return sorted(set(body)), end + 1
    if c in _STOP or c.isspace():
        return None
    return [c], i + 1

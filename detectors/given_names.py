"""Full names found by their given name: a given name from Faker's locale lists for the eight
wiki languages (given_names.json, built by scripts/build_lexicons.py) followed by one or two
capitalised words ("Claudia Vollmert", "Alicja Mroczek", "Jens van der Berg"). It complements
spaCy where the model finds nothing, above all in the languages without a model of their own
(de, es, it, pt, nl, pl), where the English model tags names poorly; a list does not care
which language surrounds the name.

Linear: one pass over the words, set look-ups, at most three words read after a hit.
"""

from __future__ import annotations

import re
from functools import cache

from detectors.patterns import load

_MAX_TEXT = 200_000
_MAX_SPANS = 300
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_PARTICLES = frozenset((
    "van", "von", "de", "der", "den", "da", "do", "dos", "das", "del", "della", "di", "du", "la",
    "le", "ten", "ter", "bin", "al",
))
# Given names that are also common capitalised words at a sentence start or in titles
_AMBIGUOUS = frozenset((
    "will", "may", "june", "april", "august", "mark", "rose", "bill", "art", "grant", "page",
    "hope", "chase", "faith", "joy", "grace", "summer", "autumn", "winter", "dawn", "sky", "storm",
    "amber", "ruby", "pearl", "jade", "lily", "iris", "violet", "daisy", "christian", "christ",
    "norman", "frank", "earl", "king", "prince", "duke", "major", "sunny", "rich", "don", "guy",
    "ray", "ben", "max", "sam", "sonny", "lane", "miles", "jean", "gene", "dean",
))


@cache
def given_names() -> frozenset[str]:
    data = load("given_names.json")
    names = {name for lang, names in data.items() if not lang.startswith("_") for name in names}
    return frozenset(n for n in names if n.lower() not in _AMBIGUOUS)


def _surname(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and not word.isupper() and word[1:].islower()


def full_names(text: str) -> list[tuple[int, int]]:
    """Spans of "<given name> <Surname>[ <Surname>]" (particles allowed between)."""
    names = given_names()
    # the given names among the words, found in one C-level pass; most texts hold none, and
    # need no match objects (findall and finditer find the same words, in the same order)
    found = _WORD.findall(text[:_MAX_TEXT])
    if names.isdisjoint(found):
        return []
    hits = [i for i, word in enumerate(found) if word in names]
    words = list(_WORD.finditer(text[:_MAX_TEXT]))
    spans: list[tuple[int, int]] = []
    after = 0  # words before this belong to a name already found
    for i in hits:
        if len(spans) >= _MAX_SPANS:
            break
        if i < after:
            continue
        end, j = _surnames(text, words, i)
        if end is not None:
            spans.append((words[i].start(), end))
            after = j
    return spans


def _surnames(text: str, words: list[re.Match[str]], i: int) -> tuple[int | None, int]:
    """The end of the surnames after the given name words[i] (None without one), and the index
    of the word after them."""
    end, j = None, i + 1
    while j < len(words) and j - i <= 4 and _adjacent(text, words[j - 1], words[j]):
        word = words[j].group()
        if _surname(word):
            end, j = words[j].end(), j + 1
        elif word in _PARTICLES:
            j += 1
        else:
            break
        if end is not None and j - i >= 3:
            break
    return end, j


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = text[left.end() : right.start()]
    return gap in (" ", "\u00a0")

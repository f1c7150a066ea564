"""First-letter lookaheads (detectors/ner.py) must cover every phrase they guard: a missing
letter would silently drop findings. Likewise the name-shape checks that let a text skip the
introducing patterns must hold wherever those patterns match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.base import TextContext
from detectors.ner import (
    _CAPS_START,
    _INTRO,
    _INTRODUCED,
    _INTRODUCED_CAPS,
    _NAME_START,
    _NAMING,
    _STRONG,
    INTRO_FIRST,
    NAMING_FIRST,
    STRONG_FIRST,
    NameDetector,
)


def _alternatives(pattern: str) -> list[str]:
    """Top-level alternatives of a regex source (no character classes hold '|' or parens)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


def _first_letters(pattern: str) -> set[str]:
    letters: set[str] = set()
    for alternative in _alternatives(pattern):
        if alternative.startswith("(?:"):
            depth = 0
            for i, ch in enumerate(alternative):
                depth += {"(": 1, ")": -1}.get(ch, 0)
                if depth == 0:
                    letters |= _first_letters(alternative[3:i])
                    break
        else:
            letters.add(alternative[0])
    return letters


def test_every_naming_phrase_starts_with_a_listed_letter() -> None:
    firsts = _first_letters(_INTRO)
    assert {"r", "y", "è", "b"} <= firsts  # the parser above sees the phrases
    assert firsts <= set(INTRO_FIRST)
    assert _first_letters(_STRONG) <= set(STRONG_FIRST)
    naming = _first_letters(_NAMING)
    assert {"m", "n", "c", "z"} <= naming
    assert naming <= set(NAMING_FIRST)


@pytest.mark.parametrize("listed", [INTRO_FIRST, STRONG_FIRST])
def test_the_class_accepts_exactly_what_the_letters_accept_case_insensitively(
        listed: str) -> None:
    as_class = re.compile(f"[{listed}]", re.IGNORECASE)
    letters = re.compile("|".join(listed), re.IGNORECASE)
    for code in range(0x3000):  # every case pair of these letters lies below
        ch = chr(code)
        assert bool(as_class.match(ch)) == bool(letters.match(ch)), hex(code)


def test_names_after_phrases_of_each_first_letter_are_found() -> None:
    text = ("His real name is Paul Okonjo. Behind the account is Jane Roe. Ik ben Anna de Vries. "
            "Sie heißt Maria Weber. VOCÊ É Joana Silva.")
    found = NameDetector().detect(TextContext(text, "en", ()))
    names = [text[f.start : f.end] for f in found]
    assert names == ["Paul Okonjo", "Jane Roe", "Anna de Vries", "Maria Weber", "Joana Silva"]


_NAME_PIECES = ["my real name is ", "this user is ", "THIS USER IS ", "you are ", "= ", "Paul",
                "OKONJO", "Jane", "Doe", "van", "der", "Éva", "DE", "O'NEIL", "Dr. ", " ", "\n",
                ": ", "'''", "x", "-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=14))
def test_a_text_the_name_checks_skip_holds_no_introduced_name(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _INTRODUCED.search(text):
        assert _NAME_START.search(text)
    if _INTRODUCED_CAPS.search(text):
        assert _CAPS_START.search(text)

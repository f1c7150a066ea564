"""The cached char_wb hashing builds exactly scikit-learn's HashingVectorizer matrix."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judgement import hashing
from judgement.hashing import CharWords, matrix
from judgement.textmodel import _CHARS

SAMPLES = [
    "", "   ", "a", "ab", "Straße İstanbul ſtreet ÀÉÎ", "x" * 200, "tab\there\n\nnew  lines",
    "Hi [[User:Lark Meadow|Lark]], he lives at 12 Mill Road; call +44 7700 900317!",
    "उदाहरण.परीक्ष@example.org — ça va? Ἀθῆναι ΣΊΣΥΦΟΣ",
]


def _equal(texts: list[str], analyzer: CharWords) -> None:
    expected = _CHARS.transform(texts).tocsr()
    built = matrix(texts, analyzer).tocsr()
    assert built.shape == expected.shape
    assert built.dtype == expected.dtype
    assert np.array_equal(built.indptr, expected.indptr)
    assert np.array_equal(built.indices, expected.indices)
    assert np.array_equal(built.data, expected.data)


def test_same_matrix_as_scikit_learn_on_samples() -> None:
    analyzer = CharWords(_CHARS)
    _equal(SAMPLES, analyzer)
    _equal(SAMPLES, analyzer)  # second time from the cache


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=4))
def test_same_matrix_as_scikit_learn_on_any_text(texts: list[str]) -> None:
    _equal(texts, CharWords(_CHARS))


def test_a_full_cache_is_emptied_not_grown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hashing, "CACHE_WORDS", 3)
    analyzer = CharWords(_CHARS)
    _equal(SAMPLES, analyzer)
    assert len(analyzer._cache.known) <= 3


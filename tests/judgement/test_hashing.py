"""The cached hashing builds exactly scikit-learn's HashingVectorizer matrices."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import hstack
from sklearn.feature_extraction.text import HashingVectorizer

from judgement import hashing
from judgement.hashing import CharWords, Columns, WordGrams, binary_rows, matrix
from judgement.textmodel import _CHARS, _WORDS, vectorize

SAMPLES = [
    "", "   ", "a", "ab", "Straße İstanbul ſtreet ÀÉÎ", "x" * 200, "tab\there\n\nnew  lines",
    "Hi [[User:Lark Meadow|Lark]], he lives at 12 Mill Road; call +44 7700 900317!",
    "उदाहरण.परीक्ष@example.org — ça va? Ἀθῆναι ΣΊΣΥΦΟΣ",
]


def _same_csr(built: Any, expected: Any) -> None:
    """The same sparse matrix to the last bit: shape, type, structure and values."""
    assert built.shape == expected.shape
    assert built.dtype == expected.dtype
    assert np.array_equal(built.indptr, expected.indptr)
    assert np.array_equal(built.indices, expected.indices)
    assert np.array_equal(built.data, expected.data)


def _equal(texts: list[str], analyzer: CharWords) -> None:
    _same_csr(matrix(texts, analyzer).tocsr(), _CHARS.transform(texts).tocsr())


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



def _stacked(texts: list[str]) -> Any:
    return hstack([_CHARS.transform(texts), _WORDS.transform(texts)], format="csr")


def _same_rows(texts: list[str], analyzers: list[Columns]) -> None:
    _same_csr(binary_rows(texts, analyzers), _stacked(texts))


def test_binary_rows_are_scikit_learns_stacked_matrices() -> None:
    analyzers: list[Columns] = [CharWords(_CHARS), WordGrams(_WORDS)]
    _same_rows(SAMPLES, analyzers)
    _same_rows(SAMPLES, analyzers)  # second time from the caches
    assert np.array_equal(vectorize(SAMPLES).toarray(), _stacked(SAMPLES).toarray())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=4))
def test_binary_rows_on_any_text(texts: list[str]) -> None:
    _same_rows(texts, [CharWords(_CHARS), WordGrams(_WORDS)])


def test_binary_rows_refuse_counting_analyzers() -> None:
    counting = HashingVectorizer(analyzer="word", n_features=8, binary=False)
    with pytest.raises(ValueError, match="binary"):
        binary_rows(["a b"], [WordGrams(counting)])

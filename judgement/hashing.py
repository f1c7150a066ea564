"""scikit-learn's HashingVectorizer for char_wb n-grams (no sign, l2 norm), built from hashes
cached per word: the same matrix in about a third of the time; and `binary_rows`, the text
model's whole input (char_wb and word n-grams side by side) in one pass.

Most of HashingVectorizer's time is Python: cutting each word into n-grams and handing each
to the hasher, for words already seen thousands of times. A word's character n-grams (char_wb
pads each word with spaces, so they never cross words) and a word's own hash never change, so
they are hashed once and kept in a bounded cache (word n-grams gain nothing from it: their
analyzer stays scikit-learn's). The rows
are built as scikit-learn builds them (counts summed, indices sorted, then `normalize`), so
the result is equal to the last bit (tests/judgement/test_hashing.py checks it against
HashingVectorizer itself).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.preprocessing import normalize
from sklearn.utils import murmurhash3_32

CACHE_WORDS = 200_000  # words kept (a hostile text cannot grow it further)
MAX_WORD = 64  # longer words are hashed each time, not kept
_MIN_INT32 = -(2**31)
_Value = TypeVar("_Value", int, tuple[int, ...])


def column(feature: str, buckets: int) -> int:
    """The column scikit-learn's FeatureHasher gives `feature` (seed 0, as in _hashing_fast)."""
    h = int(murmurhash3_32(feature, seed=0))
    if h == _MIN_INT32:
        return (2**31 - 1 - (buckets - 1)) % buckets
    return abs(h) % buckets


class _Cache(Generic[_Value]):
    """word → its columns, computed on first sight; emptied when full. Ints or tuples of ints,
    which the garbage collector stops tracking, so a full cache costs its collections nothing."""

    def __init__(self, compute: Callable[[str], _Value]) -> None:
        self.compute: Callable[[str], _Value] = compute
        self.known: dict[str, _Value] = {}

    def __call__(self, word: str) -> _Value:
        found = self.known.get(word)
        if found is None:
            found = self.compute(word)
            if len(word) <= MAX_WORD:
                if len(self.known) >= CACHE_WORDS:
                    self.known.clear()
                self.known[word] = found
        return found


class CharWords:
    """A char_wb HashingVectorizer's columns, word by word: its own n-grams (lower-cased, as
    its preprocessor does) and its number of buckets, hashed once per word."""

    def __init__(self, vectorizer: Any) -> None:
        self.buckets = int(vectorizer.n_features)
        self.binary = bool(vectorizer.binary)
        ngrams = vectorizer._char_wb_ngrams  # one word in, that word's n-grams out
        self._cache = _Cache(
            lambda w: tuple(column(g, self.buckets) for g in ngrams(w)))

    def columns(self, text: str) -> list[int]:
        # str.split() splits at runs of the characters \s matches, as scikit-learn's
        # whitespace normalisation then split do together
        out: list[int] = []
        known, hashed = self._cache.known, self._cache
        for word in text.lower().split():
            found = known.get(word)
            out += hashed(word) if found is None else found
        return out


def matrix(texts: Sequence[str], analyzer: CharWords) -> csr_matrix:
    """One l2-normalised row of summed counts (or of ones, for a binary vectorizer) per text,
    as HashingVectorizer.transform."""
    indptr, indices, data = [0], [], []
    for text in texts:
        cols, counts = np.unique(np.asarray(analyzer.columns(text), dtype=np.int32),
                                 return_counts=True)
        indices.append(cols.astype(np.int32))
        data.append(np.ones(len(cols), np.float32) if analyzer.binary
                    else counts.astype(np.float32))
        indptr.append(indptr[-1] + len(cols))
    built: Any = csr_matrix(
        (np.concatenate(data) if data else np.zeros(0, np.float32),
         np.concatenate(indices) if indices else np.zeros(0, np.int32),
         np.asarray(indptr, dtype=np.int32)),
        shape=(len(texts), analyzer.buckets), dtype=np.float32)
    return normalize(built, norm="l2", copy=False)


class WordGrams:
    """A word HashingVectorizer's columns: its own analyzer (lower-casing, tokens, n-grams),
    each feature hashed once (word pairs too: the cache is bounded like _Cache's)."""

    def __init__(self, vectorizer: Any) -> None:
        self.buckets = int(vectorizer.n_features)
        self.binary = bool(vectorizer.binary)
        self._analyze: Callable[[str], list[str]] = vectorizer.build_analyzer()
        self._cache = _Cache(lambda f: column(f, self.buckets))

    def columns(self, text: str) -> list[int]:
        known, hashed = self._cache.known, self._cache
        return [known.get(f) or hashed(f) for f in self._analyze(text)]


class Columns(Protocol):
    buckets: int
    binary: bool

    def columns(self, text: str) -> list[int]: ...


def binary_rows(texts: Sequence[str], analyzers: Sequence[Columns]) -> csr_matrix:
    """What `scipy.sparse.hstack` of each binary analyzer's l2-normalised matrix (as
    `matrix` or HashingVectorizer.transform build it) gives, to the last bit, without building
    them: per text and analyzer its distinct columns, sorted, each worth 1/sqrt(their count)
    (scikit-learn's `normalize` divides in double and stores float32)."""
    if not all(a.binary for a in analyzers):
        raise ValueError("binary_rows needs binary analyzers")
    offsets = [sum(a.buckets for a in analyzers[:i]) for i in range(len(analyzers))]
    indptr, indices, data = [0], [np.zeros(0, np.int32)], [np.zeros(0, np.float32)]
    for text in texts:
        filled = indptr[-1]
        for offset, analyzer in zip(offsets, analyzers, strict=True):
            cols = _distinct(analyzer.columns(text))
            if len(cols):
                indices.append(cols + np.int32(offset))
                data.append(np.full(len(cols), 1.0 / math.sqrt(len(cols)), np.float32))
                filled += len(cols)
        indptr.append(filled)
    built: Any = csr_matrix(
        (np.concatenate(data), np.concatenate(indices), np.asarray(indptr, dtype=np.int32)),
        shape=(len(texts), sum(a.buckets for a in analyzers)), dtype=np.float32)
    return built


def _distinct(columns: list[int]) -> np.ndarray[Any, Any]:
    """np.unique of the columns as int32, without its overhead (most of its time on a text's
    few hundred columns): sorted, then each kept where it differs from the one before."""
    cols = np.asarray(columns, dtype=np.int32)
    if len(cols) < 2:
        return cols
    cols.sort()
    return cols[np.concatenate(([True], cols[1:] != cols[:-1]))]

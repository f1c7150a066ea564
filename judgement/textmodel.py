"""A linear model over the words and character n-grams of the whole text: it carries wording
(in any of the eight languages, inflections included) that no detector has a rule for. Its
score is one feature of the boosted trees (stacking: trained on out-of-fold scores).

Each n-gram counts once however often it repeats: pages of repeated markup or text after an
outing sentence would otherwise outweigh it.

Hashing keeps the vocabulary out of the model file: weights are one float32 array (.npy,
read without pickle) and a bias.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import HashingVectorizer

from judgement.hashing import CharWords, WordGrams, binary_rows

BUCKETS = 2**17  # per analyzer: character n-grams, then words and word pairs
MAX_CHARS = 1500  # the start of the text: most edits are shorter, and cost grows with it
_CHARS = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=BUCKETS,
                           alternate_sign=False, binary=True, norm="l2", lowercase=True,
                           dtype=np.float32)
_WORDS = HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=BUCKETS,
                           alternate_sign=False, binary=True, norm="l2", lowercase=True,
                           dtype=np.float32)


# _CHARS's and _WORDS's columns, from hashes cached per word and per word n-gram
_ANALYZERS = (CharWords(_CHARS), WordGrams(_WORDS))


def vectorize(texts: Sequence[str]) -> csr_matrix:
    """The two vectorizers' matrices side by side (hstack), to the last bit."""
    return binary_rows([t[:MAX_CHARS] for t in texts], _ANALYZERS)


class TextModel:
    def __init__(self, weights: np.ndarray[Any, Any], bias: float) -> None:
        if weights.shape != (2 * BUCKETS,):
            raise ValueError("text model weights do not match the vectorizer")
        self.weights = weights.astype(np.float32)
        self.bias = bias

    @classmethod
    def load(cls, folder: Path) -> TextModel:
        weights = np.load(folder / "text.npy", allow_pickle=False)
        meta = json.loads((folder / "text.json").read_text(encoding="utf-8"))
        return cls(weights, float(meta["bias"]))

    def save(self, folder: Path) -> None:
        np.save(folder / "text.npy", self.weights.astype(np.float32), allow_pickle=False)
        meta = {"bias": self.bias, "buckets": BUCKETS, "max_chars": MAX_CHARS,
                "analyzers": ["char_wb 3-5", "word 1-2"]}
        (folder / "text.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")

    def score(self, texts: Sequence[str]) -> np.ndarray[Any, Any]:
        if not texts:
            return np.zeros(0)
        margin = vectorize(texts) @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-margin)), dtype=np.float64)

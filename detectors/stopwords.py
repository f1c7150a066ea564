"""spaCy's stop words of the watched wikis' eight languages, as one lower-case set (the word
lists only: no model is loaded)."""

from __future__ import annotations

import importlib
from functools import cache

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")


@cache
def stop_words() -> frozenset[str]:
    words: set[str] = set()
    for language in LANGUAGES:
        try:
            module = importlib.import_module(f"spacy.lang.{language}.stop_words")
        except ImportError:
            continue
        words |= {w.lower() for w in module.STOP_WORDS}
    return frozenset(words)

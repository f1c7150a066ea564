"""Full names found by a given-name list, in the eight wiki languages, with hard negatives."""

from __future__ import annotations

import time

import pytest

from detectors.base import TextContext
from detectors.given_names import full_names
from detectors.ner import NameDetector

NAMES = [
    ("en", "that's his colleague Maria Jones at the branch", "Maria Jones"),
    ("de", "Grüß mal Claudia Vollmert von mir.", "Claudia Vollmert"),
    ("fr", "Ton père, Gérard Pouliquen, sera ravi.", "Gérard Pouliquen"),
    ("es", "hablaré con tu hermano Javier Quintela mañana", "Javier Quintela"),
    ("it", "è stata Giulia Ferrandi a scriverlo", "Giulia Ferrandi"),
    ("pt", "a dona da clínica, Patrícia Nogueira Leme, atende", "Patrícia Nogueira Leme"),
    ("nl", "Ze heet Esther van der Berg en woont hier.", "Esther van der Berg"),
    ("pl", "To doktor Alicja Mroczek, właścicielka lecznicy.", "Alicja Mroczek"),
]


@pytest.mark.parametrize(("language", "text", "name"), NAMES)
def test_full_names_in_every_language(language: str, text: str, name: str) -> None:
    assert [text[s:e] for s, e in full_names(text)] == [name]
    found = NameDetector().detect(TextContext(text, language))
    assert name in [text[f.start : f.end] for f in found]


NOT_NAMES = [
    "Thanks John. Great work on the article.",
    "May Day parades were held in the capital.",
    "anna kowalska wrote in lower case",
    "The Will Of The People was a slogan",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_hard_negatives(text: str) -> None:
    assert full_names(text) == []


def test_pathological_input_is_read_in_bounded_time() -> None:
    text = "Anna " * 40_000
    started = time.perf_counter()
    full_names(text)
    assert time.perf_counter() - started < 10.0

"""The pre-checks that spare a detector a scan (a look-ahead on first letters, a backwards
street-word scan, the id schemes' `needs`) turn down only texts the scan finds nothing in."""

from __future__ import annotations

import re

import pytest

from detectors import address, id_number, threat
from detectors.lookahead import word_starts
from detectors.patterns import fold, lower_source
from detectors.patterns import threat_rules as rules


def test_word_starts_reads_words_and_groups_after_a_word_start() -> None:
    assert word_starts(r"\b(?:your|ur)\s+name|\bwho\s+you") == "uwy"


@pytest.mark.parametrize("source", [r"\b(?:a|b)?c", r"\be?mail", r"\b(?:e?x|y)", r"x|\by"])
def test_word_starts_refuses_what_may_open_otherwise(source: str) -> None:
    with pytest.raises(ValueError):
        word_starts(source)


_TEXTS = (
    "If you revert again, your employer hears about it. Just saying.",
    "Wenn du weiter machst, erfährt dein Chef deinen Klarnamen. Nur so.",
    "Sie wohnt in der Lindenstraße 12, 10115 Berlin; er in der Berliner Straße, Nr. 4.",
    "Keizersgracht 123 and Kossuth Lajos utca 23, Andrássy út 60, during 1971",
    "IBAN DE89 3704 0044 0532 0130 00, PAN ABCDE1234F, Ausweis T220001293",
    "codice fiscale RSSMRA85T10A562S and MBI 1EG4-TE5-MK73",
    "Nothing here but 2023 and a word like internationalisation.",
)


@pytest.mark.parametrize("text", _TEXTS)
def test_exposure_look_ahead_finds_what_the_plain_pattern_finds(text: str) -> None:
    plain = re.compile(lower_source(rules.EXPOSURE))
    low = fold(text)
    assert [m.span() for m in threat._EXPOSURE.finditer(low)] == [
        m.span() for m in plain.finditer(low)]


@pytest.mark.parametrize("text", _TEXTS)
def test_street_word_backwards_holds_every_suffixed_address(text: str) -> None:
    if address._SUFFIXED.search(text):
        assert address._STREET_WORD_BACKWARDS.search(text[::-1])


@pytest.mark.parametrize("text", _TEXTS)
def test_a_scheme_matches_only_where_its_needs_are_held(text: str) -> None:
    held = id_number._held(text)
    for scheme in id_number._SCHEMES:
        if scheme.shape.search(text):
            assert held[scheme.needs], scheme.shape.pattern
            assert scheme.dense <= bool(id_number._SIX_DIGITS.search(text))


@pytest.mark.parametrize("text", _TEXTS)
def test_probe_marks_replace_what_the_probe_table_does(text: str) -> None:
    assert threat._PROBE_MARKS.sub(" ", text) == text.translate(threat._PROBE)

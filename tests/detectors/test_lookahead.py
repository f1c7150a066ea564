"""First-character look-aheads (detectors/lookahead.py): what they allow, and that the birth
date and address shapes find the same spans with them as without."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors import address, birth_date
from detectors.lookahead import first_letters, starting_with
from detectors.patterns import fold, words_regex, words_source

_SHAPES = {name: getattr(birth_date, name) for name in ("_FULL", "_AFTER_BIRTHDAY", "_YEAR_ONLY")}
_GATE = re.compile(r"^\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", re.DOTALL)


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    match = _GATE.match(pattern.pattern)
    assert match is not None
    return re.compile(match.group(1), pattern.flags)


def test_first_letters_of_top_level_alternatives() -> None:
    assert first_letters(r"born(?:\s+on)?|geboren(?:\s+am|\s+op)?|n[ée|]e?") == "bgn"
    assert first_letters(r"(?<!et\s)al\.|ul\.|p569") == "apu"


def test_an_alternative_without_a_letter_first_is_refused() -> None:
    with pytest.raises(ValueError, match="letter or digit"):
        first_letters(r"born|\*")


def test_starting_with_turns_other_starts_down() -> None:
    gated = re.compile(starting_with("b", r"\b(?:born|geb\.)"), re.I)
    assert [m.group() for m in gated.finditer("Born here, geb. there, born")] == ["Born", "born"]


SAMPLES = [
    "Jane Roe (born 12 March 1984) lives here.", "geb. 3. Mai 1990 in Köln",
    "né le 4 juillet 1975", "date of birth (P569): 1990-01-02", "* 14.02.1962 in Wien",
    "her birthday is on 7 May 1999", "Jahrgang 1961, classe 1970", "ur. 5 maja 1980",
    "BORN 1 JAN 1970", "ſtarted 1999", "İ born 1988",
]
_PIECES = [*SAMPLES, "born", "Born", "geb.", "née", "12", "1984", "March", "*", " ", "\n", ", ",
           "ſ", "K", "İ", "ß", "birthday", "jahrgang", "(", ")", "x"]


@pytest.mark.parametrize("name", sorted(_SHAPES))
@pytest.mark.parametrize("text", SAMPLES)
def test_same_spans_on_samples(name: str, text: str) -> None:
    shape = _SHAPES[name]
    assert [m.span(1) for m in shape.finditer(text)] == [
        m.span(1) for m in _plain(shape).finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from(sorted(_SHAPES)))
def test_same_spans_on_any_text(pieces: list[str], name: str) -> None:
    text = "".join(pieces)
    shape = _SHAPES[name]
    assert [m.span(1) for m in shape.finditer(text)] == [
        m.span(1) for m in _plain(shape).finditer(text)]


def test_the_samples_hold_birth_dates() -> None:
    found = sum(bool(_SHAPES["_FULL"].search(text)) for text in SAMPLES)
    assert found >= 6


def test_word_lists_open_each_alternative_with_its_first_character() -> None:
    assert words_source(["Passport", "id card"]).startswith(
        r"(?:p(?<!\w.)(?:assport)|i(?<!\w.)(?:d\s{1,3}card))")
    assert r"(?<!\w.)" not in words_source(["passport", " leading space"])
    assert r"(?<!\w.)" not in words_source(["passport", ""])
    assert r"(?<!\w.)" not in words_source(["passport"], whole=False)


_WORDS = ["passport", "id card", "ſtudent", "kelvin", "$ sign", "+ plus", "straße", "İd"]
_WORD_PIECES = [*_WORDS, "PASSPORT", "Id  Card", "STUDENT", "K", "İ", "ß", "SS", " ", "\n", "x",
                "$", "+", "-", "'"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=20))
def test_word_lists_match_as_without_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    gated = words_regex(_WORDS)
    plain = re.compile(rf"(?<!\w)(?:{words_source(_WORDS, whole=False)})(?!\w)", re.IGNORECASE)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
    folded = fold(text)
    gated_low = re.compile(words_source(_WORDS))
    plain_low = re.compile(rf"(?<!\w)(?:{words_source(_WORDS, whole=False)})(?!\w)")
    assert [m.span() for m in gated_low.finditer(folded)] == [
        m.span() for m in plain_low.finditer(folded)]


_ADDRESS_SHAPES = {"post box": address.POST_BOX, "rural": address.RURAL,
                   "dwelling": address.DWELLING}
_ADDRESS_GATED = dict(zip(_ADDRESS_SHAPES, (p for p, _ in address._PATTERNS[3:]), strict=True))
_ADDRESS_PIECES = [
    "PO Box 123", "P.O. Box 7", "po box 9", "Postfach 10 01 23", "Boîte postale 4",
    "skrytka pocztowa 12", "ſkrytka pocztowa 1", "PSC 1234, Box 5678", "APO AE 09123",
    "County Road H", "RR 2 Box 45", "Star Route 3", "the flat above it, no. 31", "FLAT", "lakás",
    "Wohnung Nr. 4", ", London", " NW1 6XE", "Unit 5, Box 6", "K", "ſ", "İ", " ", "\n", "12",
    "box", "x",
]


@pytest.mark.parametrize("name", sorted(_ADDRESS_SHAPES))
@pytest.mark.parametrize("text", _ADDRESS_PIECES)
def test_address_shapes_find_the_same_spans_with_their_look_ahead(name: str, text: str) -> None:
    plain = re.compile(_ADDRESS_SHAPES[name])
    assert [m.span() for m in _ADDRESS_GATED[name].finditer(text)] == [
        m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_PIECES), max_size=12),
       st.sampled_from(sorted(_ADDRESS_SHAPES)))
def test_address_shapes_same_spans_on_any_text(pieces: list[str], name: str) -> None:
    text = "".join(pieces)
    plain = re.compile(_ADDRESS_SHAPES[name])
    assert [m.span() for m in _ADDRESS_GATED[name].finditer(text)] == [
        m.span() for m in plain.finditer(text)]

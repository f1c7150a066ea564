"""The gates that spare a detector a scan (lookahead.word_gate and the hand-made ones) turn down
only texts the scan finds nothing in, and start a scan no later than its first match."""

from __future__ import annotations

import re

import pytest

from detectors import address, birth_date, ner
from detectors.casefold import ODD_CASE, lower_is_ignorecase
from detectors.given_names import full_names
from detectors.lookahead import gate_start, literal_prefixes, word_gate
from detectors.patterns import fold, ignorecase_fold, words_source


def test_literal_prefixes_expand_classes_and_optional_characters() -> None:
    assert sorted(literal_prefixes(r"n[ée]e?(?:\s+le)?")) == ["ne", "nee", "né", "née"]
    assert sorted(literal_prefixes(r"d\.?o\.?b")) == ["d.o.b", "d.ob", "do.b", "dob"]
    assert literal_prefixes(r"ur\.") == ["ur."]
    assert sorted(literal_prefixes(r"urodzin[ya]?")) == ["urodzin", "urodzina", "urodziny"]
    assert literal_prefixes(r"geb\w*") == ["geb"]  # a class escape ends it
    assert literal_prefixes(r"ab+c") == ["a"]  # so does a repeated character


@pytest.mark.parametrize("source", [r"(?:a|b)c", r"\sfoo", r"x?", r".z"])
def test_literal_prefixes_refuse_what_opens_with_nothing_literal(source: str) -> None:
    with pytest.raises(ValueError):
        literal_prefixes(source)


def test_word_gate_finds_words_at_word_starts_only() -> None:
    gate = word_gate(r"born|n[ée]e?|(?<!et\s)al\.")
    assert gate_start(gate, "reborn, stillborn and so on") is None
    assert gate_start(gate, "x née y") == 2
    assert gate_start(gate, "al. jerozolimskie") == 0
    assert gate_start(gate, None) == 0  # no lower case to read: the scan starts at 0


def test_word_gate_refuses_a_word_lower_case_does_not_fold() -> None:
    with pytest.raises(ValueError):
        word_gate("ſtraße")


_TEXTS = (
    "Jane Doe (born 3 May 1989 in Leeds) and her sister, née Smith, b. 12/04/85.",
    "Er wurde am 3. Mai 1989 geboren; Geburtsdatum: 03.05.1989; Jahrgang 1990.",
    "Happy birthday! Her birthday is 14 February 1990, she is 32 years old.",
    "DOB: 1990-02-14, * 5 March 1901, urodzona 3 maja 1985 r., ur. 5.3.1985",
    "IL EST NÉ LE 3 MAI 1989. CUMPLEAÑOS EL 5 DE MAYO. 25 AÑOS",
    "My name is vitoria, her maiden name is Møller, ich heiße Jonas, je m'appelle Léa.",
    "Il s'appelle Marco, me llamo Ana, mi chiamo Luca, chamo-me Rui, ik heet Daan.",
    "Nazywam się Anna, mam na imię Ola, he goes by Bobby, i'm called Sam.",
    "Via Roma 12, 12 rue de la Paix, ul. Długa 5, Calle Mayor 5, al. Jana Pawła 3",
    "the flat above it, no. 31; Wohnung Nr. 4; apartamento n.º 3",
    "Nothing here but 2023, born-again prose and 12 new items at a nearby place.",
)


def _scan_gates() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return [(birth_date._FULL, birth_date._CUE_GATE), (birth_date._SHORT, birth_date._CUE_GATE),
            (birth_date._AFTER_BIRTHDAY, birth_date._BIRTHDAY_GATE),
            (birth_date._BIRTHDAY_NO_YEAR, birth_date._BIRTHDAY_GATE),
            (birth_date._YEAR_ONLY, birth_date._YEAR_CUE_GATE),
            (birth_date._AGE, birth_date._AGE_GATE), (address._DWELLING, address._DWELLING_GATE)]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_gated_scan_starts_no_later_than_its_first_match(text: str) -> None:
    low = fold(text)
    for pattern, gate in _scan_gates():
        first = pattern.search(text)
        if first is not None:
            start = gate_start(gate, low)
            assert start is not None, pattern.pattern[:60]
            assert start <= first.start(), pattern.pattern[:60]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_presence_gate_holds_wherever_its_pattern_matches(text: str) -> None:
    low = fold(text)
    for pattern, gate in ((birth_date._THEN_BORN, birth_date._BORN_AFTER_GATE),
                          (ner._NAMED_AS, ner._NAMING_GATE),
                          (address._PREFIXED, address._PREFIX_GATE)):
        if pattern.search(text):
            assert gate.search(low), pattern.pattern[:60]


def test_the_gates_see_what_the_texts_hold() -> None:
    low = [fold(t) for t in _TEXTS]
    for gate in (birth_date._CUE_GATE, birth_date._BIRTHDAY_GATE, birth_date._YEAR_CUE_GATE,
                 birth_date._BORN_AFTER_GATE, ner._NAMING_GATE, address._PREFIX_GATE,
                 address._DWELLING_GATE):
        assert any(gate.search(t) for t in low), gate.pattern[:60]


@pytest.mark.parametrize("text", _TEXTS)
def test_words_by_first_character_match_as_the_plain_alternation(text: str) -> None:
    words = ["born", "b", "birthday", "née", "date of birth", "#tag", "ul.", "nr"]
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in ordered)
    plain = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)
    grouped = re.compile(words_source(words), re.I)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_ignorecase_fold_is_none_where_lower_case_is_not_ignorecase() -> None:
    for odd in ODD_CASE:
        assert not lower_is_ignorecase(f"ab{odd}c")
        assert ignorecase_fold(f"ab{odd}c") is None
    text = "Straße İstanbul"[:6] + " KELVIN \u212a"
    assert ignorecase_fold(text) == fold(text)
    assert ignorecase_fold(text) == fold(text)  # the kept answer


def test_full_names_without_a_given_name_is_empty() -> None:
    assert full_names("the quick brown fox jumps over Lazy Dogs") == []
    assert full_names("met Claudia Vollmert yesterday") == [(4, 20)]

"""Phone numbers spelled out in words, in the wikis' languages, and what is not one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detectors.base import TextContext
from detectors.spelled import _RUN, SpelledPhoneDetector, _kind, _KindCache, may_hold_run

SPELLED = [
    ("Chiamalo: tre tre tre, zero zero zero, sei due uno nove. Risponde", "tre tre tre"),
    ("Chama no WhatsApp: onze, nove zero zero zero zero, quatro quatro um dois.", "onze"),
    ("Bel hem: nul zes, dan vier nullen, dan vijf vijf twee negen. Zeg", "nul zes"),
    ("ring him on oh seven seven double oh nine oh oh three one seven", "oh seven"),
    ("Ruf an: null eins fünf eins, drei drei zwei, acht acht neun", "null eins"),
    ("appelle le zéro six, douze? non: zéro six trois neuf neuf huit un deux", "zéro six"),
    ("llámale al seis uno dos, cinco cinco cinco, cero uno dos", "seis uno dos"),
    ("dzwońcie: pięć pięć pięć, zero jeden dwa, trzy cztery pięć", "pięć pięć"),
    # tens as one word or hyphenated, units joined to them, "N times" repeats
    ("Ruf sie an: null eins sechs zwei, dann dreimal die Null, dann sieben acht. Danke",
     "null eins"),
    ("son portable : zéro six, douze, quarante-sept, zéro deux, quatre-vingt-dix. Voilà",
     "zéro six"),
    ("bel: nul zes, vijfenvijftig, twaalf, drie keer vijf, acht.", "nul zes"),
    ("il numero è tre tre nove, ventidue, tre volte zero, quarantotto", "tre tre"),
    ("llámala al seis dos cero, veintiuno, dos veces cero, cuarenta y cinco", "seis dos"),
    ("liga: nove um, trinta e dois, duas vezes zero, quarenta e oito", "nove um"),
    ("dzwoń: sześćset? nie: sześć zero dwa, dwa razy zero, czterdzieści dziewięć, jedenaście",
     "sześć zero"),
    ("text her on oh seven nine one ... one one ... forty-four ... twelve", "oh seven"),
]
NOT_PHONES = [
    "I have one or two questions and three answers.",
    "Die drei Musketiere und vier Freunde kamen um zwei.",
    "uno due tre stella",
    "Seven bridges, six towers and one cathedral.",
    "one two three four five six",
    "In the twenties and thirties, forty or fifty people came, then sixty.",
    "Er kam um drei, dann vier, und zwölf Leute blieben bis zwanzig Uhr.",
    "Il a quatre-vingt-dix-huit ans et soixante-dix petits-enfants.",
    "Entre veinte y treinta, quizá cuarenta personas.",
]


@pytest.mark.parametrize(("text", "start"), SPELLED)
def test_spelled_numbers_are_phones(text: str, start: str) -> None:
    found = SpelledPhoneDetector().detect(TextContext(text))
    assert [f.type for f in found] == ["phone"]
    assert text[found[0].start :].startswith(start)


@pytest.mark.parametrize("text", NOT_PHONES)
def test_counting_words_are_not(text: str) -> None:
    assert SpelledPhoneDetector().detect(TextContext(text)) == []


def test_a_long_run_of_number_words_is_bounded() -> None:
    text = "one " * 50_000
    found = SpelledPhoneDetector().detect(TextContext(text))
    assert 0 < len(found) <= 20


_PIECES = ["zero", "Null", "quarante", "huit", "vijfenvijftig", "ventidue", "dreimal", "die",
           "drie keer", "duas vezes o", "double", "dann", "e", "y", "zeros", "nullen", "dwa",
           "razy", "the", "call", "İ", "ſ", "and", "cinq", "veintiuno", "elf", "uno", "—",
           "’", "ſix", "σ", "ﬆ"]


@given(st.lists(st.tuples(st.sampled_from(_PIECES),
                          st.sampled_from([" ", ", ", "-", " ... ", "; ", "\n", "/"])),
                max_size=30))
def test_the_word_index_never_skips_a_run(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    if _RUN.search(text):
        assert may_hold_run(text)


def test_word_kinds_are_remembered_within_a_bound() -> None:
    cache = _KindCache(limit=3, longest=10)
    words = ["zero", "double", "call", "vijfenvijftig", "dreimal", "x" * 11]
    assert [cache(w) for w in words] == [_kind(w) for w in words]
    assert [_kind(w) for w in words[:3]] == ["number", "glue", "other"]
    assert len(cache.known) <= 3
    assert "x" * 11 not in cache.known
    assert all(cache.known[w] == _kind(w) for w in cache.known)


"""Phone numbers spelled out in words, in the wikis' languages, and what is not one."""

from __future__ import annotations

import pytest

from detectors.base import TextContext
from detectors.spelled import SpelledPhoneDetector

SPELLED = [
    ("Chiamalo: tre tre tre, zero zero zero, sei due uno nove. Risponde", "tre tre tre"),
    ("Chama no WhatsApp: onze, nove zero zero zero zero, quatro quatro um dois.", "onze"),
    ("Bel hem: nul zes, dan vier nullen, dan vijf vijf twee negen. Zeg", "nul zes"),
    ("ring him on oh seven seven double oh nine oh oh three one seven", "oh seven"),
    ("Ruf an: null eins fünf eins, drei drei zwei, acht acht neun", "null eins"),
    ("appelle le zéro six, douze? non: zéro six trois neuf neuf huit un deux", "zéro six"),
    ("llámale al seis uno dos, cinco cinco cinco, cero uno dos", "seis uno dos"),
    ("dzwońcie: pięć pięć pięć, zero jeden dwa, trzy cztery pięć", "pięć pięć"),
]
NOT_PHONES = [
    "I have one or two questions and three answers.",
    "Die drei Musketiere und vier Freunde kamen um zwei.",
    "uno due tre stella",
    "Seven bridges, six towers and one cathedral.",
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

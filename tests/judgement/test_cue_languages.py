"""The cue categories the features group wording by hold each wiki language's words, so that
what the model learns from one language's wording carries to the others; words that mean
something else in another language count only on their own wiki."""

from __future__ import annotations

import pytest

from judgement.config import load_config
from judgement.cues import Cues

CONFIG = load_config()

# (wiki language, text, category that must match, the words it must match)
SEEN = [
    ("pl", "Mój mail to adres podany niżej", "first_person", "Mój"),
    ("pl", "Nazywam się tak samo jak on", "self_disclosure", "Nazywam się"),
    ("pl", "twój adres jest znany", "second_person", "twój"),
    ("pl", "jej numer telefonu", "third_person", "jej"),
    ("pl", "zapomniałem się zalogować, to byłem ja", "self_admission", "to byłem ja"),
    ("pl", "formularz wypełniono zmyślonymi danymi", "documentation", "zmyślonymi"),
    ("pl", "ja tu tylko sprzątam", "first_subject", "ja"),
    ("pt", "Exemplo de uso: {{IPanon}}", "documentation", "Exemplo de uso"),
    ("pt", "o meu número é este", "self_disclosure", "meu número"),
    ("nl", "mijn nummer staat hieronder", "self_disclosure", "mijn nummer"),
    ("nl", "ze woont in Zwolle", "third_person", "ze"),
    ("de", "Ich warne dich ausdrücklich", "policy", "Ich warne dich"),
    ("fr", "des données personnelles ont été masquées", "policy", "données personnelles"),
    ("it", "è la segreteria dell'azienda", "org", "azienda"),
    ("es", "el alcalde de la ciudad", "public_role", "alcalde"),
    ("en", "per the harassment policy, do not speculate", "policy", "harassment policy"),
]


@pytest.mark.parametrize(("language", "text", "category", "words"), SEEN)
def test_each_language_has_its_cue_words(language: str, text: str, category: str,
                                          words: str) -> None:
    spans = Cues(CONFIG, language).spans(category, text)
    assert words in [text[s:e] for s, e in spans]


# Polish "on" (he), "ja" (I) and "to" (it) are English, German and Dutch words too.
@pytest.mark.parametrize(("text", "category"), [
    ("click on the link", "third_person"),
    ("ja, das stimmt", "first_subject"),
    ("went to the shop", "copula"),
])
def test_words_of_one_language_stay_on_its_wiki(text: str, category: str) -> None:
    assert Cues(CONFIG, "pl").spans(category, text)
    for language in ("en", "de", "nl", ""):
        assert Cues(CONFIG, language).spans(category, text) == []

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
    ("en", "In the radio serial, listeners who rang the number", "fiction", "radio serial"),
    ("de", "Der Ermittler wohnt in den Romanen in der Gartenstr. 87", "fiction", "Romanen"),
    ("es", "En la historieta, el número que da a los oyentes", "fiction", "historieta"),
    ("pl", "Czy w serialu pada, że Dorota pracuje", "fiction", "serialu"),
    ("nl", "In de serie woont ze aan de Hoogstraat", "fiction", "serie"),
    ("en", "Emma Dalgleish, Olympic athlete", "public_role", "athlete"),
    ("fr", "la chanteuse et actrice", "public_role", "chanteuse"),
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


# A novel is a "Roman" in German, French and Dutch; in English "Roman" is Rome's or a name.
def test_a_word_for_fiction_in_one_language_is_no_cue_in_english() -> None:
    assert Cues(CONFIG, "de").spans("fiction", "im Roman wohnt sie dort")
    assert Cues(CONFIG, "en").spans("fiction", "the Roman road to Bath") == []
    # "bad actor" is a common phrase on noticeboards: no public role
    assert Cues(CONFIG, "en").spans("public_role", "this bad actor keeps reverting") == []

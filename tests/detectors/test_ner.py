"""The NER-backed detectors (names, addresses, birth dates, workplaces), table-driven.

The real spaCy model is loaded once for the session.
"""

from __future__ import annotations

from typing import Any

import pytest

from detectors import nlp
from detectors.address import AddressDetector
from detectors.base import TextContext
from detectors.birth_date import BirthDateDetector
from detectors.ner import NameDetector, person_spans
from detectors.workplace import WorkplaceDetector


@pytest.fixture(scope="session")
def model() -> Any:
    return nlp.load()


def _values(detector: Any, text: str, doc: Any = None, minimum: float = 0.0) -> list[str]:
    found = detector.detect(TextContext(text, doc=doc))
    return [text[f.start : f.end] for f in found if f.confidence >= minimum]


ADDRESSES = [
    ("He lives at 22 Fenwick Gardens, Harrowby.", "22 Fenwick Gardens"),
    ("Sie wohnt in der Lindenallee 7 in Kassel.", "Lindenallee 7"),
    ("abita in via dei Tigli 14, Lucca", "via dei Tigli 14"),
    ("Il habite 12 rue des Lilas, 69001 Lyon.", "12 rue des Lilas"),
    ("vive en Calle Mayor 12, Valladolid", "Calle Mayor 12"),
    ("mora na Rua das Flores, 45, em Recife", "Rua das Flores, 45"),
    ("Hij woont op de Dorpsstraat 3 in Zwolle.", "Dorpsstraat 3"),
    ("4410 Cedar Hollow Rd, Apt 2B, Millbrook", "4410 Cedar Hollow Rd, Apt 2B"),
    ("you live in the flat above it, no. 31", "flat above it, no. 31"),
]
NOT_ADDRESSES = [
    "The 1911 town hall photo is below the 2023 ones.",
    "ISBN 978-3-16-148410-0, page 212, 2nd edition",
    "Version 10.4.2 (build 1187.0441) was released on 12 March.",
    "Saltbridge 287/6 (50 overs); Westmere 281 all out.",
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSES)
def test_address_shapes(text: str, expected: str) -> None:
    assert any(expected in value for value in _values(AddressDetector(), text))


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_address_hard_negatives(text: str) -> None:
    assert _values(AddressDetector(), text) == []


BIRTH_DATES = [
    ("She was born on 2 June 1990 in Leeds.", "2 June 1990"),
    ("Heinz K. (geb. 12. Mai 1941) wohnt dort.", "12. Mai 1941"),
    ("Elle est née le 4 mars 1980 à Lyon.", "4 mars 1980"),
    ("nacido el 5 de mayo de 1977 en Burgos", "5 de mayo de 1977"),
    ("nata il 3 gennaio 1958 a Lucca", "3 gennaio 1958"),
    ("Happy birthday for tomorrow, 17 September 1992!", "17 September 1992"),
    ("date of birth: 1988-04-04", "1988-04-04"),
    ("date of birth (P569): 20 December 2003", "20 December 2003"),
    ("data urodzenia: 08.06.2007", "08.06.2007"),
    ("urodzona 6 listopada 1956 r. w Radomiu", "6 listopada 1956 r."),
    ("la misma fecha de nacimiento (11 de octubre de 1978)", "11 de octubre de 1978"),
    ("geboren op 14 maart 1985 in Zwolle", "14 maart 1985"),
    ("nascida em 2 de março de 1990 em Braga", "2 de março de 1990"),
    ("Karl B. (* 3. Mai 1950) aus Passau", "3. Mai 1950"),
    ("Geburtsdatum laut Ausweis 12.03.1971", "12.03.1971"),
    # month first, as in the US; a two-digit year after a birth cue
    ("the same person, Rachel Voss, DOB 12/26/1978, who was locked", "12/26/1978"),
    ("b. 5/3/85 in Ohio", "5/3/85"),
    ("geb. 03.05.85 in Kassel", "03.05.85"),
    # the verb after the date
    ("Er ist am 19. Mai 1989 geboren, also alt genug.", "19. Mai 1989"),
    ("die op 3 mei 1985 geboren is", "3 mei 1985"),
    ("ona 3 maja 1985 r. urodzona w Radomiu", "3 maja 1985 r."),
    # more verbs and birthday words
    ("nació el 3 de mayo de 1985 en Burgos", "3 de mayo de 1985"),
    ("nacque il 4 luglio 1970 a Monza", "4 luglio 1970"),
    ("nasceu a 2 de março de 1990", "2 de março de 1990"),
    ("urodził się 12 lipca 1980 w Gdańsku", "12 lipca 1980"),
    ("Sto lat z okazji urodzin 21 września 1962 r., Ewa!", "21 września 1962 r."),
    ("ze is jarig op 14 maart 1985", "14 maart 1985"),
    # a birthday without its year
    ("her birthday is on 14 February, send her a card", "14 February"),
    ("su cumpleaños es el 3 de mayo", "3 de mayo"),
]
NOT_BIRTH_DATES = [
    "The flood of 1 February 1953 destroyed the dike.",
    "Uploaded on 6 April 2024 at 09:14.",
    "She was born in Leeds and moved to York.",
    "* Meeting on 3 May 2024 in the village hall.",
    "The NATO summit on 4 April 2019 was moved.",
    "L'année 2019 a commencé le 1 janvier 2019.",
    "Uploaded on 12/26/2023, source: own work.",
    "Ticket 5/3/85 closed.",
    "il 3 maggio 2024 ne abbiamo parlato in bar",
    "Das Dorf wurde am 3. Mai 1950 gegründet, geboren wurde dort niemand Berühmtes.",
    "Happy birthday to the project! 15 years of edits.",
]


@pytest.mark.parametrize(("text", "expected"), BIRTH_DATES)
def test_birth_dates(text: str, expected: str) -> None:
    assert expected in _values(BirthDateDetector(), text, minimum=0.6)


@pytest.mark.parametrize("text", NOT_BIRTH_DATES)
def test_birth_date_hard_negatives(text: str) -> None:
    assert _values(BirthDateDetector(), text, minimum=0.6) == []


@pytest.mark.parametrize("text", ["Ute, Jahrgang 1990, im Garten", "rocznik 1994",
                                  "he's 32 years old", "tiene 41 años"])
def test_birth_years_and_ages_are_low_confidence_findings(text: str) -> None:
    found = BirthDateDetector().detect(TextContext(text))
    assert found
    assert all(f.confidence < 0.6 for f in found)


def test_birth_year_alone_is_low_confidence() -> None:
    found = BirthDateDetector().detect(TextContext("Astronomer (born 1961), director."))
    assert [f.confidence < 0.6 for f in found] == [True]


WORKPLACES = [
    ("she works as a nurse at Linden Road Clinic", "nurse at Linden Road Clinic"),
    ("you teach geography at Kilbracken Community School", "Kilbracken Community School"),
    ("er ist Oberarzt am Klinikum Lindenau", "Oberarzt am Klinikum Lindenau"),
    ("il travaille chez Renault à Douai", "travaille chez Renault"),
    ("trabaja en el Hospital Central", "trabaja en el Hospital Central"),
    ("he is the council's communications officer", "council's communications officer"),
    ("Senior Conservator, Thamesbrook Museum Trust", "Thamesbrook Museum Trust"),
    # "works as" a job the lexicon does not know, then an employer
    ("Copper_Brisa werkt als barista bij Bakkerij Jansen.", "barista bij Bakkerij Jansen"),
    ("ele trabalha como contabilista na farmácia Nascimento", "contabilista na farmácia"),
    ("Er arbeitet als Barista bei der Stadt Kassel.", "Barista bei der Stadt Kassel"),
    # a field written out as label and value (a statement list, a dossier)
    ("Arbeitgeber (P108): Stadtwerke Kassel; Tätigkeit (P106): Sachbearbeiter",
     "Stadtwerke Kassel"),
    ("* Employer: Harlow & Finch Ltd\n* Phone: 01632 960 123", "Harlow & Finch Ltd"),
    ("werkgever: Brouwer Advocaten | woonplaats: Helmond", "Brouwer Advocaten"),
    # colleagues at a named employer: whoever has them works there
    ("Your colleagues at Northgate Logistics already know.", "Northgate Logistics"),
    ("Je me demande ce qu'en penseraient tes collègues chez le CHU de Niort.", "CHU de Niort"),
    ("Ich frage mich, was deine Kollegen bei der Sparkasse Göttingen sagen.",
     "Sparkasse Göttingen"),
    ("Ik vraag me af wat je collega's bij de Rabobank ervan vinden.", "Rabobank"),
    ("Ciekawe, co powiedzą twoi koledzy z Biedronki w Siedlcach.", "Biedronki"),
    ("Chissà cosa ne pensano i tuoi colleghi della farmacia Bruno.", "farmacia Bruno"),
    ("Fico a pensar o que diriam os teus colegas na clínica Costa.", "clínica Costa"),
    # a job the lexicon does not know, before bei/bij/chez/presso and a named employer
    ("Willow_Faro ist Nachtwächter bei Kühn GmbH.", "Nachtwächter bei Kühn GmbH"),
    ("Willow_Faro = Nachtwächter bei Kühn GmbH.", "Nachtwächter bei Kühn GmbH"),
    ("x = Nachtwächter bei Kühn GmbH.", "Nachtwächter bei Kühn GmbH"),
    ("Beruf: Nachtwächter bei Kühn GmbH.", "Nachtwächter bei Kühn GmbH"),
    ("Dat is Ilse de Vries, verzorgende bij de Albert Heijn in Amersfoort.",
     "verzorgende bij de Albert Heijn"),
    ("Celui qui défend cet article est professeur des écoles chez le cabinet Fontaine.",
     "professeur des écoles chez le cabinet Fontaine"),
    ("Sei operatore socio-sanitario presso la RSA Villa Serena.",
     "operatore socio-sanitario presso la RSA Villa Serena"),
]
NOT_WORKPLACES = [
    "The employer: is not named in the source.",
    "The template works as expected in every browser.",
    "It works as a redirect to the Main Page.",
    "Please stop damaging the work of others.",
    "This article is a work in progress.",
    "I've been working on the Giro page for months.",
    "It's a pleasure to work with you.",
    "My colleagues at WikiProject Medicine agree with the merge.",
    "Colleagues at the Teahouse can help you.",
    "Ask your colleagues on the project page first.",
    "Er ist Mitglied bei der SPD.",
    "Er war gestern bei Aldi.",
    "Das ist aktiv bei Facebook.",
    "Il est toujours chez Renault.",
    "De film, opgenomen bij Studio Hilversum, kwam uit in 1990.",
    "Die Szene, gedreht bei Babelsberg, ist berühmt.",
    "Die Seite ist bei WP:VM gemeldet.",
]


@pytest.mark.parametrize(("text", "expected"), WORKPLACES)
def test_workplaces(text: str, expected: str) -> None:
    assert any(expected in value for value in _values(WorkplaceDetector(), text))


@pytest.mark.parametrize("text", NOT_WORKPLACES)
def test_workplace_hard_negatives(text: str) -> None:
    assert _values(WorkplaceDetector(), text) == []


NAMES = [
    ("The uploader is Kofi Asante-Lindqvist, a photographer.", "Kofi Asante-Lindqvist"),
    ("THIS USER IS PAUL OKONJO and he deletes photos", "PAUL OKONJO"),
    ("Mi chiamo Lucia Ferrandi e vivo a Pisa.", "Lucia Ferrandi"),
    ("This user's real name is Callum Okereke-Ross.", "Callum Okereke-Ross"),
    ("I met Margaret Thompson at the library yesterday.", "Margaret Thompson"),
    ("Quietbrook is actually Daniel Kowalski, see the EXIF.", "Daniel Kowalski"),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(model: Any, text: str, expected: str) -> None:
    assert expected in _values(NameDetector(), text, doc=model(text))


def test_names_without_a_doc_use_introductions_and_given_names_only() -> None:
    """No model ran: a capitalised pair is a name only after an introduction or when it starts
    with a known given name."""
    assert _values(NameDetector(), "I met Quillon Harrowgate at the library.") == []
    assert _values(NameDetector(), "I met Margaret Thompson at the library.") == [
        "Margaret Thompson"]


def test_model_loads_only_ner(model: Any) -> None:
    assert model.pipe_names == ["ner"]


# The English model reads a function word of another language opening a sentence as a person.
FUNCTION_WORD_PERSONS = [
    "Outras páginas interessantes que descobri: a lista.",
    "* Quando se busca \"Latino\" vai-se parar a esta página, o que já não me parece tão"
    " interessante.",
    "Quando arrivi, dimmi.",
    "Dus ik heb het verwijderd.",
]


@pytest.mark.parametrize("text", FUNCTION_WORD_PERSONS)
def test_function_words_of_other_languages_are_not_names(model: Any, text: str) -> None:
    assert _values(NameDetector(), text, doc=model(text)) == []


def test_a_given_name_that_is_also_a_function_word_stays_a_name(model: Any) -> None:
    """Portuguese "ali" (there) and Italian "sarà" (will be) are function words and given
    names: the given-name list keeps them."""
    text = "Sara wrote this yesterday and Ali agreed."
    assert "Ali" in _values(NameDetector(), text, doc=model(text))


class _Ent:
    def __init__(self, start: int, end: int) -> None:
        self.start_char, self.end_char, self.label_ = start, end, "PERSON"


class _Doc:
    """What NER gives: the text and its entities (here one PERSON span that runs on)."""

    def __init__(self, text: str, span: str) -> None:
        self.text = text
        self.ents = [_Ent(text.index(span), text.index(span) + len(span))]


@pytest.mark.parametrize(("text", "span", "name"), [
    ("Say hi to Olivia Whitfield - https://www.instagram.com/w_o - aka Cinder",
     "Olivia Whitfield - https://www.instagram.com/w_o - aka", "Olivia Whitfield"),
    ("Gaivota Velha\nJuntei tudo.", "Gaivota Velha\nJuntei", "Gaivota Velha"),
    ("signed --Sereno Nocturno", "--Sereno Nocturno", "Sereno Nocturno"),
    ("as Roxanne is a Hubert Desmarais' son widow", "Hubert Desmarais'", "Hubert Desmarais"),
    ("It was Dr. J. Smith, 42, who wrote it.", "Dr. J. Smith, 42", "Dr. J. Smith"),
])
def test_person_spans_are_cut_to_the_name(text: str, span: str, name: str) -> None:
    assert [text[s:e] for s, e in person_spans(_Doc(text, span))] == [name]


@pytest.mark.parametrize(("text", "span"), [
    ("The museum's Instagram @harbourmuseum.example reposted it.",
     "Instagram @harbourmuseum.example"),
    ("Call Whitfield 42 times.", "Whitfield 42"),
])
def test_a_span_cut_to_one_word_is_no_name(text: str, span: str) -> None:
    assert person_spans(_Doc(text, span)) == []

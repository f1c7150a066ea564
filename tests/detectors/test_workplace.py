"""Workplaces in the eight wiki languages, table-driven: job titles and work verbs tied to an
employer, with hard negatives, confidences that order the evidence, template parameters, and
time linear in the text."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

from detectors.base import TextContext
from detectors.workplace import WorkplaceDetector, languages_of

DETECTOR = WorkplaceDetector()


def _found(text: str, language: str = "en") -> list[tuple[str, float]]:
    return [(text[f.start : f.end], f.confidence)
            for f in DETECTOR.detect(TextContext(text, language))]


# (language, text, a part the finding must hold, least confidence)
WORKPLACES = [
    ("en", "that's his colleague Maria Jones at the Lloyds branch on Mill Street, she didn't "
     "consent", "at the Lloyds branch", 0.8),
    ("en", "he's a night security guard at the Riverside Shopping Centre, that's how he gets in",
     "guard at the Riverside Shopping Centre", 0.8),
    ("en", "he's a night security guard at the shopping centre near the station",
     "guard at the shopping centre", 0.6),
    ("en", "she works as a nurse at Linden Road Clinic", "nurse at Linden Road Clinic", 0.85),
    ("en", "you teach geography at Kilbracken Community School", "Kilbracken Community School",
     0.8),
    ("en", "She runs the distillery's gift shop.", "runs the distillery's gift shop", 0.6),
    ("en", "since you work in the council's press office anyway", "council's press office", 0.6),
    ("en", "So you're a lawyer there.", "lawyer there", 0.5),
    ("en", "Your employer, Acme Widgets Ltd, would love this.", "Acme Widgets Ltd", 0.75),
    ("de", "Er ist Oberarzt am Klinikum Lindenau.", "Oberarzt am Klinikum Lindenau", 0.8),
    ("de", "Sie arbeitet als Kassiererin bei der Sparkasse in Wendelsbrunn.",
     "Kassiererin bei der Sparkasse in Wendelsbrunn", 0.85),
    ("de", "Der Ersteller ist Filialleiterin im Autohaus Brenner.", "Autohaus Brenner", 0.8),
    ("fr", "Il travaille chez Renault à Douai.", "travaille chez Renault à Douai", 0.8),
    ("fr", "Fabrice est caissier au Super Marché des Lilas.", "caissier au Super Marché", 0.8),
    ("es", "Trabaja en el Hospital Central desde 2019.", "Hospital Central", 0.8),
    ("es", "¿Sigues de monitor de spinning en el Gimnasio Titán de Murcia?",
     "Gimnasio Titán de Murcia", 0.8),
    ("it", "È l'istruttore di guida dell'Autoscuola Fenice di Varzano.",
     "Autoscuola Fenice", 0.8),
    ("it", "Lui lavora presso la Banca Popolare di Sondrio.", "Banca Popolare di Sondrio", 0.8),
    ("pt", "Ela trabalha como enfermeira no Hospital Santa Luzia.", "Hospital Santa Luzia", 0.85),
    ("pt", "É a dona da padaria da Rua Augusta.", "padaria da Rua Augusta", 0.6),
    ("nl", "Ze werkt als assistente bij Tandartspraktijk Het Anker in Tilburg.",
     "Tandartspraktijk Het Anker in Tilburg", 0.85),
    ("nl", "Hij is verzorger in Dierenpark Emmen.", "Dierenpark Emmen", 0.8),
    ("pl", "Pracuje jako kasjerka w sklepie Biedronka przy Długiej.", "sklepie Biedronka", 0.85),
    ("pl", "To właścicielka lecznicy Pod Lipami w Gnieźnie.", "Pod Lipami", 0.8),
    ("pl", "czyli to doktor Alicja Mroczek, właścicielka lecznicy.", "właścicielka lecznicy",
     0.6),
    ("fr", "Alors, toujours à la caisse du Super Marché des Lilas le samedi ?",
     "caisse du Super Marché des Lilas", 0.6),
    ("en", "She's on the till at the Co-op on Mill Road most evenings.", "Co-op", 0.6),
    # the employer as the agent of a hiring verb
    ("en", "He is employed by Harlow Logistics as a forklift driver.", "Harlow Logistics", 0.8),
    ("es", "Está contratada por Transportes Gil desde 2019.", "Transportes Gil", 0.8),
    ("de", "Er wurde 2019 von der Sparkasse Kassel eingestellt.", "Sparkasse Kassel", 0.8),
    # German and Dutch clauses with the verb last
    ("de", "Er ist bei der Sparkasse Kassel angestellt.", "bei der Sparkasse Kassel", 0.8),
    ("de", "weil sie bei der Post in Fulda arbeitet, kennt sie jeden", "bei der Post", 0.8),
    ("nl", "de man die bij de Rabobank in Zwolle werkt", "bij de Rabobank", 0.8),
    ("nl", "Hij is bij Van der Berg Transport werkzaam als chauffeur.", "Van der Berg", 0.8),
    ("fr", "Thibault (employée par la société Chevalier Transports) = Dąb91.",
     "société Chevalier Transports", 0.8),
    # a job, a comma, then a kind of workplace with its name
    ("nl", "Meadow_x: beveiliger, de gemeente Assen. Meer hoef je niet te weten.",
     "de gemeente Assen", 0.8),
    # labelled fields
    ("pl", "to z zawodu magazynier, miejsce pracy: kancelaria Król.", "kancelaria Król", 0.7),
    ("en", "Place of work: Harlow & Finch Ltd; job title: night porter", "Harlow & Finch", 0.7),
]


@pytest.mark.parametrize(("language", "text", "part", "least"), WORKPLACES)
def test_workplaces_in_every_language(language: str, text: str, part: str,
                                      least: float) -> None:
    found = _found(text, language)
    assert any(part in value and confidence >= least for value, confidence in found), found


# Not someone's job and employer at all: no finding.
NOT_WORKPLACES = [
    ("en", "Please stop damaging the work of others."),
    ("en", "This article is a work in progress."),
    ("en", "I've been working on the Giro page for months."),
    ("en", "It's a pleasure to work with you."),
    ("en", "This template works in Firefox and works for me."),
    ("en", "I'll report you to ANI if you keep this up."),
    ("en", "Please leave a note on the article's talk page."),
    ("en", "The museum's press office is open daily from 9 to 5."),
    ("en", "Please take it to the help desk of the project."),
    ("de", "Ich arbeite im Moment an dem Artikel."),
    ("fr", "Je travaille sur cet article depuis des mois."),
    ("es", "Llevo meses trabajando en este artículo."),
    ("it", "Sto lavorando alla voce da settimane."),
    ("pt", "Estou trabalhando neste artigo há meses."),
    ("nl", "Ik werk al maanden aan dit artikel."),
    ("pl", "Pracuję nad tym artykułem od miesięcy."),
    ("en", "The copyright status of work by the U.S. government is settled."),
    ("en", "Two editions of the work have been published by the German publisher."),
    ("de", "Bei der Wahl arbeitet er mit."),
    ("de", "Beim Projekt arbeiten alle mit."),
    ("en", "Position: 3rd place in the final standings"),
    ("en", "Employer: the local council"),
]


@pytest.mark.parametrize(("language", "text"), NOT_WORKPLACES)
def test_hard_negatives_find_nothing(language: str, text: str) -> None:
    assert _found(text, language) == []


@dataclass(frozen=True)
class Pair:
    """The same job said two ways: the clearer statement must score higher."""

    language: str
    stronger: str
    weaker: str


PAIRS = [
    Pair("en", "He works as a porter at Lindenfield Hospital.", "He is a porter."),
    Pair("de", "Sie arbeitet als Lehrerin am Goethe-Gymnasium.", "Sie arbeitet als Lehrerin."),
    Pair("es", "Trabaja como cajera en el Mercadona de Betanzos.", "Es una cajera."),
]


@pytest.mark.parametrize("pair", PAIRS)
def test_confidence_orders_the_evidence(pair: Pair) -> None:
    strong = max(c for _, c in _found(pair.stronger, pair.language))
    weak = [c for _, c in _found(pair.weaker, pair.language)]
    assert not weak or strong > max(weak)


# Whose job it is, is the judgement's question: self-disclosure and public figures still give
# a finding, so the scorer can weigh the pronoun and the page (tests/judgement decides them).
SELF_AND_PUBLIC = [
    ("en", "I work as a nurse at Linden Road Clinic."),
    ("en", "Angela Merkel worked as a research chemist at the Academy of Sciences."),
    ("de", "Ich bin Lehrer an der Grundschule Lindenau."),
]


@pytest.mark.parametrize(("language", "text"), SELF_AND_PUBLIC)
def test_self_disclosure_and_public_figures_are_left_to_the_judgement(language: str,
                                                                      text: str) -> None:
    assert _found(text, language)


def test_an_employer_named_in_a_template_parameter() -> None:
    import wikitext

    plain = wikitext.to_plain(
        "{{Connected contributor|User1=Quietbrook|U1-employer=Harlow Widgets Ltd|"
        "U1-declared=no}}", editor="Someone")
    found = DETECTOR.detect(TextContext(plain.text, templates=tuple(plain.templates)))
    assert [plain.text[f.start : f.end] for f in found] == ["Harlow Widgets Ltd"]


def test_languages_come_from_the_wiki_and_the_text() -> None:
    assert languages_of(["the", "cat", "is", "on", "the", "mat"], "en") == {"en"}
    assert languages_of("er ist seit Jahren hier und nicht dort".lower().split(), "en") == {
        "en", "de"}
    assert "pl" in languages_of(["pracuje", "w", "sklepie"], "fr")


@pytest.mark.parametrize("unit", ["A-", "Nurse-", "Ab-Cd-", "Ää-", "Nurse at ", "works at Ab ",
                                  "the council's officer ", "Flat 12 no. 3 "])
def test_pathological_input_at_the_text_cap_is_read_in_bounded_time(unit: str) -> None:
    """200,000 characters (the judgement's cap) of hostile input: the quadratic patterns this
    detector had took minutes on such input; linear reading takes well under a second, so the
    generous bound holds on a loaded machine too."""
    text = unit * (200_000 // len(unit))
    started = time.perf_counter()
    DETECTOR.detect(TextContext(text))
    assert time.perf_counter() - started < 10.0

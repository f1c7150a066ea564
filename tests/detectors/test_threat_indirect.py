"""Indirect and conditional threats to out someone, in the eight wiki languages, with hard
negatives (warnings that threaten no exposure, invitations, reports of someone else's threat)."""

from __future__ import annotations

import pytest

from detectors.base import TextContext
from detectors.threat import ThreatDetector

DETECTOR = ThreatDetector()


def _confidences(text: str, language: str = "en") -> list[float]:
    return [f.confidence for f in DETECTOR.detect(TextContext(text, language))]


THREATS = [
    ("en", "I already have your company's HR address. One more revert and they get a detailed "
     "message."),
    ("en", "Your wife's number is in my notes. Next time you undo my edit she hears about it."),
    ("en", "Funny how your full name is on the club's website. Would be a shame if it showed up "
     "here. Just saying."),
    ("de", "Wenn du hier weiter meine Beiträge löschst, landet dein voller Name auf meiner "
     "Benutzerseite."),
    ("fr", "Encore une annulation et ton nom complet apparaîtra sur le bistro. À toi de voir."),
    ("es", "Si sigues borrando, tu nombre completo aparecerá en el tablón. Tú decides."),
    ("it", "Se rimetti il template, compaiono il tuo nome e il tuo cognome. Decidi tu."),
    ("pt", "Mais uma reversão e o teu nome completo aparece aqui. Pensa bem."),
    ("nl", "Nog één revert en je volledige naam verschijnt op de overlegpagina. De keuze is aan "
     "jou."),
    ("pl", "Jeszcze jeden rewert, a pojawi się wpis o tym, kim jesteś naprawdę."),
    ("pl", "Wiem, gdzie mieszkasz."),
    ("pl", "Opublikuję twoje prawdziwe imię i nazwisko."),
    ("en", "I could easily post your real name here, you know."),
    ("en", "Maybe your boss at the council should see these edits."),
    ("en", "How would your students feel if they saw this?"),
    ("en", "Don't make me share what I found about you."),
    ("en", "I've saved screenshots of your Facebook. Last warning."),
    ("it", "Sarebbe un peccato se il tuo datore di lavoro lo scoprisse."),
    ("nl", "Het zou jammer zijn als je werkgever dit te zien krijgt."),
    ("es", "Sería una lástima que tus hijos se enteraran de esto."),
]


@pytest.mark.parametrize(("language", "text"), THREATS)
def test_indirect_threats_in_every_language(language: str, text: str) -> None:
    assert max(_confidences(text, language), default=0.0) >= 0.55


NOT_THREATS = [
    ("en", "If you revert again, I'll report you to ANI."),
    ("en", "Please stop. If you keep edit warring you will be blocked."),
    ("en", "If you'd like your name in the credits, add it here."),
    ("en", "Your name will appear in the page history once you save."),
    ("en", "He threatened to publish my address if I kept editing."),
    ("de", "Wenn du weiter so machst, melde ich dich auf der VM."),
    ("fr", "Si tu continues, je demande un blocage sur le bulletin des administrateurs."),
    ("es", "Si sigues así, te denuncio en el tablón de bibliotecarios."),
    ("it", "Se continui così, ti segnalo agli amministratori."),
    ("pt", "Se continuares, peço o bloqueio nos pedidos a administradores."),
    ("nl", "Als je nog een keer terugdraait, meld ik je op de verzoekpagina."),
    ("pl", "Jeszcze jeden rewert i zgłaszam cię do administratorów."),
    ("en", "Your manager should see the policy page before approving it."),
    ("en", "Don't make me repeat myself: cite your sources."),
    ("en", "Your Facebook page link is broken; please fix it."),
    ("it", "Il tuo lavoro sulla voce è ottimo, grazie."),
    ("nl", "Het zou jammer zijn als dit artikel verwijderd wordt."),
]


@pytest.mark.parametrize(("language", "text"), NOT_THREATS)
def test_warnings_that_threaten_no_exposure_are_not_threats(language: str, text: str) -> None:
    assert _confidences(text, language) == []


def test_an_ultimatum_with_a_consequence_outranks_an_ultimatum_alone() -> None:
    both = _confidences("One more revert and your boss gets a detailed message.")
    alone = _confidences("One more revert, your boss and I will talk.")
    assert max(both) > max(alone, default=0.0)

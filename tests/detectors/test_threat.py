from __future__ import annotations

import pytest

from detectors.base import TextContext
from detectors.threat import ThreatDetector

DETECTOR = ThreatDetector()


def found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in DETECTOR.detect(TextContext(text))]


POSITIVE = [
    # English
    "I know where you live.",
    "Careful. I know exactly where you work",
    "I know who you really are, Bob.",
    "Revert again and I'll publish your real name and your home address.",
    "I am going to reveal your identity on the noticeboard",
    "I'm gonna expose your employer to everyone",
    "I will tell your employer what you do on company time",
    "Keep this up and I'll email your boss.",
    "I'll be contacting his university about it tomorrow",
    "Your employer will hear about this.",
    "Soon everyone will know who you really are.",
    "I found your real name in ten minutes.",
    "I've found your Facebook.",
    "the next thing I post is where you work",
    "I'll post it here with your street name by Friday",
    "I will dox you",
    "I know which company you work for",
    "I will make sure your employer finds out",
    "I'll make your name public",
    "I have your address.",
    "I'm going to dox you",
    "I will expose you",
    "we know who you are",
    "I know where u live",
    "Stop or I'll tell everyone who you really are",
    "I'll send your details to your employer.",
    "Everyone on Commons will know your real name soon.",
    "Your real name is going to be on the village pump.",
    # French
    "Je sais où tu habites.",
    "On sait où tu habites.",
    "je vais révéler ton vrai nom sur le bistro",
    "Je publierai ton adresse si tu continues",
    "je vais le dire à ton patron",
    "Ton employeur va en entendre parler.",
    "je sais qui tu es",
    # German
    "Ich weiß, wo du wohnst.",
    "Ich werde deinen echten Namen veröffentlichen.",
    "Wenn du weitermachst, stelle ich deinen Klarnamen ins Netz.",
    "Ich weiß genau, wer du bist.",
    "Ich werde deinem Arbeitgeber Bescheid sagen",
    "Dein Arbeitgeber wird sich freuen",
    # Spanish
    "Sé dónde vives.",
    "Voy a hacer público tu nombre real.",
    "Voy a publicar tu nombre real en el café",
    "publicaré tu dirección mañana",
    "Tu jefe se va a enterar de esto.",
    # Italian, Portuguese, Dutch
    "Se continui pubblico il tuo nome e il tuo indirizzo su tutti i wiki.",
    "So dove abiti.",
    "Farò sapere al tuo capo cosa fai.",
    "Vou publicar o seu nome verdadeiro.",
    "Sei onde você mora.",
    "Ik weet waar je woont.",
    "Ik zet je echte naam online.",
    # exposure to the reader's employer or family, said indirectly
    "One more revert and I phone your firm first thing Monday.",
    "Your line manager would be very interested to learn what you post here.",
    "Your family will find out soon enough.",
    # ultimatums that end in publishing everything
    "If you undo my edit again, we'll leak the whole lot.",
    "Si vuelves a revertir, lo subo todo a Twitter.",
    "Sinon je balance tout sur le forum.",
    "Wenn du das löschst, stelle ich alles online.",
    "Als je doorgaat, publiceer ik alles.",
    "Se continui così, pubblico tutto.",
    "Se continuar apagando, publico tudo.",
    # holding material back against the reader
    "We've saved screenshots of everything. Try me.",
    "Ik bel je werkgever morgen.",
]

NEGATIVE = [
    "Posting someone's address is outing and not allowed.",
    "Per WP:OUTING, never post another editor's real name or employer.",
    "He threatened to publish my address yesterday.",
    "She said she will reveal my real name.",
    'The troll wrote "I know where you live" on my talk page.',
    "Threats like I know where you live must be reported to oversight.",
    "For example: I'll publish your real name.",
    "I know where you got that source from.",
    "I know where you are coming from, but the source is weak.",
    "I will not publish your name, don't worry.",
    "I'll never reveal your identity.",
    "Please don't post your real name here; I will remove it.",
    "If you post your address, I will oversight it.",
    "I'll take it to AN/U and ask for a block.",
    "I'll post your photos to the gallery after review.",
    "I'll figure out your problem later.",
    "If your boss finds out you edit at work, that's your business.",
    "Je ne vais pas révéler ton nom.",
    "Ich werde deinen Namen nicht veröffentlichen.",
    "No voy a publicar tu nombre.",
    "You can tell your employer about the Wikipedia policy.",
    "I'll tell you what: the article needs sources.",
    "I'm going to go play outside....with your mom",
    "you reverted what I would call sensitive information about his family",
    "Ik bel je straks even terug.",
    "Ik bel je morgen op je nummer.",
    "Your manager might want to read the conflict-of-interest guideline.",
    "Your supervisor would like to see the draft before Friday.",
    "I'll post everything I found at the sockpuppet investigation tomorrow.",
    "If you agree, I will merge it all into one section.",
    "I have copies of the book at home if you need a page number.",
    "Voy a publicar todo el artículo mañana.",
    "If you want, I'll post everything I have to the noticeboard.",
    "Si tu veux, je publie tout demain sur la page de discussion.",
    "Wenn du willst, stelle ich alles in den Artikel.",
    "",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_finds_threats(text: str) -> None:
    found_spans = found(text)
    assert len(found_spans) == 1
    assert found_spans[0]


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives(text: str) -> None:
    assert found(text) == []


def test_publishing_threat_outranks_knowing_who() -> None:
    publish = DETECTOR.detect(TextContext("I'll publish your real name."))[0]
    knows = DETECTOR.detect(TextContext("I know who you are."))[0]
    assert publish.confidence > knows.confidence


def test_span_covers_the_threat() -> None:
    text = "Stop it. I'll publish your real name tomorrow."
    assert found(text) == ["I'll publish your real name"]


def test_rule_needles_never_hide_a_match() -> None:
    """Every rule that matches a positive text has one of its needed words in the probe, so
    the cheap `in` gate in front of the regexes loses nothing."""
    from detectors import threat
    from detectors.patterns import fold

    for text in POSITIVE:
        low = fold(text)
        probe = " " + low.translate(threat._PROBE) + " "
        for language in threat._LANGUAGES:
            gated = [(r.pattern, r.needles) for r in language.fixed]
            gated += [(f.obj, f.needles) for f in language.families]
            for pattern, needles in gated:
                if pattern.search(low):
                    assert threat._needed(needles, probe), (text, pattern.pattern[:40])
                    assert language.applies(probe), text

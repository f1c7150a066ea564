from __future__ import annotations

import pytest

from detectors.base import TextContext
from detectors.ip_address import IpAddressDetector

DETECTOR = IpAddressDetector()


def found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in DETECTOR.detect(TextContext(text))]


POSITIVE = [
    ("also edits from [[Special:Contributions/203.0.113.58|203.0.113.58]] when blocked",
     ["203.0.113.58", "203.0.113.58"]),
    ("the IP you edited from, 198.51.100.140 — it's the office", ["198.51.100.140"]),
    ("logged out as 2001:db8:1f70::a12 ([[Special:Diff/1]])", ["2001:db8:1f70::a12"]),
    ("Cinderpath = 2001:db8:4a1c:7e00::3f. Look at it", ["2001:db8:4a1c:7e00::3f"]),
    ("{{IPlinks|2001:db8:85a3::8a2e:370:7334}} and {{IPlinks|203.0.113.201}}",
     ["2001:db8:85a3::8a2e:370:7334", "203.0.113.201"]),
    ("full form 2001:0db8:0000:0000:0000:ff00:0042:8329 too",
     ["2001:0db8:0000:0000:0000:ff00:0042:8329"]),
    ("mapped ::ffff:192.0.2.1 once", ["::ffff:192.0.2.1"]),
    ("home 8.8.4.4, work 192.168.1.20.", ["8.8.4.4", "192.168.1.20"]),
]

NEGATIVE = [
    "version 1.2.3.4 was released",
    "Bot version 2.0.9.5. Report problems",
    "Firefox 115.9.1esr on Windows 10.0.19045.4170",
    "see section 1.2.3.4 of the manual and § 2.1.1.3",
    "on 10.12.2023 and 1.2.2024",
    "1.2.3.4.5 and 256.1.1.1 and 01.02.03.04",
    "at 10:30:00 or 12:00 and std::vector and a :: b",
    "OID 1.3.6.1.4.1",
    "a dental formula of 0.0.2.3",
    "::30 usually, and ::2) I agree, ::A more relevant policy",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_addresses(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives(text: str) -> None:
    assert found(text) == []


def test_ranges_and_non_identifying_addresses_score_low() -> None:
    single, block, loopback = (
        DETECTOR.detect(TextContext(t))[0] for t in ("203.0.113.9", "192.0.2.128/25", "127.0.0.1")
    )
    assert single.confidence >= 0.8
    assert block.confidence < 0.5
    assert loopback.confidence < block.confidence


# An address tied to an account or a person on its line, in every wiki language, scores above
# the same address alone; the judgement decides whose it is.
TIED = [
    ("en", "Plinth keeps editing logged out as 203.0.113.150, same person."),
    ("es", "el usuario bloqueado sigue editando desde la IP 198.51.100.44; es él"),
    ("de", "Das ist er: ausgeloggt bearbeitet er als 203.0.113.7 weiter."),
    ("fr", "C'est lui, il modifie depuis 192.0.2.33 quand il est bloqué."),
    ("it", "Quando è bloccato continua da 198.51.100.187, è lui."),
    ("pt", "É ele: edita a partir do 203.0.113.90 quando está deslogado."),
    ("nl", "Dat is hij, uitgelogd bewerkt hij vanaf 192.0.2.61."),
    ("pl", "To on, edytuje z 198.51.100.20 po zablokowaniu konta."),
]
UNTIED = [
    "The mirror at 203.0.113.150 answers slowly today.",
    "Server 192.0.2.33 returned an error during the bot run.",
]


@pytest.mark.parametrize(("language", "text"), TIED)
def test_ip_ties_in_every_language_raise_the_confidence(language: str, text: str) -> None:
    findings = DETECTOR.detect(TextContext(text, language))
    assert [f.confidence for f in findings] == [0.95]


@pytest.mark.parametrize("text", UNTIED)
def test_addresses_without_a_tie_keep_the_plain_confidence(text: str) -> None:
    assert [f.confidence for f in DETECTOR.detect(TextContext(text))] == [0.8]

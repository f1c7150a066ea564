from __future__ import annotations

import pytest

from detectors.base import TextContext
from detectors.id_number import IdNumberDetector
from detectors.patterns import id_checksums as check

DETECTOR = IdNumberDetector()


def found(text: str) -> list[tuple[str, float]]:
    return [(text[f.start:f.end], f.confidence) for f in DETECTOR.detect(TextContext(text))]


# (text, the identifier expected, the least confidence expected)
POSITIVE = [
    ("shows her Social Security number 987-65-4326.", "987-65-4326", 0.7),
    ("SSN: 123-45-6789 on the form", "123-45-6789", 0.95),
    ("your National Insurance number, QQ 12 34 56 C, was leaked", "QQ 12 34 56 C", 0.7),
    ("NI number AB 12 34 56 C", "AB 12 34 56 C", 0.95),
    ("numéro de sécurité sociale 2 55 08 14 168 025 38", "2 55 08 14 168 025 38", 0.95),
    ("le 2 55 08 14 168 025 38 est à lui", "2 55 08 14 168 025 38", 0.8),
    ("su DNI 12345678Z y su NIE X1234567L", "12345678Z", 0.95),
    ("codice fiscale RSSMRA85T10A562S", "RSSMRA85T10A562S", 0.95),
    ("abita lì (RSSMRA85T10A562S)", "RSSMRA85T10A562S", 0.8),
    ("(codice fiscale BNFGZL58A43Z999X), abita", "BNFGZL58A43Z999X", 0.7),
    ("Steuer-ID 86 095 742 719", "86 095 742 719", 0.95),
    ("(Steuer-ID 54 087 219 463), als Beleg", "54 087 219 463", 0.7),
    ("Ausweisnummer T220001293", "T220001293", 0.95),
    ("zijn BSN is 111222333", "111222333", 0.95),
    ("O nome dele é X, CPF 418.072.936-50, tem processo", "418.072.936-50", 0.7),
    ("CPF 111.444.777-35", "111.444.777-35", 0.95),
    ("pay to DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00", 0.8),
    ("his card 4111 1111 1111 1111 expires", "4111 1111 1111 1111", 0.8),
    ("Passport of Mirela D., no. 05XK31847, issued 2019", "05XK31847", 0.75),
    ("his driving licence MORGA657054SM9IJ", "MORGA657054SM9IJ", 0.75),
    ("Führerscheinnummer B072RRE2I55", "B072RRE2I55", 0.75),
    ("student number s1234567 at the uni", "s1234567", 0.75),
    ("Matrikelnummer 4711235", "4711235", 0.75),
    ("NHS number 943 476 5919", "943 476 5919", 0.95),
    ("SSN 078-05-1120", "078-05-1120", 0.95),
    ("personnummer 811228-9874", "811228-9874", 0.75),
]

NEGATIVE = [
    "{{PermissionTicket|id=2023112010003351}} and Ticket:2024040210011873",
    "ISBN 978-3-16-148410-0 and ISBN 0-306-40615-2",
    "accession no. 2009.0173.4, inv. nr. FV-1962-0441",
    "Wikidata ID Q42 and Wikidata item Q1234567",
    "[[Special:Diff/1211234567]] revision 1211240012",
    "OCLC 123456789 and VIAF 123456789 and GND 1012345678",
    "the number 123-45-6789 with no naming word",
    "Passport photo taken on 2019-05-04",
    "passport number: 2019",
    "a random 111222333 and 86 095 742 719",
    "QQ 12 34 56 C without context",
    "Reisepass des Kaufmanns Karl Weinmeister (1878–1949), Nr. 4711/1923",
]


@pytest.mark.parametrize(("text", "expected", "least"), POSITIVE)
def test_finds_identifiers(text: str, expected: str, least: float) -> None:
    results = found(text)
    assert results[0][0] == expected
    assert results[0][1] >= least


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("validator", "good", "bad"), [
    (check.luhn, "4111111111111111", "4111111111111112"),
    (check.card, "5500005555555559", "2023112010003351"),
    (check.iban, "GB82WEST12345698765432", "GB82WEST12345698765433"),
    (check.french_nir, "255081416802538", "255081416802539"),
    (check.french_nir, "1850578006084" "91", "2850578006084" "91"),
    (check.spanish_dni, "X1234567L", "X1234567M"),
    (check.italian_codice_fiscale, "RSSMRA85T10A562S", "RSSMRA85T10A562T"),
    (check.german_tax_id, "86095742719", "86095742718"),
    (check.german_id_card, "T220001293", "T220001294"),
    (check.dutch_bsn, "123456782", "123456783"),
    (check.brazilian_cpf, "11144477735", "11144477736"),
    (check.us_ssn_valid_area, "123456789", "666123456"),
    (check.uk_nino_valid_prefix, "AB123456C", "QQ123456C"),
    (check.uk_nhs_number, "9434765919", "9434765918"),
])
def test_validators(validator: object, good: str, bad: str) -> None:
    assert callable(validator)
    assert validator(good) is True
    assert validator(bad) is False

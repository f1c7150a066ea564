"""The forms people really write, per detector, in the wikis' languages, with hard negatives.

Each table row is (text, wiki or language, the value expected). Values are invented or are the
formats' own documentation examples; ID numbers after an ID word are written with wrong check
digits too, since a mistyped or made-up number posted about someone is still an ID.
"""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.base import Detector, TextContext
from detectors.email import EmailDetector
from detectors.id_number import IdNumberDetector
from detectors.ner import NameDetector
from detectors.phone import PhoneDetector
from detectors.regions import by_shape, regions_for
from judgement.page import language_of


def values(detector: Detector, text: str, wiki: str = "enwiki") -> list[str]:
    ctx = TextContext(text, language_of(wiki), regions_for(wiki))
    return [text[f.start:f.end] for f in detector.detect(ctx)]


PHONES = [
    # one run of digits after a phone word
    ("call me on 07912345678 tonight", "enwiki", "07912345678"),
    ("Phone: 4155550132", "enwiki", "4155550132"),
    ("Desk: 5403926876", "enwiki", "5403926876"),
    ("text me at 09171234567 after work", "enwiki", "09171234567"),
    ("Handy 015112345678, abends", "dewiki", "015112345678"),
    ("llámame al 612345678 mañana", "eswiki", "612345678"),
    ("chiamami al 3471234567 stasera", "itwiki", "3471234567"),
    ("liga para 912345678 amanhã", "ptwiki", "912345678"),
    ("bel me op 0612345678 vanavond", "nlwiki", "0612345678"),
    ("zadzwoń 512345678 wieczorem", "plwiki", "512345678"),
    # glued extensions stay with their number
    ("reach him at 345-899-3560x4587 any day", "enwiki", "345-899-3560x4587"),
    ("call 020 7946 0587 ext. 204 at the office", "enwiki", "020 7946 0587 ext. 204"),
    # an exclusion word far back does not veto
    ("I complained about my online order but never got any message on my registered "
     "905-674-3793", "enwiki", "905-674-3793"),
    # numbers of other countries after a phone word, chosen by their own shape
    ("his phone 0532 123 45 67 is off", "enwiki", "0532 123 45 67"),
    ("ph 021 123 4567 for the flat", "enwiki", "021 123 4567"),
    ("appelle-moi au 06 12 34 56 78 ce soir", "frwiki", "06 12 34 56 78"),
    ("ruf mich an: 030 12345678", "dewiki", "030 12345678"),
    # fictional ranges count after a phone word; any dash between groups
    ("mobile 07700 900461, ring after six", "enwiki", "07700 900461"),
    ("mobile 07911—123—456 all day", "enwiki", "07911—123—456"),
    ("tel. kom. 600 123 456", "plwiki", "600 123 456"),
]
NOT_PHONES = [
    ("order no. 4155550132 was shipped", "enwiki"),
    ("ISBN 0306406152 and ISBN 978-3-16-148410-0", "enwiki"),
    ("see revision 1211234567 for the change", "enwiki"),
    ("the war years 1990—1995 and 1914—1918", "enwiki"),
    ("Rechnung 0612345678 vom März", "dewiki"),
    ("pages 1161—1167 of volume 62", "enwiki"),
]


@pytest.mark.parametrize(("text", "wiki", "expected"), PHONES)
def test_phone_forms(text: str, wiki: str, expected: str) -> None:
    assert any(expected in value for value in values(PhoneDetector(), text, wiki))


@pytest.mark.parametrize(("text", "wiki"), NOT_PHONES)
def test_phone_hard_negatives(text: str, wiki: str) -> None:
    assert values(PhoneDetector(), text, wiki) == []


def test_regions_follow_the_numbers_shape() -> None:
    assert by_shape("0171 3920047", ("US", "DE"))[0] == "DE"
    assert by_shape("415 555 0132", ("GB", "US", "CA"))[:2] == ("US", "CA")
    assert by_shape("+44 20 7946 0587", ("US", "GB")) == ("US", "GB")


ADDRESSES = [
    ("He lives at Koskikatu 25, 33100 Tampere.", "fiwiki", "Koskikatu 25, 33100 Tampere"),
    ("Mannerheimintie 12 B 5 is her flat", "fiwiki", "Mannerheimintie 12 B 5"),
    ("a Kossuth Lajos utca 23 alatt lakik", "huwiki", "Kossuth Lajos utca 23"),
    ("Andrássy út 60, Budapest", "huwiki", "Andrássy út 60"),
    ("mieszka przy ul. Długa 5 w Gdańsku", "plwiki", "ul. Długa 5"),
    ("adres: al. Jerozolimskie 65, 00-697 Warszawa", "plwiki",
     "al. Jerozolimskie 65, 00-697 Warszawa"),
    ("hun adres is Præstevænget 15, 2800 Lyngby", "dawiki", "Præstevænget 15, 2800 Lyngby"),
    ("woont op de Keizersgracht 123, 1015 CJ Amsterdam", "nlwiki",
     "Keizersgracht 123, 1015 CJ Amsterdam"),
    ("Sie wohnt in der Berliner Straße 12, 10115 Berlin.", "dewiki",
     "Berliner Straße 12, 10115 Berlin"),
    ("abita in via Garibaldi 12, Lucca", "itwiki", "via Garibaldi 12"),
    ("abita in Via dei Mille 5", "enwiki", "Via dei Mille 5"),
    ("mora na Rua das Flores, nº 12, 1200-195 Lisboa", "ptwiki",
     "Rua das Flores, nº 12, 1200-195 Lisboa"),
    ("vive en la calle Mayor 5, 3º B", "eswiki", "calle Mayor 5, 3º B"),
    ("Il habite 12 rue de la Paix, 75002 Paris.", "frwiki", "12 rue de la Paix, 75002 Paris"),
    ("she lives on County Road H past the trailhead", "enwiki", "County Road H"),
    ("mail goes to RR 2 Box 45, Millbrook", "enwiki", "RR 2 Box 45"),
    ("write to PO Box 1234 instead", "enwiki", "PO Box 1234"),
    ("his unit is PSC 1234, Box 5678, APO AE 09123", "enwiki",
     "PSC 1234, Box 5678, APO AE 09123"),
    ("Postfach 10 01 23, 80001 München", "dewiki", "Postfach 10 01 23"),
    ("221B Baker Street, London NW1 6XE", "enwiki", "221B Baker Street, London NW1 6XE"),
]
NOT_ADDRESSES = [
    ("During 1971 he moved abroad.", "enwiki"),
    ("In Spring 2019 the band toured.", "enwiki"),
    ("Engineering 101 is a course.", "enwiki"),
    ("Hearing 12 was held in private.", "enwiki"),
    ("see Smith et al. Nature 290 for that", "enwiki"),
    ("the file was sent via Google 12 times", "enwiki"),
    ("It took place Saturday 12 May.", "enwiki"),
    ("Chapter 11 bankruptcy in World War 2 on Windows 10", "enwiki"),
    ("Die Hauptstraße 1848 gegründet", "dewiki"),
    ("The decade 1990 and the Brigade 12 parade", "enwiki"),
]


@pytest.mark.parametrize(("text", "wiki", "expected"), ADDRESSES)
def test_address_forms(text: str, wiki: str, expected: str) -> None:
    assert any(expected in value for value in values(AddressDetector(), text, wiki))


@pytest.mark.parametrize(("text", "wiki"), NOT_ADDRESSES)
def test_address_hard_negatives(text: str, wiki: str) -> None:
    assert values(AddressDetector(), text, wiki) == []


IDS = [
    # valid check digits after an ID word (the formats' documentation examples)
    ("henkilötunnus 131052-308T", "fiwiki", "131052-308T"),
    ("personnummer 19811228-9874", "svwiki", "19811228-9874"),
    ("RRN 971013-9019902", "enwiki", "971013-9019902"),
    ("TC Kimlik No: 17291716060", "trwiki", "17291716060"),
    ("his NRIC S1234567D was shown", "enwiki", "S1234567D"),
    ("SA ID 7503305044089", "enwiki", "7503305044089"),
    ("SIN 046 454 286", "enwiki", "046 454 286"),
    ("su NIF 12345678Z", "eswiki", "12345678Z"),
    ("ITIN 912-70-1234", "enwiki", "912-70-1234"),
    ("MBI 1EG4-TE5-MK73", "enwiki", "1EG4-TE5-MK73"),
    ("voter ID WKH1186253", "enwiki", "WKH1186253"),
    ("Aadhaar 2341 2341 2346", "enwiki", "2341 2341 2346"),
    ("numer PESEL 44051401359", "plwiki", "44051401359"),
    ("CURP BOXW310820HNERXN09", "eswiki", "BOXW310820HNERXN09"),
    ("AHV-Nummer 756.9217.0769.85", "dewiki", "756.9217.0769.85"),
    ("his driving licence MORGA753116SM9IJ", "enwiki", "MORGA753116SM9IJ"),
    ("NHS number 943 476 5919", "enwiki", "943 476 5919"),
    # wrong check digits after an ID word: still found
    ("Personalausweis L01X00T48", "dewiki", "L01X00T48"),
    ("BSN 123456780", "nlwiki", "123456780"),
    ("numer PESEL 44051401358", "plwiki", "44051401358"),
    ("il suo codice fiscale RSSMRA85T10A562X", "itwiki", "RSSMRA85T10A562X"),
    ("NIF 12345678A", "eswiki", "12345678A"),
    ("CPF 123.456.789-00", "ptwiki", "123.456.789-00"),
    ("SSN 123-45-6780", "enwiki", "123-45-6780"),
    ("son numéro de sécurité sociale 1 85 05 78 006 084 93", "frwiki",
     "1 85 05 78 006 084 93"),
    ("NIR 2 55 08 14 168 025 39", "frwiki", "2 55 08 14 168 025 39"),
    ("henkilötunnus 131052-308U", "fiwiki", "131052-308U"),
    ("passport no. X1234567", "enwiki", "X1234567"),
    # valid in a strong format, without a word
    ("alone 131052-308T here", "fiwiki", "131052-308T"),
    ("MORGA753116SM9IJ on the scan", "enwiki", "MORGA753116SM9IJ"),
    # cards after "card number": Diners, JCB, Maestro
    ("card number 3056 9309 0259 04", "enwiki", "3056 9309 0259 04"),
    ("card number 3530 1113 3330 0000", "enwiki", "3530 1113 3330 0000"),
    ("card number 6759 6498 2643 8453", "enwiki", "6759 6498 2643 8453"),
    # IBANs in lower case or with dashes
    ("iban de89 3704 0044 0532 0130 00", "dewiki", "de89 3704 0044 0532 0130 00"),
    ("IBAN DE89-3704-0044-0532-0130-00", "dewiki", "DE89-3704-0044-0532-0130-00"),
    ("IBAN DE89 3704 0044 0532 0130 01", "dewiki", "DE89 3704 0044 0532 0130 01"),
]
NOT_IDS = [
    ("pay DE89 3704 0044 0532 0130 01 now", "dewiki"),  # failed IBAN: not even its tail
    ("Il ne le dit jamais: nie 12345678", "frwiki"),
    ("Das habe ich nie 12345678 gesagt", "dewiki"),
    ("a sin 046 454 286 times over", "enwiki"),
    ("ticket ID 2023112010003351", "enwiki"),
    ("a random 131052-308U and 19811228-9875", "enwiki"),
    ("call +44 7911 123456 now", "enwiki"),
    ("the number 123-45-6789 with no naming word", "enwiki"),
]


@pytest.mark.parametrize(("text", "wiki", "expected"), IDS)
def test_id_forms(text: str, wiki: str, expected: str) -> None:
    assert any(expected in value for value in values(IdNumberDetector(), text, wiki))


@pytest.mark.parametrize(("text", "wiki"), NOT_IDS)
def test_id_hard_negatives(text: str, wiki: str) -> None:
    assert values(IdNumberDetector(), text, wiki) == []


def test_valid_checksums_are_surer_than_failed_ones() -> None:
    detector = IdNumberDetector()
    valid = detector.detect(TextContext("numer PESEL 44051401359"))[0]
    failed = detector.detect(TextContext("numer PESEL 44051401358"))[0]
    assert valid.confidence > failed.confidence


EMAILS = [
    ("write to उदाहरण.परीक्ष@उदाहरण.कॉम now", "hiwiki", "उदाहरण.परीक्ष@उदाहरण.कॉम"),
    ('mail "john doe"@example.com today', "enwiki", '"john doe"@example.com'),
    ("seine Adresse: x[at]y[.]com", "dewiki", "x[at]y[.]com"),
    ("écris à name @example.com ce soir", "frwiki", "name @example.com"),
    ("escríbele a nombre@ example.es", "eswiki", "nombre@ example.es"),
    ("scrivi a mario.rossi@esempio.it", "itwiki", "mario.rossi@esempio.it"),
    ("mande para joão.silva@exemplo.com.br", "ptwiki", "joão.silva@exemplo.com.br"),
    ("mail naar jan [at] voorbeeld [dot] nl", "nlwiki", "jan [at] voorbeeld [dot] nl"),
    ("napisz na jan.kowalski@przyklad.pl", "plwiki", "jan.kowalski@przyklad.pl"),
]
NOT_EMAILS = [
    ("meet me @ the pub. It is at 5.", "enwiki"),
    ("follow @jane on twitter. com is the site", "enwiki"),
    ("icon@2x.png and lodash@4.17.21", "enwiki"),
    ('he said "hello"@ noon', "enwiki"),
]


@pytest.mark.parametrize(("text", "wiki", "expected"), EMAILS)
def test_email_forms(text: str, wiki: str, expected: str) -> None:
    assert any(expected in value for value in values(EmailDetector(), text, wiki))


@pytest.mark.parametrize(("text", "wiki"), NOT_EMAILS)
def test_email_hard_negatives(text: str, wiki: str) -> None:
    assert values(EmailDetector(), text, wiki) == []


NAMES = [
    ("my name is vitoria, I edit here", "enwiki", "vitoria"),
    ("her maiden name is Møller.", "enwiki", "Møller"),
    ("his real name is tomasz", "enwiki", "tomasz"),
    ("ich heiße jonas und wohne hier", "dewiki", "jonas"),
    ("sie heißt Greta, glaube ich", "dewiki", "Greta"),
    ("je m'appelle léa dupont et", "frwiki", "léa dupont"),
    ("son nom de jeune fille est Lefèvre", "frwiki", "Lefèvre"),
    ("me llamo lucía", "eswiki", "lucía"),
    ("mi chiamo giulia", "itwiki", "giulia"),
    ("chama-se Joana, a vizinha", "ptwiki", "Joana"),
    ("ik heet jan de vries", "nlwiki", "jan de vries"),
    ("nazywam się kowalski", "plwiki", "kowalski"),
    ("her name is Ana.", "enwiki", "Ana"),
]
NOT_NAMES = [
    ("my name is not important here", "enwiki"),
    ("her name was mentioned in the article", "enwiki"),
    ("his name is on the list", "enwiki"),
    ("the name is misleading", "enwiki"),
    ("mein Name ist egal", "dewiki"),
    ("son nom est inconnu", "frwiki"),
]


@pytest.mark.parametrize(("text", "wiki", "expected"), NAMES)
def test_name_introductions(text: str, wiki: str, expected: str) -> None:
    assert any(expected in value for value in values(NameDetector(), text, wiki))


@pytest.mark.parametrize(("text", "wiki"), NOT_NAMES)
def test_name_introduction_hard_negatives(text: str, wiki: str) -> None:
    assert values(NameDetector(), text, wiki) == []


def test_lower_case_names_are_less_sure_than_capitalised() -> None:
    lower = NameDetector().detect(TextContext("my name is vitoria"))[0]
    upper = NameDetector().detect(TextContext("my name is Vitoria"))[0]
    assert lower.confidence < upper.confidence

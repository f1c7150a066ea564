from __future__ import annotations

import pytest

from detectors.base import TextContext
from detectors.phone import PhoneDetector
from detectors.regions import regions_for

DETECTOR = PhoneDetector()


def found(text: str, wiki: str = "enwiki") -> list[str]:
    ctx = TextContext(text, regions=regions_for(wiki))
    return [text[f.start:f.end] for f in DETECTOR.detect(ctx)]


POSITIVE = [
    ("born 2 June 1990, mobile 07700 900317, email", "commonswiki", ["07700 900317"]),
    ("Prenotazioni per gruppi: tel. 0583 555 010, e-mail", "itwiki", ["0583 555 010"]),
    ("wohnt in der Lindenstraße 5, Tel. 0561 5550 3171.", "dewiki", ["0561 5550 3171"]),
    ("His home phone number is (541) 555-0129 and", "enwiki", ["(541) 555-0129"]),
    ("her own mobile is 0171 3920047 if you want", "commonswiki", ["0171 3920047"]),
    ("privat erreichbar unter 030 23125 417.", "commonswiki", ["030 23125 417"]),
    ("Ik heb je 06-nummer (+31 6 5550 8812) uit de app", "nlwiki", ["+31 6 5550 8812"]),
    ("cellulare 347 555 0173, chiamatela pure", "commonswiki", ["347 555 0173"]),
    ("the listing, 0491 570 157, and your flatmate answered", "enwiki", ["0491 570 157"]),
    ("atende pelo telefone (11) 95555-0142.", "ptwiki", ["(11) 95555-0142"]),
    ("His number is +49 30 23125 488, just call him", "enwiki", ["+49 30 23125 488"]),
    ("can be contacted on +44 20 7946 0587.", "frwiki", ["+44 20 7946 0587"]),
    ("Ring me on 07700 900461 or I ring you on 07700 900982.", "commonswiki",
     ["07700 900461", "07700 900982"]),
    ("appelle-moi au 01 23 45 67 89 ce soir", "frwiki", ["01 23 45 67 89"]),
    ("call 0113 496 0123 after six", "enwiki", ["0113 496 0123"]),
    ("phone: (02) 5550 1234", "enwiki", ["(02) 5550 1234"]),
    ("llámame al 612 34 56 78", "eswiki", ["612 34 56 78"]),
    ("Handy: 0151/23456789", "dewiki", ["0151/23456789"]),
    ("whatsapp 0044 7911 123456", "enwiki", ["0044 7911 123456"]),
    ("Tel.-Nr. 0561 5550 3171", "dewiki", ["0561 5550 3171"]),
    ("Tel:0561 5550 3171 und Tel.:+49 30 23125 488", "dewiki",
     ["0561 5550 3171", "+49 30 23125 488"]),
    ("written 541-555-0129 without a word", "enwiki", ["541-555-0129"]),
    ("or +34 612 34 56 78 alone", "enwiki", ["+34 612 34 56 78"]),
    # inflected phone words (context stems), and grouped numbers of regions with no trunk 0
    ("zadzwońcie do niego: 555-012-398", "plwiki", ["555-012-398"]),
    ("pod telefonem 22 555 01 17", "plwiki", ["22 555 01 17"]),
    ("Seine Telefonnummern: 0561 5550 3171", "dewiki", ["0561 5550 3171"]),
    ("Manda um zap pro 21 555 0184 e resolve", "ptwiki", ["21 555 0184"]),
    ("llámenle al 612 34 56 78", "eswiki", ["612 34 56 78"]),
    ("chiamatelo al 333 555 0199", "itwiki", ["333 555 0199"]),
]

NEGATIVE = [
    ("ISBN 978-3-16-148410-0 and ISBN 0-306-40615-2", "dewiki"),
    ("isbn=978-0-306-40615-7 |page=41", "enwiki"),
    ("doi 10.5555/12345678 and doi:10.1000/182", "enwiki"),
    ("dated 2024-01-09, 09.01.2024 and 9/1/2024 at 10:30:15", "enwiki"),
    ("at 51.5074, -0.1278 or 51°30′N 0°7′W", "enwiki"),
    ("inv. nr. FV-1962-0441, ticket 2023112010003351", "commonswiki"),
    ("accession no. 2009.0173.4 and accession number 1987.0442.113", "commonswiki"),
    ("OCLC 123456789, ISSN 0317-8471, LCCN n2001012345, PMID 12345678", "enwiki"),
    ("{{PermissionTicket|id=2024031510006542}} Ticket:2024040210011873", "commonswiki"),
    ("Pywikibot 9.3.1, version 1.2.3.4, Windows 10.0.19045.4170", "enwiki"),
    ("the final score was 3–1 and then 102–98", "enwiki"),
    ("at 10:30:15:123456 and 2001:0db8:0000:1234", "enwiki"),
    ("the city has 12 345 678 inhabitants", "frwiki"),
    ("population 1 234 567 (2021)", "enwiki"),
    ("Gerrit Bosman (1921–1994) and 1921-1994", "nlwiki"),
    ("it costs $1,234,567 or 1 234 567 €", "enwiki"),
    ("pp. 123–145 and pp. 1234–1256", "enwiki"),
    ("a height of 1 234 567 m and 643.2 m", "enwiki"),
    ("Diesel locomotive UIC 92 80 1218 392-0 D-DB", "commonswiki"),
    ("[[Special:Diff/1211234567]] oldid=1211240012", "enwiki"),
    ("GND=1012345678 VIAF=123456789", "dewiki"),
    ("blocked 203.0.113.0/24 and the IP (203.0.113.150) again", "enwiki"),
    ("her Social Security number 987-65-4326 was shown", "enwiki"),
    ("NHS number 943 476 5919 on the letter", "enwiki"),
    ("Fachwerkhaus, erbaut 1688. 34999071 im Register", "dewiki"),
    ("the landmark at 51.5302 13.8741 should be moved", "dewiki"),
    # citation templates flattened to plain text: year, ISBN, OCLC, volume, pages
    ("New York Doubleday 1986 0-385-19171-5 12614728 harv", "enwiki"),
    ("McFarland 2005 0-7864-2026-X George McGovern", "enwiki"),
    ("Journal of Fisheries 62 1161–1167 10.1139/f05-027", "enwiki"),
    ("Review 135 7 12 February 1987", "enwiki"),
    ("population 1901 73022 1911 374295 1931 731605 1941 796169", "enwiki"),
    ("1950 1402000000 1999 3634000000", "enwiki"),
    ("ACK 000 0110 006 BEL 000 0111 007 Bell 000 1000 010", "nlwiki"),
    ("File:Wood butterflies (17735539850).jpg and (9715909375).jpg", "enwiki"),
    ("Maccabi Tel Aviv 66 Real Madrid 87 15–18 8–23 21–25 22–21", "enwiki"),
    ("open 09.30 - 10.30 and 06.10 - 09.30", "enwiki"),
    ("build 1187.0441 of 10.4.2", "enwiki"),
    ("die Sammlung umfasst 555 012 398 Objekte", "plwiki"),
    ("Dzwonnica ma 555 012 398 cegieł", "plwiki"),
]


@pytest.mark.parametrize(("text", "wiki", "expected"), POSITIVE)
def test_finds_phones(text: str, wiki: str, expected: list[str]) -> None:
    assert found(text, wiki) == expected


@pytest.mark.parametrize(("text", "wiki"), NEGATIVE)
def test_hard_negatives(text: str, wiki: str) -> None:
    assert found(text, wiki) == []


def test_context_raises_confidence() -> None:
    alone = DETECTOR.detect(TextContext("see 030 23125 417 here", regions=("DE",)))
    called = DETECTOR.detect(TextContext("Telefon 030 23125 417 here", regions=("DE",)))
    assert alone
    assert called
    assert called[0].confidence > alone[0].confidence


def test_fictional_numbers_need_context() -> None:
    assert found("mobile 07700 900598") == ["07700 900598"]
    assert DETECTOR.detect(TextContext("a UK number: 07700 900317", regions=("GB",))) == []
    possible = DETECTOR.detect(TextContext("mobile 07700 900598", regions=("GB",)))[0]
    assert possible.confidence < 0.7


def test_context_words_are_whole_words_at_window_edges() -> None:
    # "mob" and "tel" are phone words; "mobiles" and "television" are not.
    text = "07700 900317 appeared in a television advert for mobiles"
    assert DETECTOR.detect(TextContext(text, regions=("GB",))) == []


def test_plus_numbers_need_no_region() -> None:
    assert found("call +49 30 23125 488", "xxwiki") == ["+49 30 23125 488"]


def test_language_is_used_when_no_regions_given() -> None:
    ctx = TextContext("Telefon 030 23125 417", language="de")
    assert [f.start for f in DETECTOR.detect(ctx)] == [8]


def test_regions_for_wiki_names_and_languages() -> None:
    assert regions_for("enwiki")[:2] == ("GB", "US")
    assert regions_for("fr") == regions_for("frwiktionary")
    assert "DE" in regions_for("commonswiki")
    assert regions_for("unknownwiki") == ()

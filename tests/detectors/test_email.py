from __future__ import annotations

import pytest

from detectors.base import TextContext
from detectors.email import EmailDetector

DETECTOR = EmailDetector()

# (text, the exact spans expected to be found as emails)
POSITIVE = [
    ("mobile 07700, email paul.okonjo90@example.com. Ask him", ["paul.okonjo90@example.com"]),
    ("Du bist doch Dr. K (m.kleebauer@klinikum-lindenau.example).",
     ["m.kleebauer@klinikum-lindenau.example"]),
    ("the list gives tw.photos [at] example [dot] net for you",
     ["tw.photos [at] example [dot] net"]),
    ("write to him at d-vance at example dot net — he wrote it", ["d-vance at example dot net"]),
    ("mail: marco.fiumi.77 chiocciola example punto com.",
     ["marco.fiumi.77 chiocciola example punto com"]),
    ("bereikbaar op j.hessels(at)example.org, iemand", ["j.hessels(at)example.org"]),
    ("contact x{at}example{dot}org today", ["x{at}example{dot}org"]),
    ("contacto: ana.lopez arroba example punto es", ["ana.lopez arroba example punto es"]),
    ("écrivez à jean (arobase) example (point) fr", ["jean (arobase) example (point) fr"]),
    ("reach me: name @ example.com ok", ["name @ example.com"]),
    ("mail john.smith at example.com today", ["john.smith at example.com"]),
    ("spaced: name @ example . com", ["name @ example . com"]),
    ("JOHN AT EXAMPLE DOT COM", ["JOHN AT EXAMPLE DOT COM"]),
    ("fullwidth name＠example．com here", ["name＠example．com"]),
    ("john dot smith at example dot co dot uk", ["john dot smith at example dot co dot uk"]),
    ("two: a.b@example.org and c_d+tag@mail.example.net.",
     ["a.b@example.org", "c_d+tag@mail.example.net"]),
    ("Unicode local part: josé.núñez@example.es", ["josé.núñez@example.es"]),
]

NEGATIVE = [
    "I was at the museum dot dot dot",
    "We met at home. Dot the i's.",
    "See [[File:Foo@2x.png]] and icon@3x.jpg",
    "git clone git@github.com:org/repo.git",
    "ssh deploy@build.example.org to restart",
    "fetch https://user@host.example.org/path",
    "npm install lodash@4.17.21 and react@18.2.0",
    "Follow @isolbap@fedi.example.net on Mastodon",
    "{{ping|Foo}} @Foo: thanks",
    "Foo@dewiki and Bar@commonswiki are global accounts",
    "send an email at once",
    "The best thing you could do at this point is wait.",
    "what was wrong with the article at vixra.org?",
    "meet me at home dot com style",
    "version 1.2.3 at example",
    "",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_emails(text: str, expected: list[str]) -> None:
    found = DETECTOR.detect(TextContext(text))
    assert [text[f.start:f.end] for f in found] == expected
    assert all(f.type == "email" and f.detector == "email" for f in found)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives(text: str) -> None:
    assert DETECTOR.detect(TextContext(text)) == []


def test_obfuscated_scores_lower_than_plain() -> None:
    plain = DETECTOR.detect(TextContext("a.b@example.org"))[0]
    bracketed = DETECTOR.detect(TextContext("a.b [at] example [dot] org"))[0]
    spelled = DETECTOR.detect(TextContext("a.b at example dot org"))[0]
    assert plain.confidence > bracketed.confidence > spelled.confidence > 0


def test_invalid_addresses_are_rejected_by_the_validator() -> None:
    assert DETECTOR.detect(TextContext("a..b@example.org x@-bad-.com")) == []

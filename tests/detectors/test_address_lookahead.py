"""The address shapes' first-character look-aheads only make them faster: every text gets the
same matches as from the shapes without them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors import address
from detectors.address import PREFIXED, SUFFIXED, AddressDetector
from detectors.base import TextContext

_PLAIN = {"suffixed": re.compile(SUFFIXED), "prefixed": re.compile(PREFIXED)}
_GATED = {"suffixed": address._PATTERNS[1][0], "prefixed": address._PATTERNS[2][0]}

ADDRESSES = [
    "Berliner Straße 12", "Kossuth Lajos utca 23", "Andrássy út 60", "Lindenstraße 4",
    "Keizersgracht 123", "ul. Długa 5", "Via Roma 12", "Rua Augusta, 45", "Calle Mayor 5",
    "12 rue de la Paix", "avenue de l'Opéra 8", "VİA Roma 3", "İMPASSE des Lilas 4",
    "Praça do Comércio 7", "al. Jerozolimskie 44", "c/ Mayor 5",
]
_PIECES = [*ADDRESSES, "12", "3b", "1848", " ", ", ", "\n", "no. ", "nr.", "straße", "Straße",
           "utca", "út", "via", "Via", "VIA", "rue", "de", "la", "l'", "İ", "ſ", "K", "ß",
           "Roma", "Mill", "Road", "during", "Spring", "et al.", "c/", "٣", "x", "-"]


@pytest.mark.parametrize("text", ADDRESSES)
def test_addresses_are_still_found(text: str) -> None:
    line = f"She lives at {text}, since May."
    found = AddressDetector().detect(TextContext(line, "de"))
    assert any(line[f.start:f.end].startswith(text.split(maxsplit=1)[0]) for f in found)


@pytest.mark.parametrize("shape", sorted(_PLAIN))
@pytest.mark.parametrize("text", ADDRESSES)
def test_same_matches_on_addresses(shape: str, text: str) -> None:
    line = f"Wohnt in {text} und so"
    assert [m.span() for m in _GATED[shape].finditer(line)] == [
        m.span() for m in _PLAIN[shape].finditer(line)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from(sorted(_PLAIN)))
def test_same_matches_on_any_text(pieces: list[str], shape: str) -> None:
    text = "".join(pieces)
    assert [m.span() for m in _GATED[shape].finditer(text)] == [
        m.span() for m in _PLAIN[shape].finditer(text)]

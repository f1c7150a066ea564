"""A table's data cell is read with its column's header before it, and the offsets still map
every copied character back to the wikitext."""

from __future__ import annotations

import pytest

from wikitext.convert import to_plain

WIKI_TABLE = """{| class="wikitable"
! account !! wie !! geboren
|-
| Pindakaas || Wim Zegveld || 14-08-1969
|-
| Tosti || idem || 02.10.1975
|}"""
HTML_TABLE = ("<table><tr><th>Name</th><th>Phone</th></tr>"
              "<tr><td>Ann</td><td>01632 960 123</td></tr></table>")

CASES = [
    ("wiki table", WIKI_TABLE, ["geboren: 14-08-1969", "wie: Wim Zegveld", "geboren: 02.10.1975"]),
    ("html table", HTML_TABLE, ["Phone: 01632 960 123", "Name: Ann"]),
    ("a row header labels no column", "{|\n|-\n! Born\n| 3 May 1990\n|}", ["Born 3 May 1990"]),
    ("no header row", "{|\n|-\n| a || b\n|}", ["a b"]),
    ("a nested table has its own headers",
     "{|\n! Outer\n|-\n|\n{|\n! Inner\n|-\n| x\n|}\n|}", ["Inner: x", "Outer:"]),
]


@pytest.mark.parametrize(("case", "wikitext", "expected"), CASES, ids=[c[0] for c in CASES])
def test_cells_read_with_their_header(case: str, wikitext: str, expected: list[str]) -> None:
    text = " ".join(to_plain(wikitext).text.split())
    for want in expected:
        assert " ".join(want.split()) in text


def test_a_long_header_gives_no_label() -> None:
    text = to_plain("{|\n! " + "word " * 20 + "\n|-\n| 3 May 1990\n|}").text
    assert ": 3 May 1990" not in text


def test_values_in_cells_map_back_to_the_wikitext() -> None:
    plain = to_plain(WIKI_TABLE)
    for value in ("Wim Zegveld", "14-08-1969", "02.10.1975"):
        i = plain.text.index(value)
        start, end = plain.to_source(i, i + len(value))
        assert WIKI_TABLE[start:end] == value


def test_a_label_covers_no_source_character() -> None:
    plain = to_plain(WIKI_TABLE)
    i = plain.text.index("geboren: ")
    start, end = plain.to_source(i, i + len("geboren: "))
    assert start == end

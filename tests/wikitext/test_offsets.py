"""The offset map: verbatim characters point at themselves, spans map back to wikitext."""

from __future__ import annotations

import pytest

from wikitext import PlainText, to_plain

SAMPLES = [
    "'''Bold''' [[Target|label]] and [[Plain]] [http://x.example/ title] &#64; x",
    "== Head ==\n* item [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 15:27, 9 January 2024 (UTC)",
    "{{Information\n|description={{en|1=Lake at dawn.}}\n|author=Jo &amp; Co\n}}<ref>x</ref>",
    "{|\n! h1 !! h2\n|-\n| style=\"a\" | cell one || cell two\n|}\n<!-- c --><b>bold</b>",
    "<gallery>\nFile:A.jpg|Back row: Leo\n</gallery> [[File:B.jpg|thumb|Caption here]] end",
    "| key_people = Fiona Pruett\n| website = {{URL|https://x.example}}\n}}",
    ":{{ping|Ann|Bob}} see {{{arg|default}}} and ''it''<br/>next",
]


def verbatim_indices(p: PlainText) -> list[int]:
    return [i for i in range(len(p.text)) if p.source_ends[i] - p.source_offsets[i] == 1]


@pytest.mark.parametrize("src", SAMPLES)
def test_verbatim_characters_point_at_themselves(src: str) -> None:
    p = to_plain(src)
    indices = verbatim_indices(p)
    assert indices, "every sample has verbatim text"
    for i in indices:
        assert src[p.source_offsets[i]] == p.text[i]


@pytest.mark.parametrize("src", SAMPLES)
def test_map_is_monotonic_and_in_bounds(src: str) -> None:
    p = to_plain(src)
    offsets = list(p.source_offsets)
    assert len(offsets) == len(p.text)
    assert offsets == sorted(offsets)
    assert all(0 <= o < len(src) for o in offsets)


def test_to_source_of_a_label_and_an_entity() -> None:
    src = "see [[Target page|the label]] and jo&#64;example.org"
    p = to_plain(src)
    i = p.text.index("the label")
    s, e = p.to_source(i, i + len("the label"))
    assert src[s:e] == "the label"
    j = p.text.index("jo@example.org")
    s, e = p.to_source(j, j + len("jo@example.org"))
    assert src[s:e] == "jo&#64;example.org"


def test_to_source_of_empty_and_out_of_range_spans() -> None:
    src = "''a'' b"
    p = to_plain(src)
    assert p.to_source(1, 1) == (p.source_offsets[1], p.source_offsets[1])
    assert p.to_source(len(p.text), len(p.text) + 5) == (len(src), len(src))
    assert p.to_source(-3, 1) == (2, 3)


def test_to_plain_offset_inverts_to_source() -> None:
    src = "'''Name''' lives here"
    p = to_plain(src)
    assert p.to_plain_offset(src.index("lives")) == p.text.index("lives")

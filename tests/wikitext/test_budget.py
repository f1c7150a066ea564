"""The parse budget: pieces cover the text, long well-formed templates stay whole."""

from __future__ import annotations

import itertools

from wikitext import to_plain
from wikitext.budget import LONG_PIECE_MAX, MAX_UNCLOSED, SEGMENT_MAX, plan, unclosed


def test_unclosed_counts_only_what_is_left_open() -> None:
    assert unclosed("{{a|{{b}}}} [[c]] <b>d</b> <ref name=x/> {{{e}}} <!-- f -->") == 0
    assert unclosed("{{a| [[b <i>c [d <!-- e") == 5
    assert unclosed("}} ]] </b> {{a") == 1


def test_pieces_cover_the_text_in_order() -> None:
    text = "".join(f"line {i} [[link {i}]] {{{{t|{i}}}}}\n" for i in range(2_000))
    pieces = plan(text)
    assert len(pieces) > 1
    assert pieces[0].start == 0
    assert pieces[-1].end == len(text)
    for a, b in itertools.pairwise(pieces):
        assert a.end == b.start
        assert text[a.end - 1] == "\n"
        assert a.end - a.start <= SEGMENT_MAX
    assert all(p.parse for p in pieces)


def test_a_long_well_formed_infobox_is_one_piece() -> None:
    rows = "".join(f"| field_{i} = value {i} [[Link {i}]]\n" for i in range(200))
    infobox = "{{Infobox country\n" + rows + "}}\n"
    assert SEGMENT_MAX < len(infobox) < LONG_PIECE_MAX
    text = infobox + "Prose follows. " * 1_000
    first = plan(text)[0]
    assert first.end == len(infobox)
    p = to_plain(text)
    box = next(t for t in p.templates if t.name == "infobox country")
    assert len(box.params) == 200


def test_a_template_too_long_for_one_piece_keeps_its_name() -> None:
    rows = "".join(f"| field_{i} = value {i} [[Link {i}]] {{{{nowrap|x}}}}\n" for i in range(700))
    text = "{{Infobox settlement\n" + rows + "}}\nAfter.\n"
    assert len(text) > LONG_PIECE_MAX
    p = to_plain(text)
    names = {t.name for t in p.templates if t.params and t.params[0].name == "field 650"}
    assert names == {"infobox settlement"}
    assert "value 650 Link 650" in p.text


def test_badly_formed_pieces_go_to_the_linear_stripper_and_keep_their_text() -> None:
    bad = "{{a| " * (MAX_UNCLOSED + 1) + "Call 07700 900317\n"
    text = bad + "fine [[User:Ann|Ann]] text\n" * 300
    pieces = plan(text)
    assert not pieces[0].parse
    assert all(p.parse for p in pieces[1:])
    p = to_plain(text)
    assert p.fallback
    assert "Call 07700 900317" in p.text
    assert sum(1 for m in p.mentions if m.account == "Ann") == 300

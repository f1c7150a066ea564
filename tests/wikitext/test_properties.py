"""Properties over generated wikitext: never raises, the map stays monotonic and in bounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wikitext import to_plain
from wikitext.builder import Builder
from wikitext.fallback import strip

PIECES = [
    "[[", "]]", "{{", "}}", "{{{", "}}}", "[", "]", "|", "=", "''", "'''", "<ref>", "</ref>",
    "<!--", "-->", "<b>", "</b>", "<br/>", "&#64;", "&nbsp;", "&", "\n", "\n*", "\n==", "User:",
    "User talk:", "Benutzer:", "Special:Contributions/", "File:", "Category:", "ping", "u",
    " ", "Ann", "15:27, 9 January 2024 (UTC)", "http://x.example", "{|", "|}", "||", "\u200b",
]
wikitextish = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60
).map("".join)


@settings(max_examples=300, deadline=None)
@given(src=wikitextish, editor=st.sampled_from(["", "Ann", "ann"]))
def test_never_raises_and_the_map_holds(src: str, editor: str) -> None:
    p = to_plain(src, editor=editor)
    offsets = list(p.source_offsets)
    assert len(offsets) == len(p.text) == len(p.source_ends)
    assert offsets == sorted(offsets)
    assert all(0 <= o < len(src) for o in offsets)
    for m in p.mentions:
        assert 0 <= m.start <= m.end <= len(p.text)
        assert m.is_editor == (bool(editor) and m.account == "Ann")
    for t in p.templates:
        assert 0 <= t.start <= t.end <= len(p.text)


@settings(max_examples=200, deadline=None)
@given(src=wikitextish)
def test_verbatim_characters_point_at_themselves(src: str) -> None:
    p = to_plain(src)
    for i, c in enumerate(p.text):
        if p.source_ends[i] - p.source_offsets[i] == 1 and c != "\ufffd":
            assert src[p.source_offsets[i]] == c


@settings(max_examples=100, deadline=None)
@given(src=st.text(max_size=300))
def test_any_text_never_raises(src: str) -> None:
    p = to_plain(src)
    assert p.source_length == len(src)
    assert "\x00" not in p.text


@settings(max_examples=200, deadline=None)
@given(src=wikitextish)
def test_linear_stripper_keeps_the_map(src: str) -> None:
    b = Builder()
    strip(src, 0, b)
    text = "".join(b.parts)
    assert len(b.starts) == len(text) == len(b.ends)
    assert list(b.starts) == sorted(b.starts)
    for i, c in enumerate(text):
        assert 0 <= b.starts[i] < len(src)
        if b.ends[i] - b.starts[i] == 1:
            assert src[b.starts[i]] == c

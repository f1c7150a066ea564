"""The fast path for simple markup gives exactly what the parser and walker give, or steps aside."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wikitext import PlainText, simple, to_plain
from wikitext.builder import Builder

# Pieces near the edge of what the fast path reads: links of every kind, markers, headings,
# apostrophes, and the markup that must send a text to the parser.
PIECES = [
    "[[", "]]", "|", "[[Ann]]", "[[User:Ann|Ann]]", "[[User talk:Ann|talk]]", "[[User:Ann|]]",
    "[[Special:Contributions/Ann|c]]", "[[Page#Sec]]", "[[Page#Sec|]]", "[[:Category:A]]",
    "[[Category:A]]", "[[de:Seite]]", "[[File:a.jpg|thumb|Ann]]", "[[http://x.example]]",
    "[[mailto:a]]", "[[ ]]", "[[a|b|c]]", "[[a|'b']]", "[[a|''b'' c]]", "\n", "\n*", "\n#",
    "\n:", "\n;", "\n*;",
    "\n==", "==", "\n== Head ==\n", "\n=== H3 ===", "\n== H ==  ", "\n----", "=", "'", "''",
    "'''", "&", "&amp;", "&#64;", "<", "{{", "}}", "[", "]", "http://x.example", "~~~~",
    "15:27, 9 January 2024 (UTC)", "\u200b", "\xad", " ", "Ann", "__TOC__",
]
wikitextish = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=40
).map("".join)


def same(a: PlainText, b: PlainText) -> bool:
    return (
        a.text == b.text and a.source_offsets == b.source_offsets
        and a.source_ends == b.source_ends and a.mentions == b.mentions
        and a.templates == b.templates and a.timestamps == b.timestamps
        and a.fallback == b.fallback
    )


def taken(src: str) -> bool:
    return simple.convert(src, Builder())


@settings(max_examples=600, deadline=None)
@given(src=wikitextish, editor=st.sampled_from(["", "Ann"]), hidden=st.booleans(),
       links=st.sampled_from([None, lambda url: True]))
def test_fast_path_equals_the_parser(src: str, editor: str, hidden: bool,
                                     links: Callable[[str], bool] | None) -> None:
    fast = to_plain(src, editor=editor, keep_hidden=hidden, link_kept=links)
    slow = to_plain(src, editor=editor, keep_hidden=hidden, link_kept=links, fast=False)
    assert same(fast, slow)


@pytest.mark.parametrize(("src", "text", "accounts"), [
    ("* see [[User:Ann|Ann]] and [[Bob]]", " see Ann and Bob", ["Ann"]),
    ("== Neighbours ==\n:reply [[User talk:Ann|]]", " Neighbours \nreply Ann", ["Ann"]),
    ("#: [[Special:Contributions/10.0.0.1|this IP]] isn't him", " this IP isn't him",
     ["10.0.0.1"]),
    ("a = b, [[Page#Early life|]] [[Category:People]]", "a = b, Page ", []),
    ("[[:Category:People]] [[de:Seite]]s", "Category:People s", []),
])
def test_simple_markup_takes_the_fast_path(src: str, text: str, accounts: list[str]) -> None:
    assert taken(src)
    p = to_plain(src)
    assert p.text == text
    assert [m.account for m in p.mentions] == accounts
    assert same(p, to_plain(src, fast=False))


@pytest.mark.parametrize("src", [
    "''italic''", "'''bold''' text", "{{ping|Ann}}", "[[File:a.jpg|thumb|Ann at home]]",
    "; term : definition", "----", "== Head == ", "=x", "[[http://x.example]]",
    "[http://x.example label]", "Tom &amp; Ann", "line<br>break", "[[a|b|c]]",
    "[[a|b]]]", "[[Epoch|''epoch'' year]]", "a | b", "*; term", "======= Seven =======",
])
def test_other_markup_goes_to_the_parser(src: str) -> None:
    assert not taken(src)


def test_real_talk_comments_agree(shared_dir: Path) -> None:
    from benchmarks.judge_corpora import talk_comments

    records = list(talk_comments())
    assert len(records) > 500
    fast = [r.added for r in records if taken(r.added)]
    assert len(fast) > len(records) // 4  # the fast path does carry real text
    for src in fast:
        assert same(to_plain(src), to_plain(src, fast=False))

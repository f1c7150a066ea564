"""Hostile input returns, without error, with a usable result."""

from __future__ import annotations

import pytest

from wikitext import MAX_CHARS, to_plain

HOSTILE = {
    "deep templates": "{{a|" * 10_000 + "x" + "}}" * 10_000,
    "unclosed templates": "{{a|" * 10_000,
    "megabyte of brackets": "[" * 1_000_000,
    "mixed openers": "[[{{" * 50_000,
    "unclosed tags": "<b>" * 60_000,
    "unclosed divs": "<div>" * 40_000,
    "unclosed external links": "[http://a " * 20_000,
    "unclosed attributes": '<span a="' * 20_000,
    "unclosed arguments": "{{{a|" * 20_000,
    "unclosed comments": "<!--" * 50_000,
    "quotes": "'''''" * 40_000,
    "equals": "=" * 200_000,
    "pipes in a template": "{{a" + "|b=" * 60_000 + "}}",
    "table cells": "{|\n|" * 50_000,
    "surrogates and controls": "a\ud800b [[User:\udfff]] {{x|\x00y}} \x07 &#xD800; &#99999999;",
    "nested links": "[[a|" * 5_000 + "]]" * 5_000,
    "nested tags": "<div>" * 5_000 + "</div>" * 5_000,
    "entities": "&#64;" * 50_000,
}


@pytest.mark.parametrize("src", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_returns(src: str) -> None:
    p = to_plain(src, editor="X")
    assert len(p.text) == len(p.source_offsets)
    assert p.truncated == (len(src) > MAX_CHARS)
    assert list(p.source_offsets) == sorted(p.source_offsets)
    assert all(0 <= o < min(len(src), MAX_CHARS) for o in p.source_offsets)
    assert "\x00" not in p.text
    assert not any("\ud800" <= c <= "\udfff" for c in p.text)


def test_nul_does_not_cut_the_rest() -> None:
    p = to_plain("{{x|a\x00b}} tail [[User:Ann]]")
    assert "tail" in p.text
    assert [m.account for m in p.mentions] == ["Ann"]


def test_large_badly_formed_text_keeps_its_good_parts() -> None:
    bad = "{{a|" * 2_000 + "\n"
    good = "Call me: [[User:Ann|Ann]] ''now''\n"
    p = to_plain(bad * 3 + good * 200)
    assert "Call me: Ann now" in p.text
    assert sum(1 for m in p.mentions if m.account == "Ann") == 200


def test_a_failing_parser_falls_back_to_the_linear_stripper(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # No input is known to make mwparserfromhell raise, so the failure is injected.
    def broken(text: str) -> None:
        raise RecursionError("deep")

    monkeypatch.setattr("wikitext.convert.mwparserfromhell.parse", broken)
    p = to_plain("'''Secret''' [[User:Ann|Ann]] jo&#64;example.org")
    assert p.fallback
    assert p.text == "Secret Ann jo@example.org"
    assert [(m.account, m.kind) for m in p.mentions] == [("Ann", "user")]
    assert "Secret" not in caplog.text
    assert "RecursionError" in caplog.text

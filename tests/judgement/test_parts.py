"""The parts the judgement borrows: its plain text keeps the address of a labelled link to a
profile (a profile written as `[url label]` is still found and redacted) and drops others'."""

from __future__ import annotations

from judgement.parts import default_parts


def test_plain_text_keeps_profile_addresses_of_labelled_links_only() -> None:
    source = ("he is [https://www.instagram.com/jdoe.77 this guy] says "
              "[https://news.example.org/2024/story the paper]")
    plain = default_parts().to_plain(source, "Someone")
    assert "https://www.instagram.com/jdoe.77 this guy" in plain.text
    assert "news.example.org" not in plain.text
    assert "the paper" in plain.text

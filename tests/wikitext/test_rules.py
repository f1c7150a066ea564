"""Each markup rule, table-driven: wikitext in, plain text out."""

from __future__ import annotations

import re

import pytest

from wikitext import to_plain

CASES = [
    ("plain", "Just words, no markup.", "Just words, no markup."),
    ("bold italic", "'''Bold''' and ''italic''", "Bold and italic"),
    ("piped link", "see [[Target page|the label]] now", "see the label now"),
    ("bare link", "see [[Target page]] now", "see Target page now"),
    ("colon link", "see [[:File:X.jpg]] now", "see File:X.jpg now"),
    ("pipe trick", "[[Help:Contents|]]", "Contents"),
    ("external titled", "[http://example.org/a Example site]", "Example site"),
    ("external bare bracket", "[http://example.org/a]", "http://example.org/a"),
    ("bare url kept", "see https://social.example/@jo ok", "see https://social.example/@jo ok"),
    ("category dropped", "text\n[[Category:Foo]]", "text\n"),
    ("localized category dropped", "a [[Kategorie:Foo|*]] b", "a  b"),
    ("language link dropped", "a [[de:Foo]] b", "a  b"),
    ("file dropped", "[[File:A.jpg|thumb|200px]] after", " after"),
    ("file caption kept", "[[File:A.jpg|thumb|200px|My [[dog]] Rex]]", "My dog Rex"),
    ("localized file caption", "[[Datei:A.jpg|mini|Mein Hund]]", "Mein Hund"),
    ("ref dropped", "Claim.<ref>Personal knowledge</ref> Next.", "Claim. Next."),
    ("self-closing ref dropped", "Claim.<ref name=a/> Next.", "Claim. Next."),
    ("comment dropped", "a<!-- hidden note -->b", "ab"),
    ("heading", "== Section title ==\nbody", " Section title \nbody"),
    ("list markers", "* one\n# two\n: three", " one\n two\n three"),
    ("html tags stripped", "<span style='x'>kept</span> <small>also</small>", "kept also"),
    ("br is a break", "one<br/>two", "one\ntwo"),
    ("nowiki literal", "<nowiki>[[not a link]]</nowiki>", "[[not a link]]"),
    ("entity at", "jo&#64;example.org", "jo@example.org"),
    ("entity hex", "jo&#x40;example.org", "jo@example.org"),
    ("entity nbsp", "07700&nbsp;900317", "07700 900317"),
    ("html5 entities", "jo&commat;example&period;org", "jo@example.org"),
    ("escaped entity stays literal", "&amp;#64;", "&#64;"),
    ("unknown entity kept", "a&nosuch;b", "a&nosuch;b"),
    ("soft hyphen removed", "jo\xadnes@example.org", "jones@example.org"),
    ("zero width removed", "0770\u200b0 900317", "07700 900317"),
    ("language template", "{{en|1=A harbour scene.}}", "A harbour scene."),
    ("parser function dropped", "=={{int:filedesc}}==", ""),
    ("template without params", "{{Wikidata Infobox}}", ""),
    ("table", "{|\n|-\n| a || b\n|}", "a b"),
    ("template argument default", "{{{population|2021}}}", "2021"),
    ("gallery captions", "<gallery>\nFile:A.jpg|Left: Ann\nFile:B.jpg\n</gallery>", "Left: Ann"),
]


@pytest.mark.parametrize(
    ("wikitext", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_rule(wikitext: str, expected: str) -> None:
    assert _squeeze(to_plain(wikitext).text) == _squeeze(expected)


def _squeeze(text: str) -> str:
    """Compare up to runs of spaces: separators between cells or parameters are not the rule."""
    return re.sub(r" +", " ", text).strip(" \n")


def test_information_template_keeps_prose_values_and_names_them() -> None:
    src = (
        "{{Information\n|description={{en|1=Harbour in 1962.}}\n|date=1962\n"
        "|author=Photo: Gerrit Bosman\n|permission={{PermissionTicket|id=2023112010003351}}\n}}"
    )
    p = to_plain(src)
    assert "Harbour in 1962." in p.text
    assert "Photo: Gerrit Bosman" in p.text
    info = next(t for t in p.templates if t.name == "information")
    names = {q.name: p.text[q.start:q.end] for q in info.params}
    assert names["author"] == "Photo: Gerrit Bosman"
    assert names["date"] == "1962"
    ticket = next(t for t in p.templates if t.name == "permissionticket")
    assert p.text[ticket.start:ticket.end] == "2023112010003351"
    assert info.start <= ticket.start < ticket.end <= info.end


def test_what_covers_a_span() -> None:
    src = "{{Information\n|description={{en|1=Ann at home.}}\n|author=[[User:Bo|Bo]]\n}} x"
    p = to_plain(src)
    i = p.text.index("Ann")
    assert [t.name for t in p.templates_covering(i, i + 3)] == ["information", "en"]
    assert [(t.name, q.name) for t, q in p.params_covering(i, i + 3)] == [
        ("information", "description"), ("en", "1"),
    ]
    j = p.text.index("Bo")
    assert [m.account for m in p.mentions_in(j, j + 2)] == ["Bo"]
    assert p.templates_covering(len(p.text) - 1, len(p.text)) == ()


def test_hidden_text_is_kept_on_request() -> None:
    src = "Claim.<ref>Her mobile: {{small|0171 3920047}}</ref> Next.<!-- jo@example.org -->"
    assert "3920047" not in to_plain(src).text
    p = to_plain(src, keep_hidden=True)
    lines = ["Claim.", "Her mobile: 0171 3920047", " Next.", " jo@example.org "]
    assert p.text.split("\n") == lines
    for i, c in enumerate(p.text):
        if p.source_ends[i] - p.source_offsets[i] == 1:
            assert src[p.source_offsets[i]] == c


def test_template_names_are_normalised() -> None:
    p = to_plain("{{subst:Infobox_person |name=Ann Example}}{{Template:Cite web|title=T}}")
    assert [t.name for t in p.templates] == ["infobox person", "cite web"]


def test_loose_parameter_lines_of_a_partly_added_template() -> None:
    src = "| key_people = Fiona Pruett (managing director)\n| website = {{URL|https://x.example}}"
    p = to_plain(src)
    assert p.text.startswith("key_people: Fiona Pruett (managing director)\nwebsite: ")
    names = [q.name for t in p.templates for q in t.params]
    assert "key people" in names
    assert "website" in names
    people = next(t for t in p.templates if t.params and t.params[0].name == "key people")
    assert p.text[people.start:people.end] == "Fiona Pruett (managing director)"


def test_a_named_parameter_keeps_its_name_as_a_label_before_its_value() -> None:
    # "PESEL", "date of birth", "employer": in an infobox the name is all that says what a value is
    src = "{{Infobox |name = Ann Example |PESEL=88112300783 |1=positional}}"
    p = to_plain(src)
    assert p.text.splitlines()[:2] == ["name: Ann Example ", "PESEL: 88112300783 positional"]
    pesel = p.templates[0].params[1]
    assert (pesel.name, p.text[pesel.start:pesel.end]) == ("pesel", "88112300783")
    start = p.text.index("PESEL")
    assert src[slice(*p.to_source(start, start + 5))] == "PESEL"


def test_a_parameter_with_no_value_gets_no_label() -> None:
    text = to_plain("{{Infobox |name = Ann Example |spouse = }}").text
    assert text.strip() == "name: Ann Example"


def test_fast_path_is_identity() -> None:
    src = "Nothing to strip here. Call 07700 900317?"
    p = to_plain(src)
    assert p.text == src
    assert list(p.source_offsets) == list(range(len(src)))
    assert not p.mentions
    assert not p.templates


def test_truncation_is_reported() -> None:
    p = to_plain("a" * 50 + "[[b]]", max_chars=20)
    assert p.truncated
    assert p.text == "a" * 20
    assert not to_plain("short").truncated


def test_a_labelled_link_keeps_its_address_only_where_asked() -> None:
    src = "see [https://social.example/jdoe77 her page] and [https://news.example/a story]"

    def profile_only(url: str) -> bool:
        return "social" in url

    kept = to_plain(src, link_kept=profile_only)
    assert _squeeze(to_plain(src).text) == "see her page and story"
    assert _squeeze(kept.text) == "see https://social.example/jdoe77 her page and story"
    i = kept.text.index("https://")
    s, e = kept.to_source(i, i + len("https://social.example/jdoe77"))
    assert src[s:e] == "https://social.example/jdoe77"

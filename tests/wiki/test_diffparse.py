"""The diff readers on real compare bodies and on wikidiff2's goldens."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.wiki.goldens import Golden, load_goldens
from wiki.diffparse import DiffText, added_wikitext, parse_table_diff, removed_wikitext
from wiki.restdiff import parse_rest_diff

COMPARE = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "compare_diffs"
WIKIBASE_BODIES = sorted((COMPARE / "editgroups_wikidata_compare_bodies").glob("*.html"))
GOLDENS = load_goldens(Path(__file__).resolve().parents[3] / "shared")
TABLE_GOLDENS = [golden for golden in GOLDENS if golden.kind == "table"]


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _tag_contents(body: str, tag: str) -> str:
    """An independent reading: every <ins>/<del> content, tags stripped, entities decoded."""
    found = re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", body, re.S)
    return "".join(html.unescape(re.sub(r"<[^>]+>", "", piece)) for piece in found)


def _well_formed(diff: DiffText) -> None:
    for fragment in diff.added:
        assert fragment.line[fragment.start : fragment.end] == fragment.text
        assert fragment.text.strip() or fragment.whole_line


def test_reads_enough_real_bodies() -> None:
    assert len(WIKIBASE_BODIES) == 29


@pytest.mark.parametrize("path", WIKIBASE_BODIES, ids=lambda path: path.name)
def test_wikibase_body_added_and_removed_match_its_ins_and_del(path: Path) -> None:
    body = path.read_text(encoding="utf-8")
    diff = parse_table_diff(body)
    _well_formed(diff)
    assert diff.added or diff.removed
    assert _squeeze(added_wikitext(diff)) == _squeeze(_tag_contents(body, "ins"))
    assert _squeeze(removed_wikitext(diff)) == _squeeze(_tag_contents(body, "del"))


def test_wikibase_rendered_html_becomes_text() -> None:
    diff = parse_table_diff((WIKIBASE_BODIES[0]).read_text(encoding="utf-8"))
    texts = [fragment.text for fragment in diff.added]
    assert texts[:2] == ["95-4776451", "Normal rank"]
    assert "<" not in added_wikitext(diff)
    assert all(fragment.whole_line for fragment in diff.added)


def test_older_markup_changed_lines_and_deleted_line() -> None:
    body = (COMPARE / "pywikibot_mediawiki.org_API-Compare_example_diff.html").read_text()
    diff = parse_table_diff(body)
    assert [fragment.text for fragment in diff.added] == ["#REDIRECT", "Template", "Unsigned IP"]
    assert diff.added[0].line == "#REDIRECT [[Template:Unsigned IP]]"
    assert not any(fragment.whole_line for fragment in diff.added)
    assert diff.removed[-1].startswith("{{documentation}} <!-- add categories")
    assert "#REDIRECT" not in removed_wikitext(diff)


def test_older_markup_wholly_added_line_by_marker_text() -> None:
    body = (
        "<tr><td colspan=\"2\" class=\"diff-empty\">&#160;</td><td class=\"diff-marker\">+</td>"
        "<td class=\"diff-addedline\"><div>call me at 555&amp;co</div></td></tr>"
        "<tr><td class=\"diff-marker\">−</td><td><div>gone</div></td>"
        "<td colspan=\"2\" class=\"diff-empty\">&#160;</td></tr>"
    )
    diff = parse_table_diff(body)
    assert added_wikitext(diff) == "call me at 555&co"
    assert diff.removed == ("gone",)


def test_golden_a_moved_line_is_not_added_and_deletions_stay_apart() -> None:
    diff = parse_table_diff(_golden("001.phpt").expected)
    assert [fragment.text for fragment in diff.added] == ["sjgfkdjfgb", "2"]
    assert diff.added[1].line == "blah blah blah 2"
    assert (diff.added[1].start, diff.added[1].end) == (15, 16)
    assert diff.removed == ("kjahegwnygw", "x1", "x2", "x1", "x2", "1")


def test_golden_g_insertion_inside_a_moved_paragraph_is_added() -> None:
    diff = parse_table_diff(_golden("007.phpt").expected)
    assert [fragment.text for fragment in diff.added] == ["", ". Never underestimate lawns", ""]
    assert diff.added[1].line.endswith("to exist. Never underestimate lawns.")
    assert added_wikitext(diff) == ". Never underestimate lawns"
    assert "mw-diff-movedpara-right" in _golden("007.phpt").expected


def test_golden_entities_are_decoded() -> None:
    diff = parse_table_diff(_golden("017.phpt").expected)
    assert any("&#160;" in fragment.line for fragment in diff.added)  # wikitext, as typed
    assert "&amp;" not in added_wikitext(diff)


@pytest.mark.parametrize("golden", TABLE_GOLDENS, ids=lambda golden: golden.name)
def test_table_golden_matches_the_rest_golden_of_the_same_inputs(golden: Golden) -> None:
    table = parse_table_diff(golden.expected)
    _well_formed(table)
    twins = [g for g in GOLDENS if g.kind == "json" and (g.old, g.new) == (golden.old, golden.new)]
    for twin in twins:
        rest = parse_rest_diff(json.loads(twin.expected))
        assert [f.text for f in rest.added] == [f.text for f in table.added]
        if "movedpara" not in golden.expected:  # JSON pairs moved lines on their own terms
            assert rest.removed == table.removed


def test_some_table_goldens_have_rest_twins() -> None:
    pairs = {(g.old, g.new) for g in GOLDENS if g.kind == "json"}
    assert sum((g.old, g.new) in pairs for g in TABLE_GOLDENS) >= 3


def test_rest_reader_byte_offsets_on_multibyte_text() -> None:
    rest = parse_rest_diff(json.loads(_golden("028.phpt").expected))
    _well_formed(rest)
    inserted = [fragment for fragment in rest.added if fragment.text]
    assert [fragment.text for fragment in inserted][:2] == [" (changed)", " 日"]
    assert inserted[1].line == "Line E 日"


def test_rest_reader_changed_line_keeps_deleted_apart() -> None:
    rest = parse_rest_diff(json.loads(_golden("021.phpt").expected))
    assert rest.added[0].line == "foo test"
    assert [f.text for f in rest.added] == ["test", "test", ""]  # and an added blank line
    assert rest.removed == ("bar", "quux")


@pytest.mark.parametrize("payload", [None, [], {"diff": "x"}, {"diff": [1, {"type": 3}]}])
def test_rest_reader_ignores_malformed_payloads(payload: object) -> None:
    assert parse_rest_diff(payload) == DiffText()


def _golden(name: str) -> Golden:
    return next(golden for golden in GOLDENS if golden.name == name)


_HTMLISH = st.text(
    alphabet=st.sampled_from(list("<>/=\"' &#;+−-tdrinsdelcassdiffmarkrowx\n")), max_size=300
)


@settings(max_examples=300, deadline=None)
@given(_HTMLISH)
def test_parser_never_raises_on_htmlish_text(text: str) -> None:
    _well_formed(parse_table_diff(text))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 20_000), st.integers(0, 20_000), st.text(max_size=20))
def test_parser_never_raises_on_cut_or_spliced_real_bodies(cut: int, at: int, junk: str) -> None:
    body = GOLDENS[0].expected
    spliced = body[:at] + junk + body[at:cut]
    _well_formed(parse_table_diff(spliced))


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 300) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(
        st.sampled_from(["diff", "type", "text", "highlightRanges", "start", "length"]), inner,
        max_size=5),
    max_leaves=30,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_JSONISH)
def test_rest_reader_never_raises_on_arbitrary_json(payload: object) -> None:
    _well_formed(parse_rest_diff({"diff": [payload]}))
    _well_formed(parse_rest_diff(payload))

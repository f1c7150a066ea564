"""The fast scanner reads every body exactly as the html.parser reference does.

Real bodies (compare fixtures, wikidiff2's goldens, the local differ's tables of the 250 real
revision pairs), generated tables of every row kind, and broken or unfamiliar markup: the
result of `parse_table_diff` always equals `parse_table_diff_reference`, and the fast path is
really taken where the markup is wikidiff2's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.wiki.goldens import Golden, load_goldens, load_revision_pairs
from wiki.answers import localise
from wiki.differ import table_diff
from wiki.diffparse import added_wikitext, parse_table_diff, parse_table_diff_reference
from wiki.fastdiff import scan_rows

SHARED = Path(__file__).resolve().parents[3] / "shared"
COMPARE_BODIES = sorted((SHARED / "fixtures" / "compare_diffs").rglob("*.html"))
TABLE_GOLDENS = [golden for golden in load_goldens(SHARED) if golden.kind == "table"]


def _same(body: str) -> None:
    assert parse_table_diff(body) == parse_table_diff_reference(body)


@pytest.fixture(scope="module")
def differ_bodies() -> list[str]:
    tables = [table_diff(old, new) for _, old, new in load_revision_pairs(SHARED)]
    return tables + [localise(table) for table in tables]


def test_reads_all_the_real_bodies() -> None:
    assert len(COMPARE_BODIES) == 30
    assert len(TABLE_GOLDENS) == 16


@pytest.mark.parametrize("path", COMPARE_BODIES, ids=lambda path: path.name)
def test_real_compare_body_reads_the_same(path: Path) -> None:
    _same(path.read_text(encoding="utf-8"))


def test_older_markup_compare_body_takes_the_fast_path() -> None:
    body = SHARED / "fixtures/compare_diffs/pywikibot_mediawiki.org_API-Compare_example_diff.html"
    assert scan_rows(body.read_text(encoding="utf-8")) is not None


def test_wikibase_nested_tables_fall_back_to_the_reference() -> None:
    wikibase = [path for path in COMPARE_BODIES if "editgroups" in str(path)]
    nested = [path for path in wikibase if "<table" in path.read_text(encoding="utf-8")]
    assert nested
    assert all(scan_rows(path.read_text(encoding="utf-8")) is None for path in nested)


@pytest.mark.parametrize("golden", TABLE_GOLDENS, ids=lambda golden: golden.name)
def test_golden_reads_the_same_on_the_fast_path(golden: Golden) -> None:
    body = golden.expected
    assert scan_rows(body) is not None
    _same(body)


def test_differ_tables_of_the_real_pairs_read_the_same(differ_bodies: list[str]) -> None:
    assert len(differ_bodies) == 500
    for body in differ_bodies:
        assert scan_rows(body) is not None
        _same(body)
    assert sum(bool(parse_table_diff(body).added) for body in differ_bodies) > 400


_CHANGE = '<{tag} class="diffchange diffchange-inline">{text}</{tag}>'
_PIECES = [*"ab xyz09;#&>\"'=\n\t/éü日−", "&amp;", "&lt;", "&gt;", "&#160;", "&nbsp;", "&#x26AB;",
           "&amp", "&#", "&#39;", "&minus;", "&quot;", "&unknown;", "diff-addedline",
           "&lt;/tr&gt;"]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)
_KINDS = ["lineno", "context", "added", "deleted", "changed", "moved-from", "moved-to",
          "old-added", "old-deleted", "old-context"]  # fmt: skip
_MARKER, _MINUS, _PLUS = (
    '<td class="diff-marker"></td>',
    '<td class="diff-marker" data-marker="−"></td>',
    '<td class="diff-marker" data-marker="+"></td>',
)
_EMPTY = '<td colspan="2" class="diff-empty{}"></td>'
_OLD_BLANK = '<td class="diff-marker">&#160;</td>'


@st.composite
def _line(draw: st.DrawFn, tag: str) -> str:
    """A cell's content: a div of text with `<ins>`/`<del>` pieces, or a blank line."""
    if draw(st.integers(0, 9)) == 0:
        return "<br />"
    parts = draw(st.lists(st.tuples(st.booleans(), _TEXT), max_size=5))
    inline = (_CHANGE.format(tag=tag, text=text) if change else text for change, text in parts)
    return "<div>" + "".join(inline) + "</div>"


def _moved_marker(side: str, sign: str) -> str:
    link = f'<a class="mw-diff-movedpara-{side}" href="#movedpara_1_0_rhs">&#x26AB;</a>'
    return f'<td class="diff-marker" data-marker="{sign}">{link}</td>'


def _cells(kind: str, old: str, new: str) -> list[str]:
    """The cells of a row of `kind`, in the current or the older markup."""
    return {
        "lineno": ['<td colspan="2" class="diff-lineno"><!--LINE 3--></td>',
                   '<td colspan="2" class="diff-lineno">Line 3:</td>'],
        "context": [_MARKER, f'<td class="diff-context diff-side-deleted">{old}</td>',
                    _MARKER, f'<td class="diff-context diff-side-added">{old}</td>'],
        "added": [_EMPTY.format(" diff-side-deleted"), _PLUS,
                  f'<td class="diff-addedline diff-side-added">{new}</td>'],
        "deleted": [_MINUS, f'<td class="diff-deletedline diff-side-deleted">{old}</td>',
                    _EMPTY.format(" diff-side-added")],
        "changed": [_MINUS, f'<td class="diff-deletedline diff-side-deleted">{old}</td>',
                    _PLUS, f'<td class="diff-addedline diff-side-added">{new}</td>'],
        "moved-from": [_moved_marker("left", "−"), f'<td class="diff-deletedline">{old}</td>',
                       _EMPTY.format("")],
        "moved-to": [_EMPTY.format(""), _moved_marker("right", "+"),
                     f'<td class="diff-addedline"><a name="movedpara_1_0_rhs"></a>{new}</td>'],
        "old-added": [_EMPTY.format(""), '<td class="diff-marker">+</td>',
                      f'<td class="diff-addedline">{new}</td>'],
        "old-deleted": ['<td class="diff-marker">&minus;</td>', f"<td>{old}</td>",
                        _EMPTY.format("")],
        "old-context": [_OLD_BLANK, f'<td class="diff-context">{old}</td>',
                        _OLD_BLANK, f'<td class="diff-context">{old}</td>'],
    }[kind]  # fmt: skip


@st.composite
def _row(draw: st.DrawFn) -> str:
    """One row of any kind wikidiff2 writes."""
    cells = _cells(draw(st.sampled_from(_KINDS)), draw(_line("del")), draw(_line("ins")))
    space = draw(st.sampled_from(["", "\n", "\n  "]))
    return f"<tr>{space}" + space.join(cells) + f"{space}</tr>"


_TABLE = st.lists(_row(), max_size=12).map("\n".join)
_JUNK = st.sampled_from([
    "<table><tr><td>x</td></tr></table>", "<script>a</td></script>", "<!-- a -- b -->", "<TD>",
    "<td class='diff-addedline'>", "<td class=diff-addedline>", "</tr >", "<", "&", "<br/>",
    '<div title="a>b">', "<td/>", '<td class="diff-marker" class="diff-addedline">', "<!DOCTYPE>",
    "</td>", "<tr>", '<td class="diff-context">', "<ins>", "</del>", "<tbody>",
])  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_TABLE)
def test_generated_tables_read_the_same_on_the_fast_path(body: str) -> None:
    assert scan_rows(body) is not None
    _same(body)


@settings(max_examples=300, deadline=None)
@given(_TABLE, st.lists(st.tuples(st.integers(0, 5_000), _JUNK), min_size=1, max_size=3))
def test_generated_tables_with_junk_read_the_same(body: str, junk: list[tuple[int, str]]) -> None:
    for at, piece in junk:
        body = body[:at] + piece + body[at:]
    _same(body)


_HTMLISH = st.text(
    alphabet=st.sampled_from(list("<>/=\"' &#;+−-tdrinsdelcassdiffmarkrowx\n")), max_size=300
)


@settings(max_examples=300, deadline=None)
@given(_HTMLISH)
def test_htmlish_text_reads_the_same(text: str) -> None:
    _same(text)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 20_000), st.integers(0, 20_000), st.text(max_size=20))
def test_cut_or_spliced_goldens_read_the_same(cut: int, at: int, junk: str) -> None:
    body = TABLE_GOLDENS[0].expected
    _same(body[:at] + junk + body[at:cut])


@pytest.mark.parametrize("body", [
    "<tr><td class=\"diff-addedline\"><table><tr><td>x</td></tr></table></td></tr>",
    "<tr><td class=\"diff-addedline\"><!-- a -- b --></td></tr>",
    "<tr><TD class=\"diff-addedline\">x</TD></tr>",
    "<tr><td class='diff-addedline'>x</td></tr>",
    "<tr><td class=\"diff-addedline\">a < b</td></tr>",
    "<tr><td class=\"diff-addedline\"><script>x</script></td></tr>",
])  # fmt: skip
def test_unfamiliar_markup_falls_back(body: str) -> None:
    assert scan_rows(body) is None
    _same(body)
    assert parse_table_diff(body).added


def test_a_second_class_attribute_wins_as_in_html_parser() -> None:
    body = '<tr><td class="diff-marker" id="x" class="diff-addedline">0583 555 123</td></tr>'
    assert scan_rows(body) is not None
    assert added_wikitext(parse_table_diff(body)) == "0583 555 123"
    _same(body)


def test_entities_in_text_and_markers_are_decoded() -> None:
    body = ('<tr><td class="diff-marker">&minus;</td><td><div>a&amp;b</div></td></tr>'
            '<tr><td class="diff-marker" data-marker="&#43;"></td><td><div>c&lt;d&#160;e</div></td>'
            "</tr>")  # fmt: skip
    assert scan_rows(body) is not None
    diff = parse_table_diff(body)
    assert added_wikitext(diff) == "c<d\xa0e"
    assert diff.removed == ("a&b",)
    _same(body)


def test_plain_wholly_added_and_deleted_lines_read_at_once_as_the_reference() -> None:
    added = ('<tr>\n  <td colspan="2" class="diff-empty diff-side-deleted"></td>\n'
             '  <td class="diff-marker" data-marker="+"></td>\n'
             '  <td class="diff-addedline diff-side-added"><div>{}</div></td>\n</tr>')  # fmt: skip
    deleted = ('<tr><td class="diff-marker" data-marker="−"></td>'
               '<td class="diff-deletedline diff-side-deleted"><div>{}</div></td>'
               '<td colspan="2" class="diff-empty diff-side-added"></td></tr>')  # fmt: skip
    body = "\n".join([added.format("mail a&amp;b&#64;x.org"), added.format(""),
                      deleted.format(" gone &lt;3 "), deleted.format("  ")])  # fmt: skip
    diff = parse_table_diff(body)
    assert [fragment.text for fragment in diff.added] == ["mail a&b@x.org", ""]
    assert all(fragment.whole_line for fragment in diff.added)
    assert diff.removed == (" gone <3 ",)
    _same(body)

"""The local differ against wikidiff2's goldens: exact where the algorithms agree, else by lines."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.wiki.goldens import Golden, load_goldens
from wiki.differ import split_lines, table_diff, tokens, word_diff
from wiki.diffparse import parse_table_diff
from wiki.tablereader import TableReader

TABLE_GOLDENS = [
    golden
    for golden in load_goldens(Path(__file__).resolve().parents[3] / "shared")
    if golden.kind == "table"
]
EXACT = {"002.phpt", "003.phpt", "008.phpt", "012.phpt", "thai1.phpt"}
# difflib and wikidiff2 pick different (equally short) line alignments for these three.
OTHER_ALIGNMENT = {"001.phpt", "007.phpt", "013.phpt"}


def _cells(body: str) -> Counter[tuple[str, str]]:
    reader = TableReader()
    reader.feed(body)
    reader.close()
    kinds = ("addedline", "deletedline", "context", "lineno")
    return Counter(
        (kind, cell.text)
        for row in reader.rows
        for cell in row.cells
        for kind in kinds
        if f"diff-{kind}" in cell.classes
    )


def _mine(golden: Golden) -> str:
    return table_diff(golden.old, golden.new, context=golden.context)


@pytest.mark.parametrize("golden", TABLE_GOLDENS, ids=lambda golden: golden.name)
def test_same_lines_on_each_side_as_wikidiff2(golden: Golden) -> None:
    mine = _mine(golden)
    if golden.name in EXACT:
        assert mine == golden.expected
    if golden.name in OTHER_ALIGNMENT:  # the same lines carry new text, words may differ
        lines = {fragment.line for fragment in parse_table_diff(mine).added if fragment.text}
        for fragment in parse_table_diff(golden.expected).added:
            assert not fragment.text or fragment.line in lines
    else:
        assert _cells(mine) == _cells(golden.expected)


def test_exact_goldens_are_checked() -> None:
    assert {golden.name for golden in TABLE_GOLDENS} >= EXACT | OTHER_ALIGNMENT


def test_moved_line_is_marked_and_not_added() -> None:
    old = "intro\nmoving paragraph\nx\ny\nz\nw\n"
    new = "intro\nx\ny\nz\nw\nmoving paragraph\n"
    body = table_diff(old, new)
    assert "mw-diff-movedpara-left" in body
    assert "mw-diff-movedpara-right" in body
    assert parse_table_diff(body).added == ()


def test_changed_line_word_diff_escapes_and_marks() -> None:
    left, right = word_diff("call <b>me</b> at 1", "call <b>me</b> at 2 & 3")
    assert left == 'call &lt;b&gt;me&lt;/b&gt; at <del class="diffchange diffchange-inline">1</del>'
    assert right.endswith('<ins class="diffchange diffchange-inline">2 &amp; 3</ins>')


def test_lines_and_tokens() -> None:
    assert split_lines("a\nb\n") == ["a", "b"]
    assert split_lines("a\n\n") == ["a", ""]
    assert tokens("ab 日本 x1") == ["ab", " ", "日", "本", " ", "x1"]


def test_no_change_gives_an_empty_table() -> None:
    assert table_diff("same\ntext", "same\ntext") == "\n"


def test_moved_and_edited_paragraph_adds_only_its_new_words() -> None:
    paragraph = "The harbour museum opens on weekdays and keeps a small archive of photographs."
    edited = paragraph.replace("small archive", "small archive and a library")
    old = f"{paragraph}\nintro\nx\ny\nz\nw\n"
    new = f"intro\nx\ny\nz\nw\n{edited}\n"
    body = table_diff(old, new)
    assert "mw-diff-movedpara-right" in body
    assert [f.text.strip() for f in parse_table_diff(body).added] == ["and a library"]
    whole = parse_table_diff(table_diff(old, new, similar_moves=False)).added
    assert [f.text for f in whole] == [edited]


def test_a_big_rewrite_stays_bounded_and_complete() -> None:
    old = "\n".join(f"old paragraph number {i} about the harbour" for i in range(400))
    new = "\n".join(f"new text {i} on another subject entirely" for i in range(400))
    diff = parse_table_diff(table_diff(old, new))
    assert len(diff.added) == 400
    assert all(fragment.whole_line for fragment in diff.added)
    assert len(diff.removed) == 400


def test_repetitive_lines_stay_bounded() -> None:
    old = "\n".join(["|-", "| cell"] * 5000)
    new = "\n".join(["| cell", "|-"] * 5000 + ["| added row"])
    diff = parse_table_diff(table_diff(old, new))
    assert "| added row" in [fragment.text for fragment in diff.added]

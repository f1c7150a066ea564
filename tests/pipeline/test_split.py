"""The split-edit window: same account, same page, within the window, bounded."""

from __future__ import annotations

from core.edit import EditRecord
from pipeline.split import SplitEdits


def record(added: str, user: str = "A", title: str = "Talk:X") -> EditRecord:
    return EditRecord(id="w:1", wiki="w", server_name="s", namespace=1, title=title, user=user,
                      type="edit", comment="", added=added)


def test_window_keys_and_bounds() -> None:
    now = [0.0]
    split = SplitEdits(window_s=60, max_keys=2, clock=lambda: now[0])
    split.remember(record("one"), 1)
    now[0] = 30
    assert [e.rev_id for e in split.earlier(record("two"))] == [1]
    assert split.earlier(record("two", user="B")) == []
    assert split.earlier(record("two", title="Talk:Y")) == []
    assert split.together(record("two"), split.earlier(record("two"))).added == "one\ntwo"
    now[0] = 100
    assert split.earlier(record("three")) == []  # past the window
    for n in range(5):
        split.remember(record("x", user=f"U{n}"), n)
    assert len(split._recent) == 2  # bounded
    split.remember(record("anonymous", user=""), 9)
    assert split.earlier(record("y", user="")) == []

"""The split-edit window: same account, same page, within the window (the wiki's clock), only
edits that were not flagged and in which something was found or scored, bounded in keys and
edits a key."""

from __future__ import annotations

import dataclasses

from core.edit import EditRecord
from judgement.decision import Decision
from pipeline.split import MAX_CHARS, SplitEdits, split_decision

FOUND = Decision("x", flag=False, score=0.3)
NOTHING = Decision("x", flag=False, score=0.05)
FLAGGED = dataclasses.replace(FOUND, flag=True, score=0.9)
S = 1000  # ms


def record(added: str, user: str = "A", title: str = "Talk:X", kind: str = "edit") -> EditRecord:
    return EditRecord(id="w:1", wiki="w", server_name="s", namespace=1, title=title, user=user,
                      type=kind, comment="", added=added)


def test_same_account_same_page_within_the_window() -> None:
    split = SplitEdits(window_s=60)
    split.remember(record("one"), 1, 0, FOUND)
    assert [e.rev_id for e in split.earlier(record("two"), 30 * S)] == [1]
    assert split.earlier(record("two", user="B"), 30 * S) == []
    assert split.earlier(record("two", title="Talk:Y"), 30 * S) == []
    assert split.together(record("two"), split.earlier(record("two"), 30 * S)).added == "one\ntwo"
    assert split.earlier(record("three"), 61 * S) == []  # past the window
    assert len(split) == 0  # and forgotten


def test_only_what_a_later_edit_may_complete_is_kept() -> None:
    split = SplitEdits()
    split.remember(record("nothing found"), 1, 0, NOTHING)
    split.remember(record("queued on its own"), 2, 0, FLAGGED)
    split.remember(record("judge error"), 3, 0, dataclasses.replace(FOUND, error="timeout"))
    split.remember(record("anonymous", user=""), 4, 0, FOUND)
    split.remember(record("an IP address", user="24.208.240.121"), 4, 0, FOUND)
    split.remember(record("an IPv6 address", user="2001:db8::1"), 4, 0, FOUND)
    split.remember(record("a log entry", kind="log"), 5, 0, FOUND)
    assert len(split) == 0
    split.remember(record("a bare name"), 7, 0, dataclasses.replace(NOTHING, seen=("name",)))
    assert [e.rev_id for e in split.earlier(record("y"), 0)] == [7]  # found, if scored low
    split.remember(record("x" * (MAX_CHARS + 10)), 6, 0, FOUND)
    assert len(split.earlier(record("y"), 0)[-1].added) == MAX_CHARS


def test_bounded_and_evicted_by_time() -> None:
    split = SplitEdits(window_s=60, max_keys=2, per_key=2)
    for rev in range(5):
        split.remember(record(f"r{rev}"), rev + 1, rev * S, FOUND)
    assert [e.rev_id for e in split.earlier(record("z"), 5 * S)] == [4, 5]
    for n in range(5):
        split.remember(record("x", user=f"U{n}"), 10 + n, 6 * S, FOUND)
    assert len(split._recent) == 2  # the least recently touched keys go first
    split.remember(record("late", user="L"), 99, 200 * S, FOUND)  # the others are past the window
    assert list(split._recent) == [("w", "Talk:X", "L")]


def test_a_join_that_flags_forgets_what_it_covers() -> None:
    split = SplitEdits()
    split.remember(record("one"), 1, 0, FOUND)
    split.remember(record("one"), 1, 0, FOUND)  # read again after a restart: kept once
    assert len(split) == 1
    split.forget(record("two"))
    assert split.earlier(record("three"), S) == []


def test_the_reason_lists_every_revision() -> None:
    decision = split_decision(FLAGGED, [7, 9], 600)
    assert decision.reasons[0] == ("split over 2 edits by the same account on this page within "
                                   "10 minutes (r7, r9): judged together")

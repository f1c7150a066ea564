"""A slow edit costs only itself: inside one judgement call each edit has its own deadline, and
the one that runs out gets the quick pass (email, phone, IP, profile) marked "could not be
fully judged", while the rest of its batch is judged in full.

The slow edit is genuine work, not a stub: 200,000 characters of links and templates that the
wikitext→plain stage needs over a second for; the budget is set well under that.
"""

from __future__ import annotations

import gc
import signal
import time

import pytest

from core.edit import EditRecord
from judgement.config import JudgeConfig, load_config
from judgement.deadline import Overtime, alarms, deadline
from judgement.judge import Judge
from judgement.quick import NOT_FULLY_JUDGED
from tests.service.feeds import OUTING

BUDGET_S = 0.25
# Dense templates with links in them, to the 200,000-character cap: some 0.75 s of parsing
# alone, three times the budget (a link and a template every 37 characters took 0.3-0.45 s
# once the judgement got faster: too close to it).
SLOW = "{{g|d=[[e]]}}" * 16_000
SIGNED = " --[[User:Helper|Helper]] 09:15, 2 June 2024 (UTC)"


def record(n: int, added: str) -> EditRecord:
    return EditRecord(id=f"d:{n}", wiki="enwiki", server_name="en.wikipedia.org", namespace=3,
                      title="User talk:Railfan", user="Helper", type="edit", comment="",
                      added=added)


def judge_with_budget(seconds: float) -> Judge:
    base = load_config()
    return Judge(JudgeConfig({**base.data, "edit_budget_s": seconds}, base.source))


def test_the_slow_edit_gets_the_quick_pass_and_its_batch_is_judged_in_full() -> None:
    judge = judge_with_budget(BUDGET_S)
    _ = judge.nlp
    poison = "Mail her at jane.roe@example.org or ring 07700 900461. " + SLOW
    batch = [record(1, OUTING[0] + SIGNED), record(2, poison), record(3, OUTING[1] + SIGNED)]
    first, slow, last = (j.decision for j in judge.judge_many(batch))
    assert slow.partial
    assert slow.flag
    assert set(slow.types) == {"email", "phone"}
    assert slow.reasons[0] == NOT_FULLY_JUDGED
    assert "jane.roe@example.org" not in slow.excerpt
    assert "07700 900461" not in slow.excerpt
    for decision in (first, last):
        assert not decision.partial
        assert decision.flag
        assert not decision.error


def test_a_slow_edit_with_nothing_quick_to_find_is_not_flagged() -> None:
    judge = judge_with_budget(BUDGET_S)
    decision = judge.judge(record(4, "A long reply about the bridge. " + SLOW)).decision
    assert decision.partial
    assert not decision.flag
    assert not decision.error
    assert decision.to_json()["partial"] is True


def test_edits_within_the_budget_are_judged_in_full() -> None:
    judge = judge_with_budget(60.0)
    decision = judge.judge(record(5, "Mail her at jane.roe@example.org. " + SLOW)).decision
    assert not decision.partial
    assert "partial" not in decision.to_json()


def test_the_deadline_interrupts_a_regex_and_is_not_an_ordinary_exception() -> None:
    import re

    caught = ""
    try:
        with deadline(0.2):
            try:
                re.search(r"(a+)+$", "a" * 40 + "b")  # catastrophic backtracking
            except Exception:  # a stage's own fallback must not swallow the deadline
                caught = "exception"
    except Overtime:
        caught = caught or "overtime"
    assert caught == "overtime"


class _SlowFinaliser:
    def __del__(self) -> None:
        end = time.monotonic() + 0.5
        while time.monotonic() < end:  # the deadline fires in here; Python drops its Overtime
            pass


def _drop_slow_garbage() -> None:
    with deadline(0.05):
        garbage = _SlowFinaliser()
        del garbage  # its __del__ runs past the deadline


def test_an_alarm_inside_a_finaliser_is_put_off_and_raised_where_the_block_ends() -> None:
    # pytest's filterwarnings=error turns an exception dropped in __del__ into a failure here
    with pytest.raises(Overtime):
        _drop_slow_garbage()


def _slow_garbage_then_more_work(reached: list[str]) -> None:
    with deadline(0.05):
        garbage = _SlowFinaliser()
        del garbage
        reached.append("after the finaliser")
        time.sleep(1.0)  # the put-off alarm lands here
        reached.append("past the deadline")


def test_a_put_off_alarm_interrupts_the_work_after_the_finaliser() -> None:
    start, reached = time.monotonic(), list[str]()
    with pytest.raises(Overtime):
        _slow_garbage_then_more_work(reached)
    assert "past the deadline" not in reached  # the alarm may land just before or after the append
    assert time.monotonic() - start < 0.9


def _slow_gc_callback(phase: str, info: dict[str, int]) -> None:
    if phase == "start":
        end = time.monotonic() + 0.5
        while time.monotonic() < end:  # the deadline fires in here, inside the collector
            pass


def test_an_alarm_inside_a_garbage_collector_callback_is_put_off_too() -> None:
    # hypothesis registers such a callback; pytest would fail on an exception dropped there
    gc.callbacks.append(_slow_gc_callback)
    try:
        with pytest.raises(Overtime), deadline(0.05):
            gc.collect()
    finally:
        gc.callbacks.remove(_slow_gc_callback)


def test_deadlines_inside_alarms_share_one_handler_and_the_old_one_comes_back() -> None:
    def mine(signum: int, frame: object) -> None:
        raise AssertionError("the judgement's own handler should have taken the alarm")

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        with alarms():
            installed = signal.getsignal(signal.SIGALRM)
            with deadline(1.0):
                pass  # within its time: nothing raised, the handler stays
            assert signal.getsignal(signal.SIGALRM) is installed
            with pytest.raises(Overtime), deadline(0.01):
                time.sleep(0.5)
            assert signal.getsignal(signal.SIGALRM) is installed
        assert installed is not mine
        assert signal.getsignal(signal.SIGALRM) is mine
    finally:
        signal.signal(signal.SIGALRM, previous)

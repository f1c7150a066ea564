"""Bad input never takes a batch down: a broken edit gets an error decision, the rest are judged."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from judgement.config import JudgeConfig
from judgement.judge import Judge
from tests.judgement.conftest import edit


def test_a_failing_stage_becomes_an_error_decision(config: JudgeConfig, judge: Judge) -> None:
    def to_plain(source: str, editor: str) -> Any:
        if "BOOM" in source:
            raise ValueError("private text must not leak: BOOM")
        return judge.parts.to_plain(source, editor)

    breaking = Judge(config, replace(judge.parts, to_plain=to_plain))
    records = [edit("I got your number, 07700 900123."), edit("BOOM"), edit("Thanks!")]
    judged = breaking.judge_many(records)
    assert [j.decision.error for j in judged] == ["", "judgement failed: ValueError", ""]
    assert judged[0].decision.flag
    assert not judged[1].decision.flag
    assert "BOOM" not in judged[1].decision.error


HOSTILE = [
    "{{" * 3000 + "x" + "}}" * 10,
    "\x00\x01\x02 07700 900123 \ufffd" * 50,
    "[[User:" * 2000,
    "a@b." * 5000,
    "é" * 200_000,
]


def test_hostile_text_is_judged_without_raising(judge: Judge) -> None:
    judged = judge.judge_many([edit(text) for text in HOSTILE])
    assert len(judged) == len(HOSTILE)
    assert all(isinstance(j.decision.flag, bool) for j in judged)


PADDED = ("Mail her at jane.roe@example.org, she is the one. "
          + "[[Alpha|beta]] {{gamma|delta=[[e]]}} " * 100)


def test_outing_padded_with_repeated_markup_is_still_flagged(judge: Judge) -> None:
    """Each n-gram counts once in the text model: pages of repeated markup after an outing
    sentence do not dilute its wording (they did: 0.13 against 0.88 for the sentence alone)."""
    alone, padded = judge.judge_many([edit(PADDED[:50]), edit(PADDED)])
    assert alone.decision.flag
    assert padded.decision.flag
    assert padded.decision.score > 0.5 * alone.decision.score

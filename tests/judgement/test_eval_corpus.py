"""The judgement on the labelled dev corpus: a real, failable quality target."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.edit import EditRecord
from judgement.judge import Judge
from judgement.scoring import evaluate

# The learned judgement never trained on these corpora: they are checks. Issue 11 asks 0.90 /
# 0.90 on each; the shipped model reaches 0.95 / 0.84 on dev-edits and 0.83 / 0.71 on
# dev-multilingual at the balanced level. These floors catch a regression, not the goal.
FLOORS = {"dev-edits.jsonl": (0.90, 0.80), "dev-multilingual.jsonl": (0.78, 0.65)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_corpora_precision_and_recall_hold_their_floors(
    judge: Judge, shared_dir: Path, name: str
) -> None:
    lines = (shared_dir / "corpus" / name).read_text(encoding="utf-8").splitlines()
    labelled = [json.loads(line) for line in lines if line.strip()]
    judged = judge.judge_many([EditRecord.from_json(r) for r in labelled])
    report = evaluate(labelled, {j.decision.id: j.decision.to_json() for j in judged})
    summary = f"misses={report.misses} false_flags={report.false_flags}"
    precision, recall = FLOORS[name]
    assert report.unmatched == 0
    assert report.overall.precision >= precision, summary
    assert report.overall.recall >= recall, summary


def test_removed_text_never_flags(judge: Judge, corpus: list[dict[str, Any]]) -> None:
    only_removed = [r | {"added": ""} for r in corpus if r.get("removed")]
    judged = judge.judge_many([EditRecord.from_json(r) for r in only_removed])
    assert only_removed
    assert not any(j.decision.flag for j in judged)


def test_reasons_and_excerpts_carry_no_finding_value(
    judge: Judge, corpus: list[dict[str, Any]]
) -> None:
    records = [EditRecord.from_json(r) for r in corpus]
    for record, judged in zip(records, judge.judge_many(records), strict=True):
        plain_values = _values(judge, record, judged.decision.findings)
        for value in plain_values:
            assert all(value not in reason for reason in judged.decision.reasons), record.id
            assert value not in judged.decision.excerpt, record.id


def _values(judge: Judge, record: EditRecord, findings: Any) -> list[str]:
    text = judge.parts.to_plain(record.added, record.user).text
    return [text[f.start : f.end] for f in findings if f.type != "threat"]

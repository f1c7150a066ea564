"""The judgement on the labelled dev corpus: a real, failable quality target."""

from __future__ import annotations

from typing import Any

from core.edit import EditRecord
from judgement.judge import Judge
from judgement.scoring import evaluate


def test_dev_corpus_precision_and_recall_at_least_090(
    judge: Judge, corpus: list[dict[str, Any]]
) -> None:
    judged = judge.judge_many([EditRecord.from_json(r) for r in corpus])
    decisions = {j.decision.id: j.decision.to_json() for j in judged}
    report = evaluate(corpus, decisions)
    summary = f"misses={report.misses} false_flags={report.false_flags}"
    assert report.unmatched == 0
    assert report.overall.precision >= 0.90, summary
    assert report.overall.recall >= 0.90, summary


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

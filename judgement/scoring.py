"""Precision, recall and F1 of decisions against a labelled corpus, overall and per type.

Per type T: over records whose expected types include T, recall is the share flagged with T
among the predicted types; precision is, over records flagged with T predicted, the share
whose expected types include T.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from detectors.finding import TYPES


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    overall: Score
    per_type: dict[str, Score]
    misses: list[str] = field(default_factory=list)
    false_flags: list[str] = field(default_factory=list)
    unmatched: int = 0  # labelled records without a decision


def _types(decision: Mapping[str, Any]) -> set[str]:
    return set(decision.get("types") or ()) if decision.get("flag") else set()


def evaluate(labelled: Sequence[Mapping[str, Any]],
             decisions: Mapping[str, Mapping[str, Any]]) -> Report:
    tp = fp = fn = 0
    misses, false_flags, unmatched = [], [], 0
    counts = {t: [0, 0, 0] for t in TYPES}
    for record in labelled:
        expect = record.get("expect") or {}
        decision = decisions.get(str(record["id"]))
        if decision is None:
            unmatched += 1
            decision = {}
        want, got = bool(expect.get("flag")), bool(decision.get("flag"))
        tp, fp, fn = tp + (want and got), fp + (got and not want), fn + (want and not got)
        if want and not got:
            misses.append(str(record["id"]))
        if got and not want:
            false_flags.append(str(record["id"]))
        _count_types(counts, set(expect.get("types") or ()), _types(decision))
    per_type = {t: Score(*c) for t, c in counts.items() if any(c)}
    return Report(Score(tp, fp, fn), per_type, misses, false_flags, unmatched)


def _count_types(counts: dict[str, list[int]], want: set[str], got: set[str]) -> None:
    for t, count in counts.items():
        count[0] += t in want and t in got
        count[1] += t in got and t not in want
        count[2] += t in want and t not in got

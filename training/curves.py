"""Precision-recall curves, operating points read off them, and calibration tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve


@dataclass(frozen=True, slots=True)
class Point:
    threshold: float
    precision: float
    recall: float


def curve(y: Sequence[int], p: Sequence[float]) -> list[Point]:
    if not any(y):
        return []  # no outing at all: no curve (and no threshold) to read
    precision, recall, thresholds = precision_recall_curve(np.asarray(y), np.asarray(p))
    return [Point(float(t), float(pr), float(rc))
            for t, pr, rc in zip(thresholds, precision[:-1], recall[:-1], strict=True)]


def area(y: Sequence[int], p: Sequence[float]) -> float:
    if not any(y):
        return 0.0
    return float(average_precision_score(np.asarray(y), np.asarray(p)))


def at_precision(y: Sequence[int], p: Sequence[float], target: float) -> Point:
    """Maximum recall with precision >= target (the highest-precision point if none reaches
    it); thresholds at 0 are never chosen, they would flag everything."""
    points = [pt for pt in curve(y, p) if pt.threshold > 0.0]
    good = [pt for pt in points if pt.precision >= target]
    if not good:
        return max(points, key=lambda pt: (pt.precision, pt.recall), default=Point(1.0, 0, 0))
    return max(good, key=lambda pt: (pt.recall, pt.threshold))


def best_fbeta(y: Sequence[int], p: Sequence[float], beta: float = 1.0, lo: float = 0.15,
               hi: float = 0.7) -> float:
    """The threshold in [lo, hi] with the highest F-beta (beta > 1 weighs recall more)."""
    points = [pt for pt in curve(y, p) if lo <= pt.threshold <= hi]
    if not points:
        return 0.5
    b2 = beta * beta
    scores = [(1 + b2) * pt.precision * pt.recall / max(b2 * pt.precision + pt.recall, 1e-9)
              for pt in points]
    return points[int(np.argmax(scores))].threshold


def calibration_table(y: Sequence[int], p: Sequence[float], bins: int = 10) -> list[dict[str, Any]]:
    ys, ps = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    rows = []
    for i in range(bins):
        lo, hi = i / bins, (i + 1) / bins
        inside = (ps >= lo) & ((ps < hi) if i < bins - 1 else (ps <= hi))
        if inside.sum() == 0:
            continue
        rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": int(inside.sum()),
                     "mean_score": round(float(ps[inside].mean()), 3),
                     "observed": round(float(ys[inside].mean()), 3)})
    return rows


def counts(y: Sequence[int], flagged: Sequence[bool]) -> dict[str, float]:
    tp = sum(1 for a, b in zip(y, flagged, strict=True) if a and b)
    fp = sum(1 for a, b in zip(y, flagged, strict=True) if not a and b)
    fn = sum(1 for a, b in zip(y, flagged, strict=True) if a and not b)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "tp": tp, "fp": fp,
            "fn": fn}

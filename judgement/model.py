"""The shipped outing model: gradient-boosted trees (LightGBM's text format) per target, an
isotonic calibration per target (JSON breakpoints) and a model card. Loaded without pickle.

Targets: `flag` (would an oversighter act on this edit?) and one per outing type (is this type
part of why?). Scores are calibrated probabilities.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from detectors.finding import TYPES
from judgement.features import INDEX, NAMES, TEXT_SCORE
from judgement.textmodel import TextModel

DEFAULT_DIR = Path(__file__).with_name("model")
TARGETS = ("flag", *TYPES)


class ModelError(ValueError):
    """The model files are missing, unreadable or were trained on other features."""


@dataclass(frozen=True, slots=True)
class Scores:
    flag: float
    types: dict[str, float]


@dataclass(frozen=True, slots=True)
class Calibration:
    xs: tuple[float, ...]
    ys: tuple[float, ...]

    def __call__(self, raw: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        return np.asarray(np.interp(raw, self.xs, self.ys), dtype=np.float64)

    def to_json(self) -> dict[str, list[float]]:
        return {"x": [round(x, 6) for x in self.xs], "y": [round(y, 6) for y in self.ys]}


class Model:
    def __init__(self, boosters: dict[str, Any], calibration: dict[str, Calibration],
                 card: dict[str, Any], text: TextModel) -> None:
        self.boosters = boosters
        self.calibration = calibration
        self.card = card
        self.text = text

    @classmethod
    def load(cls, folder: str | Path = DEFAULT_DIR) -> Model:
        import lightgbm

        root = Path(folder)
        try:
            card = json.loads((root / "card.json").read_text(encoding="utf-8"))
            calibration = json.loads((root / "calibration.json").read_text(encoding="utf-8"))
            boosters = {t: lightgbm.Booster(model_str=(root / f"{t}.txt").read_text("utf-8"))
                        for t in TARGETS}
            text = TextModel.load(root)
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load the outing model from {root}: "
                             f"{type(exc).__name__} (retrain with `outingwatch train`)") from None
        if tuple(card.get("features", ())) != NAMES:
            raise ModelError(f"the model in {root} was trained on other features; "
                             "retrain it with `outingwatch train`")
        curves = {t: Calibration(tuple(c["x"]), tuple(c["y"])) for t, c in calibration.items()}
        return cls(boosters, curves, card, text)

    def raw(self, rows: Sequence[Sequence[float]] | np.ndarray[Any, Any],
            target: str) -> np.ndarray[Any, Any]:
        matrix = np.asarray(rows, dtype=np.float64)
        return np.asarray(self.boosters[target].predict(matrix, num_threads=1))

    def with_text(self, rows: Sequence[Sequence[float]], texts: Sequence[str],
                  text_scores: Sequence[float] | None = None) -> list[list[float]]:
        """The rows with the text model's score filled in (computed unless given)."""
        scores = self.text.score(texts) if text_scores is None else text_scores
        filled = [list(row) for row in rows]
        for row, score in zip(filled, scores, strict=True):
            row[INDEX[TEXT_SCORE]] = float(score)
        return filled

    def score(self, rows: Sequence[Sequence[float]], texts: Sequence[str],
              types_from: float | Sequence[float] = 0.0,
              text_scores: Sequence[float] | None = None) -> list[Scores]:
        """Calibrated scores; the per-type models run only for rows whose flag score reaches
        `types_from` (one for all rows, or one per row: types only matter for an edit that
        may be flagged); the other rows' type scores are 0."""
        if not rows:
            return []
        # one matrix for every target: converting the rows is a good part of a prediction
        matrix = np.asarray(self.with_text(rows, texts, text_scores), dtype=np.float64)
        flag = self.calibration["flag"](self.raw(matrix, "flag"))
        floors = ([float(types_from)] * len(rows) if isinstance(types_from, (float, int))
                  else list(types_from))
        wanted = [i for i in range(len(rows)) if flag[i] >= floors[i]]
        types = {t: dict.fromkeys(range(len(rows)), 0.0) for t in TYPES}
        if wanted:
            subset = matrix[wanted]
            for t in TYPES:
                for i, value in zip(wanted, self.calibration[t](self.raw(subset, t)), strict=True):
                    types[t][i] = float(value)
        return [Scores(float(flag[i]), {t: types[t][i] for t in TYPES})
                for i in range(len(rows))]

    def contributions(self, row: Sequence[float], target: str = "flag") -> list[tuple[str, float]]:
        """Each feature's push on the raw score (SHAP values), largest first, zeros dropped."""
        matrix = np.asarray([row], dtype=np.float64)
        values = self.boosters[target].predict(matrix, pred_contrib=True, num_threads=1)[0]
        pairs = [(NAMES[i], float(v)) for i, v in enumerate(values[:-1]) if abs(v) > 1e-9]
        return sorted(pairs, key=lambda p: -abs(p[1]))

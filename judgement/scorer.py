"""Which score the judgement uses: the learned model (default) or the rules alone.

`"scorer": "rules"` in the judgement config keeps the rules' score (the fallback when no model
is shipped, and the baseline the model is compared with).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from detectors.finding import TYPES, Finding
from judgement.config import JudgeConfig
from judgement.evidence import Evidence
from judgement.model import DEFAULT_DIR, Model, Scores
from judgement.operating import Listing, OperatingPoints, load


class Scorer:
    def __init__(self, model: Model | None, points: OperatingPoints, explain: bool) -> None:
        self.model = model
        self.points = points
        self.explain = explain and model is not None

    @classmethod
    def from_config(cls, config: JudgeConfig) -> Scorer:
        explain = bool(config.data.get("explain", False))
        rules_points = OperatingPoints({"cautious": 0.8, "balanced": config.threshold,
                                        "wide": config.threshold}, {}, {})
        if config.data.get("scorer", "learned") == "rules":
            return cls(None, rules_points, False)
        folder = Path(config.data.get("model_dir") or DEFAULT_DIR)
        model = Model.load(folder)
        points = load(folder, config.data.get("operating_points"),
                      str(config.data.get("operating_point", "balanced")),
                      Listing.from_json(config.data.get("type_listing")))
        return cls(model, points, explain)

    @property
    def learned(self) -> bool:
        return self.model is not None

    def wants(self, ev: Evidence, usable: Sequence[Finding]) -> bool:
        return self.model is not None and worth_scoring(ev, usable)

    def text_scores(self, texts: Sequence[str]) -> list[float] | None:
        """The text model's scores (None without a model)."""
        if self.model is None:
            return None
        return [float(s) for s in self.model.text.score(texts)]

    def score(self, rows: Sequence[Sequence[float]], texts: Sequence[str],
              text_scores: Sequence[float | None] = (),
              flag_levels: Sequence[float] | None = None) -> list[Scores]:
        """Calibrated scores; `text_scores` (one per row) spares the text model a second read
        of texts it already scored; where one is missing, the model reads them all.
        `flag_levels` (one per row): the score at which the row's edit is flagged; its type
        scores are computed only from there (0 below it, where nothing reads them)."""
        if self.model is None:
            return [Scores(0.0, dict.fromkeys(TYPES, 0.0)) for _ in rows]
        known = [s for s in text_scores if s is not None]
        # below half the lowest level no edit can be flagged: its types are never asked for
        lowest = 0.5 * min(self.points.levels.values())
        floors = [lowest] * len(rows) if flag_levels is None else [
            max(lowest, level) for level in flag_levels]
        return self.model.score(rows, texts, types_from=floors,
                                text_scores=known if len(known) == len(rows) else None)

    def contributions(self, row: Sequence[float], text: str) -> list[tuple[str, float]]:
        if self.model is None:
            return []
        return self.model.contributions(self.model.with_text([row], [text])[0])


def worth_scoring(ev: Evidence, usable: Sequence[Finding]) -> bool:
    """Every edit with text: the model reads wording as well as findings, so an edit whose
    values no detector found can still be flagged (the gate is the same in training)."""
    return bool(usable) or bool(ev.text.strip())

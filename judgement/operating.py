"""Operating points as data: named levels (cautious, balanced, wide), each a threshold on the
calibrated score chosen for a target precision, per wiki where the data allows, and per type.

The model ships its own (judgement/model/operating_points.json, written by `outingwatch train`);
the judgement config may override any of it under `operating_points` and picks the level.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LEVELS = ("cautious", "balanced", "wide")
LIKELY, POSSIBLE = "likely", "possible"


@dataclass(frozen=True, slots=True)
class OperatingPoints:
    levels: Mapping[str, float]
    types: Mapping[str, float]
    wikis: Mapping[str, Mapping[str, float]]
    level: str = "balanced"

    def threshold(self, wiki: str, level: str | None = None) -> float:
        chosen = level or self.level
        return float(self.wikis.get(wiki, {}).get(chosen, self.levels[chosen]))

    def tier(self, score: float, wiki: str) -> str:
        """"likely" at or above the cautious level, "possible" at or above the chosen one."""
        if score >= self.threshold(wiki) and score >= self.threshold(wiki, "cautious"):
            return LIKELY
        if score >= self.threshold(wiki):
            return POSSIBLE
        return ""

    def type_threshold(self, finding_type: str) -> float:
        return float(self.types.get(finding_type, 0.5))


def load(folder: Path, overrides: Mapping[str, Any] | None = None,
         level: str = "balanced") -> OperatingPoints:
    data: dict[str, Any] = json.loads((folder / "operating_points.json").read_text("utf-8"))
    for key, value in (overrides or {}).items():
        if isinstance(value, Mapping) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    if level not in LEVELS:
        raise ValueError(f"unknown operating point {level!r}: choose one of {', '.join(LEVELS)}")
    levels = {name: float(data["levels"][name]["threshold"]) if isinstance(
        data["levels"][name], Mapping) else float(data["levels"][name]) for name in LEVELS}
    return OperatingPoints(levels, {t: float(v) for t, v in data.get("types", {}).items()},
                           data.get("wikis", {}), level)

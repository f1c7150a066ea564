"""Operating points as data: named levels (cautious, balanced, wide), each a threshold on the
calibrated score chosen for a target precision, per wiki where the data allows, and per type.

The model ships its own (judgement/model/operating_points.json, written by `outingwatch train`);
the judgement config may override any of it under `operating_points` and picks the level.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LEVELS = ("cautious", "balanced", "wide")
LIKELY, POSSIBLE = "likely", "possible"


# Values a detector finds with little doubt: in a flagged edit, one found with at least this
# confidence is listed even when its type's score falls short of its level (an oversighter
# looking at a flagged edit wants every such value named, and masked from the excerpt).
VALUES = frozenset({"email", "phone", "address", "birth_date", "id_number", "ip_address",
                    "profile"})


@dataclass(frozen=True, slots=True)
class Listing:
    """Which types a flagged edit lists beyond the found types whose score reaches its level."""

    values: frozenset[str] = VALUES
    min_confidence: float = 0.5  # a value found with at least this confidence...
    min_share: float = 0.2  # ...whose type's score is at least this share of its level
    # types the wording alone can carry (no span to find): listed without a finding when the
    # type's score reaches this multiple of its level
    worded: Mapping[str, float] = field(default_factory=lambda: {"threat": 2.0})

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Listing:
        data = data or {}
        default = cls()
        return cls(frozenset(data.get("values", default.values)),
                   float(data.get("min_confidence", default.min_confidence)),
                   float(data.get("min_share", default.min_share)),
                   {str(t): float(v) for t, v in data.get("worded", default.worded).items()})


@dataclass(frozen=True, slots=True)
class OperatingPoints:
    levels: Mapping[str, float]
    types: Mapping[str, float]
    wikis: Mapping[str, Mapping[str, float]]
    level: str = "balanced"
    listing: Listing = field(default_factory=Listing)
    # per level, the threshold for an edit in which no detector found anything: nothing in it
    # to suppress but its wording, which alone misleads more often
    unfound: Mapping[str, float] = field(default_factory=dict)

    def threshold(self, wiki: str, level: str | None = None, found: bool = True) -> float:
        chosen = level or self.level
        base = float(self.wikis.get(wiki, {}).get(chosen, self.levels[chosen]))
        return base if found else max(base, float(self.unfound.get(chosen, base)))

    def tier(self, score: float, wiki: str, found: bool = True) -> str:
        """"likely" at or above the cautious level, "possible" at or above the chosen one."""
        if score < self.threshold(wiki, found=found):
            return ""
        return LIKELY if score >= self.threshold(wiki, "cautious", found) else POSSIBLE

    def type_threshold(self, finding_type: str) -> float:
        return float(self.types.get(finding_type, 0.5))


def load(folder: Path, overrides: Mapping[str, Any] | None = None,
         level: str = "balanced", listing: Listing | None = None) -> OperatingPoints:
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
                           data.get("wikis", {}), level, listing or Listing(),
                           {k: float(v) for k, v in data.get("unfound", {}).items()})

"""The judgement's configuration: thresholds, weights, cue lists and allow-lists, as data.

Loaded once at start from a JSON file: the packaged judgement/config.json unless a path is
given (flag `--config`, or $OUTINGWATCH_JUDGE_CONFIG).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONFIG_ENV = "OUTINGWATCH_JUDGE_CONFIG"
KEY_ENV = "OUTINGWATCH_FINGERPRINT_KEY"
DEFAULT_PATH = Path(__file__).with_name("config.json")


class ConfigError(ValueError):
    """The configuration file is missing, unreadable or lacks a required entry."""


@dataclass(frozen=True, slots=True)
class JudgeConfig:
    data: Mapping[str, Any]
    source: str = ""

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    @property
    def threshold(self) -> float:
        return float(self.data["threshold"])

    def weight(self, finding_type: str) -> float:
        return float(self.data["weights"].get(finding_type, 0.5))

    def min_confidence(self, finding_type: str) -> float:
        return float(self.data.get("min_confidence", {}).get(finding_type, 0.0))

    def words(self, key: str) -> tuple[str, ...]:
        return tuple(str(item).lower() for item in self.data.get(key, ()))

    def cue_phrases(self, category: str) -> tuple[str, ...]:
        return tuple(str(item).lower() for item in self.data["cues"].get(category, ()))

    @property
    def fingerprint_key(self) -> bytes:
        return (os.environ.get(KEY_ENV) or str(self.data["fingerprint_key"])).encode()


REQUIRED = ("threshold", "weights", "cues", "detectors", "fingerprint_key")


def load_config(path: str | os.PathLike[str] | None = None) -> JudgeConfig:
    chosen = Path(path or os.environ.get(CONFIG_ENV) or DEFAULT_PATH)
    try:
        data = json.loads(chosen.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read judgement config {chosen}: {type(exc).__name__}") from None
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise ConfigError(f"judgement config {chosen} lacks {', '.join(missing)}")
    return JudgeConfig(data, str(chosen))

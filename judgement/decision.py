"""One decision per edit, as `outingwatch scan` writes it and the queue stores it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from detectors.finding import Finding


@dataclass(frozen=True, slots=True)
class Decision:
    id: str
    flag: bool
    score: float
    types: tuple[str, ...] = ()
    excerpt: str = ""
    reasons: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    # keyed hashes (HMAC) of each normalised finding value: link repeats, store no value
    fingerprints: tuple[str, ...] = field(default=(), compare=False)
    # content-free description of why the record could not be judged ("" when it was)
    error: str = ""
    # "likely" or "possible" for a flagged edit (the queue's two tiers), else ""
    tier: str = ""
    # the full judgement ran out of time and only the quick checks ran (judgement/quick.py)
    partial: bool = False
    # the types of what the detectors found, flagged or not (no values, no places): what a
    # later edit of the same account may complete (pipeline.split)
    seen: tuple[str, ...] = field(default=(), compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "flag": self.flag,
            "score": round(self.score, 4),
            "types": list(self.types),
            **({"tier": self.tier} if self.tier else {}),
            "excerpt": self.excerpt,
            "reasons": list(self.reasons),
            **({"error": self.error} if self.error else {}),
            **({"partial": True} if self.partial else {}),
        }

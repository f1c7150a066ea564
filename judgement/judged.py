"""What judging one edit returns: the decision plus plain timings for the parent's metrics."""

from __future__ import annotations

from dataclasses import dataclass, field

from judgement.decision import Decision


@dataclass(frozen=True, slots=True)
class Judged:
    decision: Decision
    # seconds per stage ("plain", "patterns", "ner", "decide", "redact") and per detector
    # ("detector:email"...); plain floats so a worker process can send them back
    timings: dict[str, float] = field(default_factory=dict)
    used_ner: bool = False
    # (feature, push on the score) of the features that moved it most, for `scan --explain`
    explanation: tuple[tuple[str, float], ...] = ()
    # (type, confidence, masked snippet) of every finding, with `explain` only
    found: tuple[tuple[str, float, str], ...] = ()
    threshold: float = 0.5  # the flag threshold the decision was held against

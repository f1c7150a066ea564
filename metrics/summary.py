"""What a run did, read back from its registry: for people (replay's report) and tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from metrics.instruments import Metrics


@dataclass(frozen=True, slots=True)
class Summary:
    received: int
    handled: dict[str, int] = field(default_factory=dict)  # by outcome
    skipped: dict[str, int] = field(default_factory=dict)  # by reason
    flags: dict[str, int] = field(default_factory=dict)  # by type

    @property
    def handled_total(self) -> int:
        return sum(self.handled.values())

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def lines(self) -> list[str]:
        return [
            f"events received: {self.received}",
            f"events judged: {self.handled_total} "
            f"(queued {self.handled.get('queued', 0)}, "
            f"not flagged {self.handled.get('not_flagged', 0)})",
            f"events skipped: {self.skipped_total}" + _listing(self.skipped),
            "flags by type: " + (_listing(self.flags).strip(" ()") or "none"),
        ]


def _listing(counts: dict[str, int]) -> str:
    parts = [f"{name} {count}" for name, count in sorted(counts.items(), key=lambda kv: -kv[1])]
    return (" (" + ", ".join(parts) + ")") if parts else ""


def _by(metrics: Metrics, sample: str, label: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for family in metrics.registry.collect():
        for item in family.samples:
            if item.name == sample and item.value:
                key = item.labels[label]
                counts[key] = counts.get(key, 0) + int(item.value)
    return counts


def summarise(metrics: Metrics) -> Summary:
    received = metrics.registry.get_sample_value("outingwatch_events_received_total") or 0.0
    return Summary(
        received=int(received),
        handled=_by(metrics, "outingwatch_events_handled_total", "outcome"),
        skipped=_by(metrics, "outingwatch_events_skipped_total", "reason"),
        flags=_by(metrics, "outingwatch_flags_total", "type"),
    )

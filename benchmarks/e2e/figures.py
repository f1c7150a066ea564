"""From what a run's processes reported to the figures of the table (plain functions, no I/O)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

PERCENTILES = (50, 95, 99)


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of `values` (nan when empty)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def latencies_ms(decisions: Sequence[Sequence[float]]) -> list[float]:
    return [(d[1] - d[0]) * 1000 for d in decisions]


def slowest_sizes(decisions: Sequence[Sequence[float]], share: float = 0.01) -> dict[str, float]:
    """Median added size (characters) of the slowest `share` of edits, and of all of them."""
    ordered = sorted(decisions, key=lambda d: d[1] - d[0])
    slow = ordered[-max(1, int(len(ordered) * share)):]
    sizes = [float(d[2]) for d in ordered if len(d) > 2]
    slow_sizes = [float(d[2]) for d in slow if len(d) > 2]
    return {"slowest_median_chars": percentile(slow_sizes, 50),
            "all_median_chars": percentile(sizes, 50)}


def latency_summary(values: Sequence[float]) -> dict[str, float]:
    return {f"p{p}_ms": percentile(values, p) for p in PERCENTILES} | {
        "max_ms": max(values, default=math.nan), "count": float(len(values))}


def accounted(result: dict[str, Any]) -> bool:
    """Every event of the feed has an outcome: judged, or skipped with a reason."""
    handled = sum(result["handled"].values()) + sum(result["skipped"].values())
    return bool(result["complete"]) and handled == result["events"] == result["received"]


def queue_matches(result: dict[str, Any]) -> bool:
    """The queue holds one request per flagged decision: nothing lost on the way to the store."""
    queued = int(result["handled"].get("queued", 0))
    return bool(sum(result["queue"].values()) == queued == len(result["flagged"]))


def throughput(result: dict[str, Any]) -> dict[str, float]:
    wall = max(1e-9, result["last_outcome"] - result["first_received"])
    judged = sum(result["handled"].values())
    return {"wall_s": wall, "events_per_s": result["events"] / wall,
            "judged_per_s": judged / wall, "judged": float(judged)}  # fmt: skip


def phase_bounds(phases: Sequence[dict[str, Any]], end: float) -> list[tuple[float, float]]:
    starts = [float(p["at"]) for p in phases]
    return list(zip(starts, [*starts[1:], end], strict=True))


def by_phase(decisions: Sequence[Sequence[float]], bounds: Sequence[tuple[float, float]]
             ) -> list[list[float]]:  # fmt: skip
    """Latencies (ms) of the edits received in each phase."""
    out: list[list[float]] = [[] for _ in bounds]
    for received, decided, *_ in decisions:
        for index, (start, stop) in enumerate(bounds):
            if start <= received < stop or (index == len(bounds) - 1 and received >= stop):
                out[index].append((decided - received) * 1000)
                break
    return out


def drain_seconds(decisions: Sequence[Sequence[float]], burst_end: float) -> float:
    """From the burst's end until every edit received before it was decided (0: no backlog)."""
    before = [d[1] for d in decisions if d[0] < burst_end]
    return max(0.0, max(before, default=burst_end) - burst_end)


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or not b or math.isnan(a) or math.isnan(b):
        return None
    return a / b

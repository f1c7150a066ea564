"""The figures and the report: percentiles, accounting, drain time, the table and its ratios."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from typing import Any

from benchmarks.e2e import figures, report
from benchmarks.e2e.procs import Sampler, cpu_seconds, rss_bytes, sample, tree


def test_nearest_rank_percentiles() -> None:
    values = [float(v) for v in range(1, 101)]
    assert figures.percentile(values, 50) == 50.0
    assert figures.percentile(values, 99) == 99.0
    assert figures.percentile(values[::-1], 95) == 95.0
    assert math.isnan(figures.percentile([], 50))


def result(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "complete": True, "events": 10, "received": 10,
        "handled": {"not_flagged": 6, "queued": 2}, "skipped": {"bot": 1, "canary": 1},
        "queue": {"pending": 2}, "flagged": ["enwiki:1", "enwiki:2"],
        "first_received": 100.0, "last_outcome": 102.0,
    }  # fmt: skip
    return base | changes


def test_accounting_needs_an_outcome_for_every_event() -> None:
    assert figures.accounted(result())
    assert not figures.accounted(result(skipped={"bot": 1}))
    assert not figures.accounted(result(complete=False))
    assert figures.queue_matches(result())
    assert not figures.queue_matches(result(queue={"pending": 1}))


def test_throughput_over_first_received_to_last_outcome() -> None:
    rates = figures.throughput(result())
    assert rates["events_per_s"] == 5.0
    assert rates["judged_per_s"] == 4.0


def test_phases_and_drain() -> None:
    decisions = [(0.5, 0.51), (1.5, 1.6), (1.9, 3.0), (2.5, 2.52)]
    bounds = figures.phase_bounds([{"at": 0.0}, {"at": 1.0}, {"at": 2.0}], 4.0)
    assert bounds == [(0.0, 1.0), (1.0, 2.0), (2.0, 4.0)]
    per_phase = figures.by_phase(decisions, bounds)
    assert [len(p) for p in per_phase] == [1, 2, 1]
    assert math.isclose(figures.drain_seconds(decisions, 2.0), 1.0)
    assert figures.drain_seconds([(0.1, 0.2)], 2.0) == 0.0


def run(rate: float, p99: float, accounted: bool = True) -> dict[str, Any]:
    return {"events_per_s": rate, "judged_per_s": rate * 0.8, "wall_s": 10.0,
            "latency": {"p50_ms": p99 / 4, "p95_ms": p99 / 2, "p99_ms": p99},
            "cpu_ms_per_event": 1.0, "servers_cpu_s": 1.0, "peak_rss_mib": 300.0,
            "total_cpu_s": 9.0, "servers_peak_rss_mib": 500.0,
            "accounted": accounted, "queue_matches": True, "result": {"flagged": ["a"]}}


def test_markdown_has_the_ratios_and_the_targets() -> None:
    burst = run(400, 900) | {
        "drain_s": 1.25, "burst_rate": 390.0,
        "by_phase": [{"phase": "burst", "pace": 400.0, "latency": {
            "count": 5.0, "p50_ms": 1.0, "p95_ms": 2.0, "p99_ms": 3.0, "max_ms": 4.0}}]}
    data = {"events": 1000, "workers": 1, "cpus": 2, "command": "x", "notes": ["n"],
            "full_speed": {"outingwatch": run(1200, 80), "ceiling": run(2000, 40),
                           "presidio": run(40, 9000)},
            "paced": {"live 40:0": run(40, 30) | {"by_phase": []}, "burst 40:1": burst}}
    text = report.markdown(data)
    assert "| events/s (end to end) | 1,200 | 2,000 | 40 | 0.60 | 30.00 |" in text
    assert "| ≥ 1,000 events/s, every event judged | yes | 1,200/s |" in text
    assert "| ≥ 20× Presidio | yes | 30.0× |" in text
    assert "| p99 ≤ 50 ms at the live rate | yes | 30.0 ms |" in text
    assert "drained in 1.25 s (the server delivered the burst at 390 events/s)" in text
    assert "| burst 40:1 | burst | 400 | 5 | 1.0 | 2.0 | 3.0 | 4.0 |" in text


def test_a_missing_peer_leaves_its_column_empty() -> None:
    data = {"events": 10, "workers": 1, "cpus": 2, "command": "x",
            "full_speed": {"outingwatch": run(500, 80, accounted=False)}, "paced": {}}
    text = report.markdown(data)
    assert "| events/s (end to end) | 500 | – | – | – | – |" in text
    assert "| ≥ 1,000 events/s, every event judged | NO | 500/s |" in text
    assert "| ≥ 20× Presidio | NO | – |" in text


def test_process_tree_is_sampled_from_proc() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in tree(os.getpid())
        sampler = Sampler({"me": os.getpid()}, every_s=0.01)
        sampler.start()
        sum(i * i for i in range(300_000))
        sampler.stop()
        now = sample(os.getpid())
    finally:
        child.kill()
        child.wait()
    assert now.processes >= 2
    assert now.rss >= rss_bytes(os.getpid()) > 0
    assert cpu_seconds(os.getpid()) > 0
    assert sampler.peak_rss("me") > 0
    assert len(sampler.samples["me"]) >= 1


def test_slowest_edits_sizes() -> None:
    decisions = [(0.0, 0.001 * i, float(i)) for i in range(1, 201)]
    sizes = figures.slowest_sizes(decisions)
    assert sizes["slowest_median_chars"] == 199.0  # the two slowest: 199 and 200
    assert sizes["all_median_chars"] == 100.0

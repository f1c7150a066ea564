"""The whole service on the bundled demo feed: events/s and judged edits/s once the model is
loaded, processing-latency percentiles and mean time per stage, read from the service's own
registry. The local EventStreams and MediaWiki API servers run in the same event loop.

    .venv/bin/python -m benchmarks.bench_service [--workers N] [--feed FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from cli.replay import DEMO_FEED
from metrics.instruments import Metrics
from replay.feed import read_feed
from service import METRICS
from tests.service.rig import local_servers, running, settings_for


def quantile(metrics: Metrics, name: str, q: float) -> float:
    """histogram_quantile over the cumulative buckets, as Prometheus computes it."""
    buckets = sorted(
        (float(s.labels["le"]), s.value)
        for family in metrics.registry.collect() for s in family.samples
        if s.name == f"{name}_bucket"
    )
    target = q * buckets[-1][1]
    low, below = 0.0, 0.0
    for le, count in buckets:
        if count >= target:
            if le == float("inf"):
                return low
            return low + (le - low) * (target - below) / max(count - below, 1e-9)
        low, below = le, count
    return low


def stage_means(metrics: Metrics) -> list[str]:
    lines = []
    for family in metrics.registry.collect():
        for s in family.samples:
            if s.name == "outingwatch_stage_seconds_sum" and s.value:
                count = metrics.registry.get_sample_value("outingwatch_stage_seconds_count",
                                                          s.labels) or 1.0
                lines.append(f"  {s.labels['stage']:<15} {1000 * s.value / count:8.1f} ms "
                             f"mean over {int(count)}")
    return sorted(lines)


async def measure(feed: Path, workers: int) -> None:
    entries = list(read_feed(feed))
    local = await local_servers(entries)
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = settings_for(local, Path(folder), workers=workers)
            async with running(settings) as service:
                await service.until(lambda: service.service.readiness().model_loaded)
                started = time.perf_counter()
                await service.until_drained(len(entries))
                seconds = time.perf_counter() - started
                metrics, summary = service.app[METRICS], service.summary()
    finally:
        await local.close()
    latency = "outingwatch_processing_latency_seconds"
    print(f"workers={workers}: {summary.received} events, {summary.handled_total} judged, "
          f"{summary.handled.get('queued', 0)} queued in {seconds:.2f} s: "
          f"{summary.received / seconds:.0f} events/s, "
          f"{summary.handled_total / seconds:.0f} judged edits/s")
    print(f"processing latency (received to decided, feed played as fast as it is read): "
          f"p50 {quantile(metrics, latency, 0.5):.2f} s, p90 {quantile(metrics, latency, 0.9):.2f}"
          f" s, p99 {quantile(metrics, latency, 0.99):.2f} s")
    print("\n".join(stage_means(metrics)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--feed", type=Path, default=DEMO_FEED)
    args = parser.parse_args()
    asyncio.run(measure(args.feed, args.workers))


if __name__ == "__main__":
    main()
